import ChannelModel
import Charts
import Experiments
import Foundation
import ResultStore

/// What the staffing chart shows, from a staff experiment's stored rows: the head-counts
/// from `settings.staffing.teams`, each staffed channel's service level per interval from
/// the `plan` variant's `sl_offered` series, and what only the model knows (interval
/// labels, the channels drawn and their thresholds) from `settings.staffing_chart`, which
/// `staff` stores for the purpose (docs/results.md). So `plot` redraws it byte for byte.
enum StaffChartBuilder {
    /// What `staff` stores besides the plan so that the chart can be drawn from the rows:
    /// the horizon's interval labels and length, and the channels whose service level is
    /// drawn (a staffed target's channel with a service level), in the model's order.
    static func settings(_ r: StaffReport) -> JSON {
        let h = r.horizon
        let levels = Set(r.targets.entries.map(\.channel)).sorted().filter { r.model.metricApplies(.slOffered, channel: $0) }.map { c in
            JSON.object([("channel", .string(r.model.channels[c].name)), ("threshold", .string(Units.formatDuration(r.model.channels[c].slTime)))])
        }
        return .object([("interval_length", .string(Units.formatDuration(h.intervalLength))),
                        ("intervals", .array((0..<h.intervalCount).map { .string(h.label(ofInterval: $0)) })),
                        ("levels", .array(levels))])
    }

    /// The chart's data; nil when the experiment lacks what it needs (stored by a channelsim
    /// from before `staffing_chart`, or without its `plan` variant).
    static func data(_ s: ChartSource) -> StaffingChartData? {
        guard let chart = s.settings["staffing_chart"] as? [String: Any], let staffing = s.settings["staffing"] as? [String: Any],
              let labels = chart["intervals"] as? [String], let length = chart["interval_length"] as? String,
              let teamRows = staffing["teams"] as? [[String: Any]], let plan = s.variants.first(where: { $0.name == "plan" })
        else { return nil }
        func counts(_ row: [String: Any], _ key: String) -> [Int]? { (row[key] as? [NSNumber])?.map(\.intValue) }
        let teams = teamRows.compactMap { row -> StaffingChartData.Team? in
            guard let name = row["team"] as? String, let formulas = counts(row, "formulas_headcount"),
                  let simulated = counts(row, "plan_headcount") else { return nil }
            return StaffingChartData.Team(name: name, analytic: formulas, plan: simulated, shifts: counts(row, "shifts_headcount"))
        }
        let levels = (chart["levels"] as? [[String: Any]] ?? []).compactMap { level -> StaffingChartData.Level? in
            guard let channel = level["channel"] as? String, let threshold = level["threshold"] as? String else { return nil }
            var rows: [Int: IntervalSeriesRow] = [:]
            for row in plan.series where row.channel == channel && row.metric == Metric.slOffered.rawValue { rows[row.interval] = row }
            let points = labels.indices.map { i -> SweepCurve.Point in
                // As the report's interval: the mean, and mean ∓ half-width clamped to 0…1.
                let mean = rows[i]?.mean ?? .nan, h = rows[i]?.halfWidth
                return SweepCurve.Point(x: 0, mean: mean, low: h.map { max(0, mean - $0) }, high: h.map { min(1, mean + $0) })
            }
            let target = s.targets.first { $0.key.scope == channel && $0.key.metric == Metric.slOffered.rawValue }
            return .init(channel: channel, threshold: threshold, target: target?.bound, points: points)
        }
        return StaffingChartData(title: s.scenarioName, intervals: labels, intervalLength: length, teams: teams, levels: levels)
    }
}
