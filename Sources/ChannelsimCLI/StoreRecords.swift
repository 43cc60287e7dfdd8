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
        // The replications' own indices: a shard holding a block of a point's replications
        // stores them under the numbers the one-process run gives them.
        let indices = v.summary.replications.map(\.replication)
        let perReplication = v.figures.values.enumerated().flatMap { r, values in
            zip(v.figures.keys, values).map { key, x in
                ReplicationMetricRow(replication: indices[r], channel: key.scope, metric: key.metric, value: finite(x))
            }
        }
        let summaries = v.summary.entries(model: v.variant.model).map { e in
            SummaryRow(channel: e.key.scope, metric: e.key.metric, mean: e.interval.flatMap { finite($0.mean) },
                       halfWidth: e.interval?.halfWidth, low: e.interval?.low, high: e.interval?.high,
                       n: e.interval?.count ?? 0, confidence: level)
        }
        let h = v.variant.model.horizon
        var series: [IntervalSeriesRow] = []
        // Each channel's rows, then its classes' (`CHANNEL/CLASS`), when it has classes.
        for (scope, rows) in v.summary.channels.flatMap(\.intervalScopes) {
            for (i, row) in rows.enumerated() {
                for m in Metric.allCases {
                    let ci = row[m.index]
                    series.append(IntervalSeriesRow(channel: scope, interval: i, intervalStart: h.start(ofInterval: i),
                                                    metric: m.rawValue, mean: ci.flatMap { finite($0.mean) },
                                                    halfWidth: ci?.halfWidth, n: ci?.count ?? 0))
                }
            }
        }
        var record = RunRecord(scenarioName: scenario.name, scenarioPath: scenario.path, scenarioHash: scenario.hash,
                         strategy: v.variant.name, seed: result.design.seed, replications: result.replications,
                         threads: threads, version: ChannelsimVersion.current,
                         startedAt: ISO8601DateFormatter().string(from: startedAt), wallSeconds: v.simulationSeconds,
                         command: command, replicationMetrics: perReplication, intervalSeries: series, summaries: summaries,
                         parameters: JSON.object(v.variant.parameters.map { ($0.0, .string($0.1)) }).text)
        if result.replicationSlice != nil { record.replicationIntervals = replicationIntervals(v.summary.replications) }
        return record
    }

    /// Every replication's per-interval values, for a shard holding part of a point's
    /// replications: what merge needs to rebuild the point's interval series exactly.
    static func replicationIntervals(_ replications: [ReplicationMetrics]) -> [ReplicationIntervalRow] {
        var rows: [ReplicationIntervalRow] = []
        for rep in replications {
            for (scope, intervals) in rep.channels.flatMap(\.intervalScopes) {
                for (i, values) in intervals.enumerated() {
                    for m in Metric.allCases {
                        rows.append(ReplicationIntervalRow(replication: rep.replication, channel: scope, interval: i,
                                                           metric: m.rawValue, value: finite(values[m])))
                    }
                }
            }
        }
        return rows
    }

    /// The whole experiment: every variant, the target verdicts, the comparisons if any, and
    /// the settings that shaped it; the command's own start and wall time.
    static func experiment(_ result: ExperimentResult, prepared: PreparedExperiment, kind: String, threads: Int,
                           started: Date, wall: Double, comparison: ComparisonReport?,
                           extraSettings: [(String, JSON)] = []) -> ExperimentRecord {
        let scenario = prepared.base
        let runs = result.variants.map { run($0, result: result, scenario: scenario, command: kind, threads: threads, startedAt: started) }
        var verdicts: [TargetVerdictRow] = []
        for v in result.variants {
            for (k, t) in v.verdicts.enumerated() {
                verdicts.append(TargetVerdictRow(
                    variant: v.variant.name, position: k, target: t.target.text, channel: t.target.scope, metric: t.target.metric,
                    comparison: t.target.comparison == .atLeast ? .atLeast : .atMost, bound: t.target.bound,
                    mean: t.interval.flatMap { finite($0.mean) }, low: t.interval?.low, high: t.interval?.high,
                    n: t.interval?.count ?? 0, verdict: TargetVerdictRow.Verdict(rawValue: t.outcome.rawValue) ?? .undefined))
            }
        }
        let comparisons = comparison?.comparisons.map { f -> ComparisonRow in
            let d = f.difference?.interval
            let verdict: ComparisonRow.Verdict = f.verdict.flatMap { ComparisonRow.Verdict(rawValue: $0.rawValue) }
                ?? (f.difference == nil ? .undefined : .none)
            return ComparisonRow(variant: f.variant, baseline: comparison!.baseline, channel: f.key.scope, metric: f.key.metric,
                                 difference: d.flatMap { finite($0.mean) }, halfWidth: d?.halfWidth, low: d?.low, high: d?.high,
                                 n: d?.count ?? 0, relative: f.relative.flatMap(finite), pValue: f.difference.flatMap { finite($0.pValue) },
                                 adjustedP: f.adjustedP.flatMap(finite), verdict: verdict)
        } ?? []
        return ExperimentRecord(
            kind: kind, scenarioName: scenario.name, scenarioPath: scenario.path, scenarioHash: scenario.hash,
            seed: result.design.seed, replications: result.replications, threads: threads, version: ChannelsimVersion.current,
            startedAt: ISO8601DateFormatter().string(from: started), wallSeconds: wall, command: prepared.commandLine,
            confidence: result.design.confidence, baseline: comparison?.baseline,
            settings: settings(result, extra: extraSettings, model: scenario.model).text,
            variants: runs, targetVerdicts: verdicts, comparisons: comparisons)
    }

    /// What shaped the experiment beyond the scenario: targets, precision goals and what they
    /// reached, the warm-up and how it was chosen; then what the command adds (a stress
    /// test's search).
    static func settings(_ r: ExperimentResult, extra: [(String, JSON)] = [], model: ModelSpec? = nil) -> JSON {
        .object([("targets", .array(r.design.targets.map { .string($0.text) })), ("precision", ExperimentJSON.precision(r)),
                 ("max_replications", .int(r.design.maxReplications)),
                 ("warmup_s", .num(r.warmup)), ("warmup_rule", .string(r.design.warmup == .auto ? "auto" : "fixed"))]
                + (model.map { [("channels", channels($0))] } ?? []) + extra)
    }

    /// What the charts need to know of each channel beyond its figures, so that `plot` can
    /// redraw them from the database: its kind, whether its contacts can abandon, and
    /// whether a chat runs message by message.
    static func channels(_ model: ModelSpec) -> JSON {
        .array(model.channels.enumerated().map { c, ch in
            let messages: Bool = { if case .messages = ch.mode { return true } else { return false } }()
            return .object([("name", .string(ch.name)), ("kind", .string(ch.kind.rawValue)),
                            ("abandons", .bool(model.metricApplies(.pAbandon, channel: c))), ("messages", .bool(messages))])
        })
    }
}
