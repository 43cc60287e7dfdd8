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
    .responseTime, .responseTimeP90, .recontacts, .withdrawn, .callbacks, .callbackWait, .callbackBacklog, .oldestWaiting, .overtime,
    .conversions, .revenue, .cost, .costPerResolved, .satisfaction,
]

/// The columns of each channel's table by segment / enquiry.
let groupMetrics: [Metric] = [
    .offered, .answered, .abandoned, .pAbandon, .asa, .slOffered, .resolved, .transferredOut, .abandonedMidChat,
    .conversions, .revenue, .satisfaction,
]

/// Formats one value for a table: durations in seconds, counts and averages of counts
/// with two decimals, ratios with four.
func formatValue(_ x: Double?, _ m: Metric) -> String {
    guard let x, x.isFinite else { return "-" }
    if m.isDuration { return String(format: "%.2fs", x) }
    if m.isCount || [.staff, .meanQueue, .meanConcurrencyBusy, .revenue, .cost, .costPerResolved, .satisfaction].contains(m) {
        return String(format: "%.2f", x)
    }
    return String(format: "%.4f", x)
}

/// Formats a figure of a group (counts, hours, money, scores) with two decimals.
func formatGroupValue(_ x: Double?) -> String {
    guard let x, x.isFinite else { return "-" }
    return String(format: "%.2f", x)
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
                t.add([m.rawValue] + cells(ci, format: { formatValue($0, m) }))
            }
            out += t.render()
            if !ch.groups.isEmpty {
                out += "\nby segment / enquiry (means)\n"
                var gt = TextTable(columns: ["segment / enquiry"] + groupMetrics.map(\.rawValue),
                                   rightAligned: [false] + groupMetrics.map { _ in true })
                for (label, row) in zip(summary.visitorGroupLabels, ch.groups) {
                    gt.add([label] + groupMetrics.map { formatValue(row[$0.index]?.mean, $0) })
                }
                out += gt.render()
            }
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
        let visitors = summary.groups(.visitors)
        if let first = visitors.first {
            out += "\nvisitors (mean per replication, by segment / enquiry)\n"
            var t = TextTable(columns: ["segment / enquiry"] + first.names, rightAligned: [false] + first.names.map { _ in true })
            for g in visitors {
                t.add([g.label.replacingOccurrences(of: "/", with: " / ")] + g.values.map { formatGroupValue($0?.mean) })
            }
            out += t.render()
        }
        let teams = summary.groups(.team)
        if let first = teams.first {
            out += "\nteams (means)\n"
            var t = TextTable(columns: ["team"] + first.names, rightAligned: [false] + first.names.map { _ in true })
            for g in teams { t.add([g.label] + g.values.map { formatGroupValue($0?.mean) }) }
            out += t.render()
        }
        if let totals = summary.groups(.totals).first {
            out += "\ntotals\n"
            var t = TextTable(columns: ["metric", "mean", "±", "\(pct)% CI"], rightAligned: [false, true, true, true])
            for (name, ci) in zip(totals.names, totals.values) {
                guard let ci else { continue }
                t.add([name] + cells(ci, format: formatGroupValue))
            }
            out += t.render()
        }
        return out
    }

    /// Mean, half-width and interval cells.
    static func cells(_ ci: ConfidenceInterval, format: (Double?) -> String) -> [String] {
        let range = ci.halfWidth == nil ? "-" : "[\(format(ci.low)), \(format(ci.high))]"
        return [format(ci.mean), ci.halfWidth.map { format($0) } ?? "-", range]
    }
}
