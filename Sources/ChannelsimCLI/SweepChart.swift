import ChannelModel
import Charts
import Experiments
import Foundation

extension ExperimentOutput {
    /// The staffing curve, in PNG and SVG, when exactly one parameter varies: each
    /// channel's service level and abandonment against it, with intervals and targets.
    func sweepChart(_ result: ExperimentResult, sweep: PreparedSweep) throws {
        guard !options.noCharts, sweep.axes.count == 1, let curve = SweepCurveBuilder.curve(result, sweep: sweep) else { return }
        let name = "sweep-\(IntradayChartBuilder.slug(sweep.prepared.base.name))-curve"
        try drawing {
            for format in [ImageFormat.png, .svg] {
                let files = try SweepCurveChart.write(curve, confidence: result.design.confidence, to: options.plots,
                                                      baseName: name, format: format)
                if options.chatty { printError("chart \(files.image)") }
            }
        }
    }
}

/// What the sweep curve shows, from a one-parameter sweep's results.
enum SweepCurveBuilder {
    static func curve(_ result: ExperimentResult, sweep: PreparedSweep) -> SweepCurve? {
        guard let axis = sweep.axes.first else { return nil }
        let model = sweep.prepared.base.model, level = result.design.confidence
        let xs = sweep.points.map { axis.values[$0[0]].number }
        var series: [SweepCurve.Series] = []
        for (c, ch) in model.channels.enumerated() {
            for (metric, panel) in [(Metric.slOffered, SweepCurve.Panel.serviceLevel), (.pAbandon, .abandonment)]
            where model.metricApplies(metric, channel: c) {
                let key = MetricKey(scope: ch.name, metric: metric.rawValue)
                let points = zip(xs, result.variants).map { x, v in
                    let ci = v.figures.interval(of: key, level: level)
                    return SweepCurve.Point(x: x, mean: ci?.mean ?? .nan, low: ci?.low.map { max(0, $0) }, high: ci?.high.map { min(1, $0) })
                }
                let target = result.design.targets.first { $0.key == key }?.bound
                series.append(SweepCurve.Series(channel: ch.name, panel: panel, target: target, points: points))
            }
        }
        guard !series.isEmpty else { return nil }
        let parameter = axis.unit.isEmpty ? axis.path : "\(axis.path) (\(axis.unit.hasPrefix("/") ? "per " + axis.unit.dropFirst() : axis.unit))"
        return SweepCurve(title: sweep.prepared.base.name, parameter: parameter, labels: axis.values.map(\.text),
                          positions: axis.values.map(\.number), series: series)
    }
}
