import ChannelModel
import Charts
import Experiments
import Foundation

extension ExperimentOutput {
    /// The staffing chart, in PNG and SVG: head-counts by the formulas and by simulation
    /// per interval, and each staffed channel's service level with the plan.
    func staffingChart(_ report: StaffReport) throws {
        guard !options.noCharts else { return }
        let data = StaffChartBuilder.data(report)
        let name = "staff-\(IntradayChartBuilder.slug(report.scenario.name))"
        try drawing {
            for format in [ImageFormat.png, .svg] {
                let files = try StaffingChart.write(data, confidence: report.result.design.confidence, to: options.plots,
                                                    baseName: name, format: format)
                if options.chatty { printError("chart \(files.image)") }
            }
        }
    }
}

/// What the staffing chart shows, from a staffing report.
enum StaffChartBuilder {
    static func data(_ r: StaffReport) -> StaffingChartData {
        let h = r.horizon, summary = r.planResult.summary
        let teams = r.plan.teams.enumerated().map { k, t in
            StaffingChartData.Team(name: r.model.teams[t].name, analytic: r.plan.analytic[k], plan: r.plan.simulated[k],
                                   shifts: r.shifts[k]?.headcount)
        }
        var levels: [StaffingChartData.Level] = []
        for c in Set(r.targets.entries.map(\.channel)).sorted() where r.model.metricApplies(.slOffered, channel: c) {
            let ch = r.model.channels[c]
            let target = r.result.design.targets.first { $0.scope == ch.name && $0.metric == Metric.slOffered.rawValue }
            let points = summary.channels[c].intervals.map { row in
                let ci = row[Metric.slOffered.index]
                return SweepCurve.Point(x: 0, mean: ci?.mean ?? .nan, low: ci?.low.map { max(0, $0) }, high: ci?.high.map { min(1, $0) })
            }
            levels.append(.init(channel: ch.name, threshold: Units.formatDuration(ch.slTime), target: target?.bound, points: points))
        }
        return StaffingChartData(title: r.scenario.name, intervals: (0..<h.intervalCount).map { h.label(ofInterval: $0) },
                                 intervalLength: Units.formatDuration(h.intervalLength), teams: teams, levels: levels)
    }
}
