import ChannelModel
import Charts
import Experiments
import Foundation
import Scenario

/// Draws the intraday profile chart of each channel from a run's summary.
enum IntradayChartBuilder {
    /// Returns the image paths written.
    static func draw(scenario: Scenario, summary: ExperimentSummary, directory: String, strategy: String? = nil,
                     confidence: Double = 0.95, targets: [Target]? = nil) throws -> [String] {
        let model = scenario.model
        let h = model.horizon
        var images: [String] = []
        var used: Set<String> = []
        for (index, ch) in summary.channels.enumerated() {
            let c = model.channels.firstIndex { $0.name == ch.channel } ?? index
            let spec = model.channels[c]
            func series(_ m: Metric) -> [Double?] { ch.intervals.map { $0[m.index].flatMap { $0.mean.isFinite ? $0.mean : nil } } }
            let sl = ch.intervals.map { $0[Metric.slOffered.index] }
            let s = IntradaySeries(
                title: strategy.map { "\(scenario.name) (\($0))" } ?? scenario.name,
                intervalLabels: (0..<h.intervalCount).map { h.label(ofInterval: $0) },
                // Undefined values (an interval inside the warm-up) are gaps, not zeros.
                arrivals: series(.offered).map { $0 ?? .nan },
                staff: series(.staff).map { $0 ?? .nan },
                meanQueue: series(.meanQueue).map { $0 ?? .nan },
                serviceLevel: sl.map { $0?.mean },
                serviceLevelLow: sl.map { $0?.low.map { max(0, $0) } },
                serviceLevelHigh: sl.map { $0?.high.map { min(1, $0) } },
                serviceLevelTarget: serviceLevelTarget(targets ?? scenario.targets, channel: ch.channel),
                channel: ch.channel,
                slots: spec.kind == .chat ? slots(staff: series(.staff), model: model, channel: c) : [],
                serviceLevelThreshold: threshold(spec.slTime),
                confidence: confidence)
            // Channel names that differ only in case or punctuation must not overwrite each other.
            let base = unique("intraday-\(slug(scenario.name))-" + (strategy.map { "\(slug($0))-" } ?? "") + slug(ch.channel),
                              among: &used)
            images.append(try IntradayChart.write(s, to: directory, baseName: base, format: .png).image)
        }
        return images
    }

    /// Chat slots per interval: the channel's staff × the concurrency of the teams with the
    /// skill, weighted by their on-duty head-counts in the interval (one team: its own).
    static func slots(staff: [Double?], model: ModelSpec, channel c: Int) -> [Double] {
        let teams = model.teams.indices.filter { model.teams[$0].skills.contains(c) }
        return staff.enumerated().map { i, value in
            guard let value else { return .nan }
            let agents = teams.map { Double(model.teams[$0].onDuty(i)) }
            let total = agents.reduce(0, +)
            let caps = teams.map { Double(model.capacity(team: $0, channel: c)) }
            let concurrency = total > 0 ? zip(agents, caps).map { $0 * $1 }.reduce(0, +) / total : (caps.max() ?? 1)
            return value * concurrency
        }
    }

    /// The service-level threshold as an axis names it: `60 s`, `5 min`, `24 h`.
    static func threshold(_ seconds: Double) -> String {
        let text = Units.formatDurationCompact(seconds)
        for (suffix, unit) in [("s", " s"), ("m", " min"), ("h", " h")] where text.hasSuffix(suffix) {
            return String(text.dropLast()) + unit
        }
        return text
    }

    /// The line the service-level panel draws: the channel's `sl(T) >= bound` target,
    /// whether written in `targets:`, as `sl_target` (which is one) or with `--target`.
    static func serviceLevelTarget(_ targets: [Target], channel: String) -> Double? {
        targets.first { $0.scope == channel && $0.metric == Metric.slOffered.rawValue && $0.comparison == .atLeast }?.bound
    }

    /// `name`, or `name-2`, `name-3`, … if taken; the result is added to `used`.
    static func unique(_ name: String, among used: inout Set<String>) -> String {
        var result = name, k = 2
        while used.contains(result) {
            result = "\(name)-\(k)"
            k += 1
        }
        used.insert(result)
        return result
    }

    static func slug(_ s: String) -> String {
        String(s.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
