import ChannelModel
import Experiments
import Foundation
import Scenario
import Statistics

/// The metrics printed in the run summary, in order.
let summaryMetrics: [Metric] = [
    .offered, .answered, .abandoned, .unanswered, .pAbandon, .pWait, .asa, .waitP50, .waitP90, .waitP95, .waitP99,
    .slOffered, .slAnswered, .handle, .occupancy, .slotUtilisation, .meanConcurrencyBusy, .meanQueue, .staff,
    .resolved, .unresolved, .transferredOut, .abandonedMidChat, .replyDelay, .replyDelayP90, .effectiveSlowdown,
    .responseTime, .responseTimeP90, .recontacts, .withdrawn, .callbacks, .callbackWait, .callbackBacklog, .overtime,
]

/// Formats one value for a table: durations in seconds, counts and averages of counts
/// with two decimals, ratios with four.
func formatValue(_ x: Double?, _ m: Metric) -> String {
    guard let x, x.isFinite else { return "-" }
    if m.isDuration { return String(format: "%.2fs", x) }
    if m.isCount || m == .staff || m == .meanQueue || m == .meanConcurrencyBusy { return String(format: "%.2f", x) }
    return String(format: "%.4f", x)
}

/// The human-readable run summary.
enum SummaryTable {
    static func render(scenario: Scenario, summary: ExperimentSummary, intervals: Bool) -> String {
        let pct = Int((summary.level * 100).rounded())
        var out = "\(scenario.name): \(summary.replications.count) replications, seed \(scenario.seed), "
            + "\(pct)% confidence intervals\n"
        for ch in summary.channels {
            let spec = scenario.model.channels.first { $0.name == ch.channel }
            let sl = spec.map { " (service level within \(Units.formatDuration($0.slTime)))" } ?? ""
            out += "\nchannel \(ch.channel)\(sl)\n"
            var t = TextTable(columns: ["metric", "mean", "±", "\(pct)% CI"], rightAligned: [false, true, true, true])
            for m in summaryMetrics {
                guard let ci = ch[m] else { continue }
                let range = ci.halfWidth == nil ? "-" : "[\(formatValue(ci.low, m)), \(formatValue(ci.high, m))]"
                t.add([m.rawValue, formatValue(ci.mean, m), ci.halfWidth.map { formatValue($0, m) } ?? "-", range])
            }
            out += t.render()
            if intervals {
                out += "\nper interval (means)\n"
                let cols: [Metric] = [.offered, .answered, .abandoned, .asa, .slOffered, .occupancy, .meanQueue, .staff]
                var it = TextTable(columns: ["interval"] + cols.map(\.rawValue),
                                   rightAligned: [false] + cols.map { _ in true })
                for (i, row) in ch.intervals.enumerated() {
                    it.add([scenario.model.horizon.label(ofInterval: i)] + cols.map { formatValue(row[$0.index]?.mean, $0) })
                }
                out += it.render()
            }
        }
        if !summary.visitorGroups.isEmpty {
            out += "\nvisitors (mean per replication, by segment / enquiry)\n"
            let names = summary.visitorGroups[0].names
            var t = TextTable(columns: ["segment / enquiry"] + names, rightAligned: [false] + names.map { _ in true })
            for g in summary.visitorGroups {
                t.add(["\(g.segment) / \(g.enquiry)"] + g.values.map { $0.map { String(format: "%.1f", $0.mean) } ?? "-" })
            }
            out += t.render()
        }
        return out
    }
}

/// The machine-readable run summary: one JSON object, durations in seconds.
enum SummaryJSON {
    static func interval(_ ci: ConfidenceInterval?) -> JSON {
        guard let ci else { return .null }
        return .object([("mean", .num(ci.mean)), ("half_width", .num(ci.halfWidth)), ("low", .num(ci.low)),
                        ("high", .num(ci.high)), ("n", .int(ci.count))])
    }

    static func render(scenario: Scenario, strategy: String, summary: ExperimentSummary) -> String {
        let h = scenario.model.horizon
        let channels: [JSON] = summary.channels.map { ch in
            .object([
                ("channel", .string(ch.channel)),
                ("metrics", .object(Metric.allCases.map { ($0.rawValue, interval(ch[$0])) })),
                ("intervals", .array(ch.intervals.enumerated().map { i, row in
                    .object([("interval", .int(i)), ("label", .string(h.label(ofInterval: i))),
                             ("start_s", .num(h.start(ofInterval: i)))]
                            + Metric.allCases.map { ($0.rawValue, interval(row[$0.index])) })
                })),
            ])
        }
        return JSON.object([
            ("scenario", .string(scenario.name)), ("strategy", .string(strategy)), ("scenario_hash", .string(scenario.hash)),
            ("seed", .string(String(scenario.seed))), ("replications", .int(summary.replications.count)),
            ("confidence", .num(summary.level)), ("version", .string(ChannelsimVersion.current)),
            ("channels", .array(channels)),
            ("visitors", .array(summary.visitorGroups.map { g in
                .object([("segment", .string(g.segment)), ("enquiry", .string(g.enquiry)),
                         ("metrics", .object(zip(g.names, g.values).map { ($0, interval($1)) }))])
            })),
        ]).text
    }
}

/// The run summary as CSV: one row per channel, interval ("all" for the horizon) and metric.
enum SummaryCSV {
    static func render(scenario: Scenario, strategy: String, summary: ExperimentSummary, header: Bool = true) -> String {
        func cell(_ x: Double?) -> String { x.map { $0.isFinite ? "\($0)" : "" } ?? "" }
        // RFC 4180: quote text that holds a comma, a quote or a line break.
        func text(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = header ? "strategy,channel,interval,label,metric,mean,half_width,low,high,n\n" : ""
        for ch in summary.channels {
            func rows(_ interval: String, _ label: String, _ cis: [ConfidenceInterval?]) {
                for m in Metric.allCases {
                    let ci = cis[m.index]
                    out += "\(text(strategy)),\(text(ch.channel)),\(interval),\(text(label)),\(m.rawValue),\(cell(ci?.mean)),\(cell(ci?.halfWidth)),"
                        + "\(cell(ci?.low)),\(cell(ci?.high)),\(ci?.count ?? 0)\n"
                }
            }
            rows("all", "", ch.total)
            for (i, row) in ch.intervals.enumerated() { rows(String(i), scenario.model.horizon.label(ofInterval: i), row) }
        }
        for g in summary.visitorGroups {
            for (name, ci) in zip(g.names, g.values) {
                out += "\(text(strategy)),visitors,all,\(text("\(g.segment)/\(g.enquiry)")),\(name),\(cell(ci?.mean)),\(cell(ci?.halfWidth)),"
                    + "\(cell(ci?.low)),\(cell(ci?.high)),\(ci?.count ?? 0)\n"
            }
        }
        return out
    }
}
