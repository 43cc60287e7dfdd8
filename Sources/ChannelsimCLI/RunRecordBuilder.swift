import ChannelModel
import Charts
import Experiments
import Foundation
import ResultStore
import Scenario
import Statistics

/// Maps an experiment's summary to the rows the result store keeps.
enum RunRecordBuilder {
    static func build(scenario: Scenario, summary: ExperimentSummary, command: String, threads: Int,
                      startedAt: Date, wallSeconds: Double, version: String, strategy: String = "base") -> RunRecord {
        let h = scenario.model.horizon
        var perReplication: [ReplicationMetricRow] = []
        for rep in summary.replications {
            for ch in rep.channels {
                for m in Metric.allCases {
                    perReplication.append(ReplicationMetricRow(replication: rep.replication, channel: ch.channel,
                                                               metric: m.rawValue, value: finite(ch.total[m])))
                }
            }
        }
        var series: [IntervalSeriesRow] = [], summaries: [SummaryRow] = []
        for ch in summary.channels {
            for m in Metric.allCases {
                let ci = ch[m]
                summaries.append(SummaryRow(channel: ch.channel, metric: m.rawValue, mean: ci.flatMap { finite($0.mean) },
                                            halfWidth: ci?.halfWidth, low: ci?.low, high: ci?.high,
                                            n: ci?.count ?? 0, confidence: summary.level))
            }
            for (i, row) in ch.intervals.enumerated() {
                for m in Metric.allCases {
                    let ci = row[m.index]
                    series.append(IntervalSeriesRow(channel: ch.channel, interval: i, intervalStart: h.start(ofInterval: i),
                                                    metric: m.rawValue, mean: ci.flatMap { finite($0.mean) },
                                                    halfWidth: ci?.halfWidth, n: ci?.count ?? 0))
                }
            }
        }
        // Channels by visitor group, and the groups (visitors, teams, totals), are stored
        // over the horizon under their keys: `chat/mobile/returns`, `visitors/mobile/returns`,
        // `team/web`, `totals`.
        func summaryRow(_ key: String, _ metric: String, _ ci: ConfidenceInterval?) -> SummaryRow {
            SummaryRow(channel: key, metric: metric, mean: ci.flatMap { finite($0.mean) }, halfWidth: ci?.halfWidth,
                       low: ci?.low, high: ci?.high, n: ci?.count ?? 0, confidence: summary.level)
        }
        for ch in summary.channels {
            for (label, cis) in zip(summary.visitorGroupLabels, ch.groups) {
                for m in Metric.allCases { summaries.append(summaryRow("\(ch.channel)/\(label)", m.rawValue, cis[m.index])) }
            }
        }
        for g in summary.groups {
            for (name, ci) in zip(g.names, g.values) { summaries.append(summaryRow(g.key, name, ci)) }
        }
        for rep in summary.replications {
            for g in rep.groups {
                for (name, v) in zip(g.names, g.values) {
                    perReplication.append(ReplicationMetricRow(replication: rep.replication, channel: g.key,
                                                               metric: name, value: finite(v)))
                }
            }
        }
        let iso = ISO8601DateFormatter()
        return RunRecord(scenarioName: scenario.name, scenarioPath: scenario.path, scenarioHash: scenario.hash,
                         strategy: strategy, seed: scenario.seed, replications: summary.replications.count,
                         threads: threads, version: version, startedAt: iso.string(from: startedAt),
                         wallSeconds: wallSeconds, command: command, replicationMetrics: perReplication,
                         intervalSeries: series, summaries: summaries)
    }

    static func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }
}

/// Draws the intraday profile chart of each channel from a run's summary.
enum IntradayChartBuilder {
    /// Returns the image paths written.
    static func draw(scenario: Scenario, summary: ExperimentSummary, directory: String, strategy: String? = nil) throws -> [String] {
        let h = scenario.model.horizon
        var images: [String] = []
        var used: Set<String> = []
        for ch in summary.channels {
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
                serviceLevelTarget: scenario.slTargets[ch.channel],
                channel: ch.channel)
            // Channel names that differ only in case or punctuation must not overwrite each other.
            let base = unique("intraday-\(slug(scenario.name))-" + (strategy.map { "\(slug($0))-" } ?? "") + slug(ch.channel),
                              among: &used)
            images.append(try IntradayChart.write(s, to: directory, baseName: base, format: .png).image)
        }
        return images
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
