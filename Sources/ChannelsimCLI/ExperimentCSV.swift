import ChannelModel
import Experiments
import Scenario
import Statistics

/// The experiment as CSV: one row per variant, scope, interval (`all` for the horizon) and
/// figure. The scope column (called `channel`, as in the store) holds a channel, a
/// channel's visitor group or class, `visitors/SEG/ENQ`, `team/NAME` or `totals`; per
/// interval, a channel and then each of its classes (`CHANNEL/CLASS`).
enum ExperimentCSV {
    static let header = "strategy,channel,interval,label,metric,mean,half_width,low,high,n\n"

    static func cell(_ x: Double?) -> String { x.map { $0.isFinite ? "\($0)" : "" } ?? "" }

    static func row(_ variant: String, _ scope: String, _ interval: String, _ label: String, _ metric: String,
                    _ ci: ConfidenceInterval?) -> String {
        "\(CSVField.quoted(variant)),\(CSVField.quoted(scope)),\(interval),\(CSVField.quoted(label)),\(metric),\(cell(ci?.mean)),\(cell(ci?.halfWidth)),"
            + "\(cell(ci?.low)),\(cell(ci?.high)),\(ci?.count ?? 0)\n"
    }

    static func render(_ r: ExperimentResult) -> String {
        var out = header
        for v in r.variants {
            let name = v.variant.name, h = v.variant.model.horizon
            for e in v.summary.entries(model: v.variant.model) { out += row(name, e.key.scope, "all", "", e.key.metric, e.interval) }
            for (scope, intervals) in v.summary.channels.flatMap(\.intervalScopes) {
                for (i, cis) in intervals.enumerated() {
                    for m in Metric.allCases { out += row(name, scope, String(i), h.label(ofInterval: i), m.rawValue, cis[m.index]) }
                }
            }
        }
        return out
    }
}
