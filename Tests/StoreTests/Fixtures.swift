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
                    seed: UInt64 = 42) -> RunRecord {
        var metrics: [ReplicationMetricRow] = []
        var series: [IntervalSeriesRow] = []
        var summaries: [SummaryRow] = []
        for channel in ["chat", "email"] {
            for replication in 0..<2 {
                metrics.append(.init(replication: replication, channel: channel,
                                     metric: "offered", value: Double(100 + replication)))
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
            replicationMetrics: metrics, intervalSeries: series, summaries: summaries)
    }
}
