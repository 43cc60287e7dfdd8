import ChannelModel
import Experiments
import Foundation
import ResultStore
import Statistics

/// A point whose replications were split over shards: its summaries, interval series and
/// target verdicts computed again over all its replications, with the same intervals
/// (`ConfidenceInterval` over the values in replication order) the one-process sweep
/// computes, so the merged rows are bit-identical to its (docs/scale-out.md).
enum ShardRebuild {
    /// The rebuilt run of the point whose parts are `parts` (shard input, its run, its
    /// index among the merge's sources), in replication order; every problem is bad input.
    static func run(_ parts: [(input: ShardInput, run: StoredRun, source: Int)], replications: Int,
                    confidence: Double) throws -> RebuiltRun {
        let name = parts[0].run.strategy
        func fail(_ problem: String) -> CLIFailure { CLIFailure(status: .badInput, description: "merge: point \(name): \(problem)") }
        // Whole-horizon values per (scope, metric), replications in order across the parts.
        var figures: [String: [(Int, Double)]] = [:]
        var series: [String: [(Int, Double)]] = [:]
        for part in parts {
            for row in try part.input.database.replicationMetrics(runID: part.run.id) {
                figures["\(row.channel)\u{1F}\(row.metric)", default: []].append((row.replication, row.value ?? .nan))
            }
            for row in try part.input.database.replicationIntervals(runID: part.run.id) {
                series["\(row.channel)\u{1F}\(row.metric)\u{1F}\(row.interval)", default: []].append((row.replication, row.value ?? .nan))
            }
        }
        func values(_ table: [String: [(Int, Double)]], _ key: String, _ what: String) throws -> [Double] {
            guard let found = table[key] else { throw fail("no per-replication values of \(what) in its shards") }
            let sorted = found.sorted { $0.0 < $1.0 }
            guard sorted.map(\.0) == Array(0..<replications) else {
                throw fail("its shards do not hold replications 0…\(replications - 1) of \(what) exactly once each")
            }
            return sorted.map(\.1)
        }
        let first = parts[0]
        let summaries = try first.input.database.summaries(runID: first.run.id).map { row in
            let ci = ConfidenceInterval(values: try values(figures, "\(row.channel)\u{1F}\(row.metric)", "\(row.channel).\(row.metric)"),
                                        level: row.confidence)
            return SummaryRow(channel: row.channel, metric: row.metric, mean: ci.flatMap { StoreRecords.finite($0.mean) },
                              halfWidth: ci?.halfWidth, low: ci?.low, high: ci?.high, n: ci?.count ?? 0, confidence: row.confidence)
        }
        let intervals = try first.input.database.intervalSeries(runID: first.run.id).map { row in
            let key = "\(row.channel)\u{1F}\(row.metric)\u{1F}\(row.interval)"
            let ci = ConfidenceInterval(values: try values(series, key, "\(row.channel).\(row.metric) in interval \(row.interval)"),
                                        level: confidence)
            return IntervalSeriesRow(channel: row.channel, interval: row.interval, intervalStart: row.intervalStart, metric: row.metric,
                                     mean: ci.flatMap { StoreRecords.finite($0.mean) }, halfWidth: ci?.halfWidth, n: ci?.count ?? 0)
        }
        let verdicts = try first.input.database.targetVerdicts(experimentID: first.input.experiment.id)
            .filter { $0.variant == name }
            .map { row -> TargetVerdictRow in
                let target: Target
                do throws(TargetError) { target = try Target.parse(row.target) } catch {
                    throw fail("its stored target '\(row.target)' cannot be read: \(error.problem)")
                }
                let ci = ConfidenceInterval(values: try values(figures, "\(row.channel)\u{1F}\(row.metric)", row.target), level: confidence)
                let verdict = TargetVerdict(target: target, interval: ci)
                var out = row
                out.mean = ci.flatMap { StoreRecords.finite($0.mean) }
                out.low = ci?.low
                out.high = ci?.high
                out.n = ci?.count ?? 0
                out.verdict = TargetVerdictRow.Verdict(rawValue: verdict.outcome.rawValue) ?? .undefined
                return out
            }
        return RebuiltRun(parts: parts.map { RebuiltRun.Part(source: $0.source, runID: $0.run.id) },
                          wallSeconds: parts.compactMap(\.run.wallSeconds).reduce(0, +), summaries: summaries,
                          intervalSeries: intervals, targetVerdicts: verdicts)
    }
}
