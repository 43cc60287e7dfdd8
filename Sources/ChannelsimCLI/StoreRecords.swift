import ChannelModel
import Experiments
import Foundation
import ResultStore
import Scenario
import Statistics

/// Maps an experiment's results to the rows the result store keeps, walking the same
/// figures, in the same order, as every other output.
enum StoreRecords {
    static func finite(_ x: Double) -> Double? { x.isFinite ? x : nil }

    /// One variant's run: provenance, per-replication figures, interval series, summaries.
    static func run(_ v: VariantResult, result: ExperimentResult, scenario: Scenario, command: String, threads: Int,
                    startedAt: Date) -> RunRecord {
        let level = result.design.confidence
        let perReplication = v.figures.values.enumerated().flatMap { r, values in
            zip(v.figures.keys, values).map { key, x in
                ReplicationMetricRow(replication: r, channel: key.scope, metric: key.metric, value: finite(x))
            }
        }
        let summaries = v.summary.entries(model: v.variant.model).map { e in
            SummaryRow(channel: e.key.scope, metric: e.key.metric, mean: e.interval.flatMap { finite($0.mean) },
                       halfWidth: e.interval?.halfWidth, low: e.interval?.low, high: e.interval?.high,
                       n: e.interval?.count ?? 0, confidence: level)
        }
        let h = v.variant.model.horizon
        var series: [IntervalSeriesRow] = []
        for ch in v.summary.channels {
            for (i, row) in ch.intervals.enumerated() {
                for m in Metric.allCases {
                    let ci = row[m.index]
                    series.append(IntervalSeriesRow(channel: ch.channel, interval: i, intervalStart: h.start(ofInterval: i),
                                                    metric: m.rawValue, mean: ci.flatMap { finite($0.mean) },
                                                    halfWidth: ci?.halfWidth, n: ci?.count ?? 0))
                }
            }
        }
        return RunRecord(scenarioName: scenario.name, scenarioPath: scenario.path, scenarioHash: scenario.hash,
                         strategy: v.variant.name, seed: result.design.seed, replications: result.replications,
                         threads: threads, version: ChannelsimVersion.current,
                         startedAt: ISO8601DateFormatter().string(from: startedAt), wallSeconds: v.simulationSeconds,
                         command: command, replicationMetrics: perReplication, intervalSeries: series, summaries: summaries)
    }
}
