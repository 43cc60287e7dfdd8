import ChannelModel
import Experiments
import Scenario
import Statistics

/// The machine-readable experiment: one JSON document (`--format json`) or one line per
/// variant (`--format jsonl`). Durations in seconds, shares in 0…1; every figure carries
/// its scope, unit and direction (docs/results.md, "JSON").
enum ExperimentJSON {
    static func interval(_ ci: ConfidenceInterval?) -> [(String, JSON)] {
        [("mean", .num(ci?.mean)), ("half_width", .num(ci?.halfWidth)), ("low", .num(ci?.low)), ("high", .num(ci?.high)),
         ("n", .int(ci?.count ?? 0))]
    }

    static func header(_ r: ExperimentResult, scenario: Scenario, kind: String) -> [(String, JSON)] {
        [("kind", .string(kind)), ("scenario", .string(scenario.name)), ("scenario_hash", .string(scenario.hash)),
         ("seed", .string(String(r.design.seed))), ("replications", .int(r.replications)),
         ("confidence", .num(r.design.confidence)), ("warmup_s", .num(r.warmup)),
         ("version", .string(ChannelsimVersion.current)),
         ("precision", precision(r))]
    }

    /// Each precision goal with what it reached (also kept in the stored settings).
    static func precision(_ r: ExperimentResult) -> JSON {
        .array(r.precision.map { p in
            .object([("figure", .string(p.goal.key.description)), ("half_width", .num(p.goal.halfWidth)),
                     ("achieved", .num(p.achieved)), ("reached", .bool(p.reached))])
        })
    }

    static func targets(_ verdicts: [TargetVerdict]) -> JSON {
        .array(verdicts.map { v in
            .object([("target", .string(v.target.text)), ("scope", .string(v.target.scope)), ("metric", .string(v.target.metric)),
                     ("comparison", .string(v.target.comparison.rawValue)), ("bound", .num(v.target.bound))]
                    + interval(v.interval) + [("verdict", .string(v.outcome.rawValue))])
        })
    }

    /// Every whole-horizon figure of a variant, each with its scope, unit, direction and interval.
    static func figures(_ v: VariantResult) -> JSON {
        .array(v.summary.entries(model: v.variant.model).map { e -> JSON in
            .object([("scope", .string(e.key.scope)), ("metric", .string(e.key.metric)), ("unit", .string(e.info.unit.rawValue)),
                     ("direction", .string(e.info.direction.rawValue))] + interval(e.interval))
        })
    }

    static func variant(_ v: VariantResult) -> JSON {
        let model = v.variant.model
        let h = model.horizon
        func rows(_ intervals: [[MetricInterval]]) -> JSON {
            .array(intervals.enumerated().map { i, row in
                .object([("interval", .int(i)), ("label", .string(h.label(ofInterval: i))), ("start_s", .num(h.start(ofInterval: i)))]
                        + Metric.allCases.map { ($0.rawValue, .object(interval(row[$0.index]))) })
            })
        }
        let series = v.summary.channels.map { ch -> JSON in
            // A channel's classes per interval, only when it has classes (other output is unchanged).
            let classes: [(String, JSON)] = ch.classIntervals.isEmpty ? [] : [("classes", .array(
                zip(ch.classLabels, ch.classIntervals).map { label, intervals in
                    .object([("class", .string(label)), ("scope", .string("\(ch.channel)/\(label)")), ("intervals", rows(intervals))])
                }))]
            return .object([("channel", .string(ch.channel)), ("intervals", rows(ch.intervals))] + classes)
        }
        return .object([("name", .string(v.variant.name)),
                         ("parameters", .object(v.variant.parameters.map { ($0.0, .string($0.1)) })),
                         ("targets", targets(v.verdicts)), ("figures", figures(v)), ("series", .array(series))])
    }

    static func comparison(_ c: ComparisonReport) -> JSON {
        .object([("baseline", .string(c.baseline)), ("confidence", .num(c.level)), ("adjustment", .string("holm")),
                 ("family_size", .int(c.familySize)),
                 ("rows", .array(c.comparisons.map { f in
                     .object([("variant", .string(f.variant)), ("scope", .string(f.key.scope)), ("metric", .string(f.key.metric)),
                              ("unit", .string(f.key.info.unit.rawValue)), ("direction", .string(f.direction.rawValue)),
                              ("target", .bool(f.isTarget)),
                              ("baseline_mean", .num(f.baseline?.mean)), ("variant_mean", .num(f.value?.mean)),
                              ("difference", .object(interval(f.difference?.interval))),
                              ("relative", .num(f.relative)), ("p_value", .num(f.difference?.pValue)),
                              ("adjusted_p", .num(f.adjustedP)), ("identical", .bool(f.difference?.identical ?? false)),
                              ("verdict", f.verdict.map { .string($0.rawValue) } ?? .null)])
                 }))])
    }

    /// One document: the experiment, its variants, and the comparison if there is one.
    static func document(_ r: ExperimentResult, scenario: Scenario, kind: String, comparison: ComparisonReport? = nil) -> String {
        var fields = header(r, scenario: scenario, kind: kind) + [("variants", .array(r.variants.map(variant)))]
        if let comparison { fields.append(("comparison", Self.comparison(comparison))) }
        return JSON.object(fields).text
    }

    /// One line per variant, each with the experiment's header fields.
    static func lines(_ r: ExperimentResult, scenario: Scenario, kind: String) -> String {
        r.variants.map { v in
            JSON.object(header(r, scenario: scenario, kind: kind) + [("variant", variant(v))]).text
        }.joined(separator: "\n")
    }
}
