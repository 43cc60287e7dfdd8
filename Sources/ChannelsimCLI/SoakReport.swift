import ChannelModel
import Experiments
import Foundation
import Scenario
import Statistics

/// What `stress --soak` prints: per channel, the backlog at each day's close and its
/// growth per day with a confidence interval and a verdict (docs/model.md, "Soak tests").
struct SoakReport {
    var soak: Soak
    /// How many times the scenario's horizon was repeated, and its days.
    var repetitions: Int
    var scenarioDays: Int
    var intervalsPerDay: Int
    var result: ExperimentResult
    var scenario: Scenario

    /// Days printed in the table at most: the first and last ones, the middle elided.
    static let tableDays = 14

    func table() -> String {
        let level = FigureFormat.level(result.design.confidence)
        var out = "\(scenario.name): soak test over \(soak.days) consecutive days (the \(scenarioDays)-day horizon ×\(repetitions)), "
            + "\(result.replications) replications, seed \(result.design.seed), \(level) confidence intervals\n"
        out += "backlog at a day's close: the channel's mean_queue in the day's last interval; "
            + "growth per day: each replication's least-squares slope over the days, then their mean\n\n"
        var g = TextTable(columns: ["channel", "kind", "growth per day", "\(level) CI", "verdict"],
                          rightAligned: [false, false, true, true, false])
        for c in soak.channels {
            let kind = scenario.model.channels.first { $0.name == c.channel }?.kind.rawValue ?? ""
            g.add([c.channel, kind, FigureFormat.difference(c.growth?.mean, .count), Self.range(c.growth), c.verdict.rawValue])
        }
        out += g.render()
        let days = Array(0..<soak.days)
        let shown = days.count <= Self.tableDays ? days : Array(days.prefix(Self.tableDays / 2)) + Array(days.suffix(Self.tableDays / 2))
        out += "\nbacklog at each day's close (mean over replications)\n"
        var t = TextTable(columns: ["day"] + soak.channels.map(\.channel), rightAligned: [true] + soak.channels.map { _ in true })
        for (k, d) in shown.enumerated() {
            if k > 0 && shown[k - 1] != d - 1 { t.add(["…"] + soak.channels.map { _ in "" }) }
            t.add(["\(d + 1)"] + soak.channels.map { FigureFormat.value($0.perDay[d]?.mean, .count) })
        }
        return out + t.render()
    }

    static func range(_ ci: ConfidenceInterval?) -> String {
        guard let ci, ci.halfWidth != nil else { return "-" }
        return "[\(FigureFormat.difference(ci.low, .count)), \(FigureFormat.difference(ci.high, .count))]"
    }

    func json() -> JSON {
        .object([
            ("scenario", .string(scenario.name)), ("replications", .int(result.replications)), ("seed", .string(String(result.design.seed))),
            ("confidence", .num(result.design.confidence)), ("days", .int(soak.days)), ("repetitions", .int(repetitions)),
            ("scenario_days", .int(scenarioDays)), ("intervals_per_day", .int(intervalsPerDay)),
            ("backlog", .string("mean_queue in the day's last interval")),
            ("channels", .array(soak.channels.map { c in
                .object([("channel", .string(c.channel)), ("verdict", .string(c.verdict.rawValue)),
                         ("growth_per_day", .object(ExperimentJSON.interval(c.growth))),
                         ("slopes", .array(c.slopes.map { .num($0) })),
                         ("per_day", .array(c.perDay.map { .object(ExperimentJSON.interval($0)) }))])
            })),
        ])
    }

    /// One row per channel, day and replication: the backlog at that day's close.
    func csv() -> String {
        var out = "channel,day,replication,backlog,growth_per_day,verdict\n"
        for c in soak.channels {
            for (r, days) in c.perReplication.enumerated() {
                for (d, x) in days.enumerated() {
                    out += "\(CSVField.quoted(c.channel)),\(d + 1),\(r),\(ExperimentCSV.cell(x)),\(ExperimentCSV.cell(c.slopes[r])),\(c.verdict.rawValue)\n"
                }
            }
        }
        return out
    }
}
