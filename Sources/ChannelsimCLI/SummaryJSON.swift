import ChannelModel
import Experiments
import Scenario
import Statistics

/// The machine-readable run summary: one JSON object, durations in seconds.
enum SummaryJSON {
    static func interval(_ ci: ConfidenceInterval?) -> JSON {
        guard let ci else { return .null }
        return .object([("mean", .num(ci.mean)), ("half_width", .num(ci.halfWidth)), ("low", .num(ci.low)),
                        ("high", .num(ci.high)), ("n", .int(ci.count))])
    }

    static func metrics(_ row: [MetricInterval]) -> JSON {
        .object(Metric.allCases.map { ($0.rawValue, interval(row[$0.index])) })
    }

    static func metrics(_ g: GroupSummary) -> JSON {
        .object(zip(g.names, g.values).map { ($0, interval($1)) })
    }

    /// A visitor group's object: its `SEGMENT/ENQUIRY` label split, and its metrics.
    static func group(_ label: String, _ metrics: JSON) -> JSON {
        let parts = label.split(separator: "/", maxSplits: 1).map(String.init)
        return .object([("segment", .string(parts[0])), ("enquiry", .string(parts.count > 1 ? parts[1] : "")),
                        ("metrics", metrics)])
    }

    static func render(scenario: Scenario, strategy: String, summary: ExperimentSummary) -> String {
        let h = scenario.model.horizon
        let channels: [JSON] = summary.channels.map { ch in
            .object([
                ("channel", .string(ch.channel)),
                ("metrics", metrics(ch.total)),
                ("intervals", .array(ch.intervals.enumerated().map { i, row in
                    .object([("interval", .int(i)), ("label", .string(h.label(ofInterval: i))),
                             ("start_s", .num(h.start(ofInterval: i)))]
                            + Metric.allCases.map { ($0.rawValue, interval(row[$0.index])) })
                })),
                ("groups", .array(zip(summary.visitorGroupLabels, ch.groups).map { group($0, metrics($1)) })),
            ])
        }
        return JSON.object([
            ("scenario", .string(scenario.name)), ("strategy", .string(strategy)), ("scenario_hash", .string(scenario.hash)),
            ("seed", .string(String(scenario.seed))), ("replications", .int(summary.replications.count)),
            ("confidence", .num(summary.level)), ("version", .string(ChannelsimVersion.current)),
            ("channels", .array(channels)),
            ("visitors", .array(summary.groups(.visitors).map { group($0.label, metrics($0)) })),
            ("teams", .array(summary.groups(.team).map { g in
                .object([("team", .string(g.label)), ("metrics", metrics(g))])
            })),
            ("totals", summary.groups(.totals).first.map { metrics($0) } ?? .null),
        ]).text
    }
}
