import ChannelModel
import Charts
import Experiments
import Foundation
import ResultStore

/// Draws the intraday profile chart of each channel of each variant from its interval rows.
enum IntradayChartBuilder {
    /// One chart per channel and variant (the variant's slug in the name when there are
    /// several), in PNG and SVG; variants without a model in `models` are skipped.
    static func draw(_ s: ChartSource, models: [String: ModelSpec], directory: String) throws -> [DrawnChart] {
        var drawn: [DrawnChart] = []
        var usedSlugs: Set<String> = []
        for v in s.variants {
            let slug = unique(self.slug(v.name), among: &usedSlugs)
            guard let model = models[v.name] else { continue }
            drawn += try draw(v, model: model, source: s, strategy: s.variants.count > 1 ? slug : nil, directory: directory)
        }
        return drawn
    }

    static func draw(_ v: ChartSource.Variant, model: ModelSpec, source s: ChartSource, strategy: String?,
                     directory: String) throws -> [DrawnChart] {
        let h = model.horizon
        var byKey: [String: [Int: IntervalSeriesRow]] = [:]
        for row in v.series { byKey["\(row.channel)\u{0}\(row.metric)", default: [:]][row.interval] = row }
        var drawn: [DrawnChart] = []
        var used: Set<String> = []
        for (c, spec) in model.channels.enumerated() where s.channels.contains(spec.name) {
            func rows(_ m: Metric) -> [IntervalSeriesRow?] {
                let found = byKey["\(spec.name)\u{0}\(m.rawValue)"] ?? [:]
                return (0..<h.intervalCount).map { found[$0] }
            }
            func series(_ m: Metric) -> [Double?] { rows(m).map { $0?.mean.flatMap { $0.isFinite ? $0 : nil } } }
            let sl = rows(.slOffered)
            let series = IntradaySeries(
                title: strategy.map { "\(s.scenarioName) (\($0))" } ?? s.scenarioName,
                intervalLabels: (0..<h.intervalCount).map { h.label(ofInterval: $0) },
                // Undefined values (an interval inside the warm-up) are gaps, not zeros.
                arrivals: series(.offered).map { $0 ?? .nan },
                staff: series(.staff).map { $0 ?? .nan },
                meanQueue: series(.meanQueue).map { $0 ?? .nan },
                serviceLevel: sl.map { $0?.mean },
                serviceLevelLow: sl.map { r in r?.mean.flatMap { m in r?.halfWidth.map { max(0, m - $0) } } },
                serviceLevelHigh: sl.map { r in r?.mean.flatMap { m in r?.halfWidth.map { min(1, m + $0) } } },
                serviceLevelTarget: serviceLevelTarget(s.targets, channel: spec.name),
                channel: spec.name,
                slots: spec.kind == .chat ? slots(staff: series(.staff), model: model, channel: c) : [],
                serviceLevelThreshold: threshold(spec.slTime),
                confidence: s.confidence)
            // Channel names that differ only in case or punctuation must not overwrite each other.
            let base = unique("intraday-\(slug(s.scenarioName))-" + (strategy.map { "\(slug($0))-" } ?? "") + slug(spec.name),
                              among: &used)
            var images: [String] = []
            for format in [ImageFormat.png, .svg] {
                images.append(try IntradayChart.write(series, to: directory, baseName: base, format: format).image)
            }
            drawn.append(DrawnChart(baseName: base, images: images))
        }
        return drawn
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
    static func serviceLevelTarget(_ targets: [ChartSource.ChartTarget], channel: String) -> Double? {
        targets.first { $0.key.scope == channel && $0.key.metric == Metric.slOffered.rawValue && $0.atLeast }?.bound
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
