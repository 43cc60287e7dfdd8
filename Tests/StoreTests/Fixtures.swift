import Foundation
import ResultStore

/// A fresh directory under the system temporary directory, removed by `cleanUp()`.
struct TemporaryDirectory {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory
            .appendingPathComponent("channelsim-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// A database path inside the directory (the file itself is not created).
    func database(_ name: String = "results.sqlite") -> String { "\(path)/\(name)" }

    func cleanUp() { try? FileManager.default.removeItem(atPath: path) }
}

/// Small, fully populated runs: two channels, two replications, three intervals.
enum Fixtures {
    static func run(scenario: String = "bank", strategy: String = "base",
                    seed: UInt64 = 42, parameters: String = "{}") -> RunRecord {
        var metrics: [ReplicationMetricRow] = []
        var series: [IntervalSeriesRow] = []
        var summaries: [SummaryRow] = []
        for channel in ["chat", "email"] {
            // Key-major, replications ascending: the order they read back in.
            for replication in 0..<2 {
                metrics.append(.init(replication: replication, channel: channel,
                                     metric: "offered", value: Double(100 + replication)))
            }
            for replication in 0..<2 {
                metrics.append(.init(replication: replication, channel: channel,
                                     metric: "asa", value: replication == 0 ? 12.5 : nil))
            }
            for interval in 0..<3 {
                series.append(.init(channel: channel, interval: interval,
                                    intervalStart: Double(interval) * 1800, metric: "sl_offered",
                                    mean: 0.8 + Double(interval) / 100, halfWidth: 0.05, n: 2))
            }
            summaries.append(.init(channel: channel, metric: "p_wait", mean: 0.31, halfWidth: 0.02,
                                   low: 0.29, high: 0.33, n: 2, confidence: 0.95))
            summaries.append(.init(channel: channel, metric: "asa", mean: 12.5, halfWidth: nil,
                                   low: nil, high: nil, n: 1, confidence: 0.95))
        }
        return RunRecord(
            scenarioName: scenario, scenarioPath: "Scenarios/\(scenario).yaml",
            scenarioHash: String(repeating: "ab", count: 32), strategy: strategy, seed: seed,
            replications: 2, threads: 4, version: "0.1.0", startedAt: "2025-11-23T15:12:00Z",
            wallSeconds: 1.25, command: "run",
            replicationMetrics: metrics, intervalSeries: series, summaries: summaries,
            parameters: parameters)
    }

    /// A compare-like experiment: a base and two strategies, with verdicts and comparisons.
    static func experiment(seed: UInt64 = 42) -> ExperimentRecord {
        let variants = [
            run(strategy: "base", seed: seed),
            run(strategy: "more-chat", seed: seed, parameters: #"{"teams.web.headcount":[4,5,5,4]}"#),
            run(strategy: "forms", seed: seed, parameters: #"{"channels":["chat","email"]}"#),
        ]
        var verdicts: [TargetVerdictRow] = []
        for variant in variants.map(\.strategy) {
            verdicts.append(.init(variant: variant, position: 0, target: "chat.sl(60s) >= 0.8",
                                  channel: "chat", metric: "sl_offered", comparison: .atLeast,
                                  bound: 0.8, mean: 0.83, low: 0.81, high: 0.85, n: 2, verdict: .met))
            verdicts.append(.init(variant: variant, position: 1, target: "team/web.occupancy <= 0.85",
                                  channel: "team/web", metric: "occupancy", comparison: .atMost,
                                  bound: 0.85, mean: nil, low: nil, high: nil, n: 0,
                                  verdict: .undefined))
        }
        let comparisons: [ComparisonRow] = [
            .init(variant: "more-chat", baseline: "base", channel: "chat", metric: "asa",
                  difference: -3.5, halfWidth: 1.25, low: -4.75, high: -2.25, n: 2,
                  relative: -0.28, pValue: 0.012, adjustedP: 0.024, verdict: .better),
            .init(variant: "forms", baseline: "base", channel: "totals", metric: "agent_cost",
                  difference: 0, halfWidth: nil, low: nil, high: nil, n: 2, relative: nil,
                  pValue: nil, adjustedP: nil, verdict: .identical),
            .init(variant: "forms", baseline: "base", channel: "chat", metric: "asa",
                  difference: 0.5, halfWidth: 2, low: -1.5, high: 2.5, n: 2, relative: 0.04,
                  pValue: 0.61, adjustedP: 1, verdict: .noSignificantDifference),
        ]
        return ExperimentRecord(
            kind: "compare", scenarioName: "bank", scenarioPath: "Scenarios/bank.yaml",
            scenarioHash: String(repeating: "cd", count: 32), seed: seed, replications: 2,
            threads: 2, version: "0.2.0", startedAt: "2025-11-24T08:00:00Z", wallSeconds: 3.5,
            command: "channelsim compare Scenarios/bank.yaml --baseline base", confidence: 0.9,
            baseline: "base", settings: #"{"precision":0.05,"targets":["chat.sl(60s) >= 0.8"]}"#,
            variants: variants, targetVerdicts: verdicts, comparisons: comparisons)
    }
}
