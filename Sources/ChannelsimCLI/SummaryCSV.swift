import ChannelModel
import Experiments
import Scenario
import Statistics

/// The run summary as CSV: one row per channel, interval ("all" for the horizon) and
/// metric; then per channel and visitor group (`CHANNEL/SEGMENT/ENQUIRY`), and the groups
/// (`visitors/SEGMENT/ENQUIRY`, `team/NAME`, `totals`), each over the horizon. The channel
/// column holds the same names as the result store's.
enum SummaryCSV {
    static func render(scenario: Scenario, strategy: String, summary: ExperimentSummary, header: Bool = true) -> String {
        func cell(_ x: Double?) -> String { x.map { $0.isFinite ? "\($0)" : "" } ?? "" }
        // RFC 4180: quote text that holds a comma, a quote or a line break.
        func text(_ s: String) -> String {
            s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var out = header ? "strategy,channel,interval,label,metric,mean,half_width,low,high,n\n" : ""
        func row(_ channel: String, _ interval: String, _ label: String, _ metric: String, _ ci: ConfidenceInterval?) {
            out += "\(text(strategy)),\(text(channel)),\(interval),\(text(label)),\(metric),\(cell(ci?.mean)),\(cell(ci?.halfWidth)),"
                + "\(cell(ci?.low)),\(cell(ci?.high)),\(ci?.count ?? 0)\n"
        }
        for ch in summary.channels {
            for m in Metric.allCases { row(ch.channel, "all", "", m.rawValue, ch.total[m.index]) }
            for (i, cis) in ch.intervals.enumerated() {
                let label = scenario.model.horizon.label(ofInterval: i)
                for m in Metric.allCases { row(ch.channel, String(i), label, m.rawValue, cis[m.index]) }
            }
            for (label, cis) in zip(summary.visitorGroupLabels, ch.groups) {
                for m in Metric.allCases { row("\(ch.channel)/\(label)", "all", "", m.rawValue, cis[m.index]) }
            }
        }
        for g in summary.groups {
            for (name, ci) in zip(g.names, g.values) { row(g.key, "all", "", name, ci) }
        }
        return out
    }
}
