import ChannelModel
import Charts
import Experiments
import Foundation
import Scenario
import Statistics

extension ExperimentOutput {
    /// The load chart, in PNG and SVG: the plan simulated at a few multipliers around the
    /// breaking point (one more experiment, common random numbers), each target's figure
    /// against the multiplier with the breaking point marked. Not stored: it illustrates
    /// the search, which is.
    func loadChart(_ prepared: PreparedExperiment, model: ModelSpec, found: BreakingPoint) throws {
        guard !options.noCharts, let bp = found.interval else { return }
        var design = prepared.design
        design.variants = StressChartBuilder.multipliers(breakingPoint: bp.mean, lower: found.search.lower, upper: found.search.upper)
            .map { m in Variant(name: "x" + StressReport.multiplier(m), parameters: [("arrivals.scale", StressReport.multiplier(m))],
                                model: model.scalingArrivals(by: m)) }
        let p = PreparedExperiment(scenarios: prepared.scenarios, design: design, commandLine: prepared.commandLine)
        let result = ExperimentSetup.run(p, options: options, label: "stress \(prepared.base.name) load chart").result
        let curve = StressChartBuilder.curve(result, title: prepared.base.name, breakingPoint: bp)
        guard !curve.panels.isEmpty else { return }
        let name = "stress-\(IntradayChartBuilder.slug(prepared.base.name))-load"
        try drawing {
            for format in [ImageFormat.png, .svg] {
                let files = try LoadCurveChart.write(curve, confidence: design.confidence, to: options.plots, baseName: name, format: format)
                if options.chatty { printError("chart \(files.image)") }
            }
            if options.preview {
                try ChartPreviewText.emit([DrawnChart(baseName: name, images: [])], directory: options.plots,
                                          toStandardError: options.format != .table)
            }
        }
    }
}

/// What the load and surge charts show, from the experiments `stress` runs.
enum StressChartBuilder {
    /// Points on the multiplier axis.
    static let points = 9

    /// `points` multipliers evenly from max(lower, bp/2) to min(upper, 1.5 bp), plus the
    /// plan's own load 1 when inside the searched range; ascending, rounded to the
    /// hundredths the report prints, without repeats.
    static func multipliers(breakingPoint bp: Double, lower: Double, upper: Double) -> [Double] {
        let from = max(lower, bp * 0.5), to = max(min(upper, bp * 1.5), from)
        var xs = (0..<points).map { from + (to - from) * Double($0) / Double(points - 1) }
        if lower <= 1 && 1 <= upper { xs.append(1) }
        return Array(Set(xs.map { ($0 * 100).rounded() / 100 }.filter { $0 > 0 })).sorted()
    }

    /// One panel per target (the first `LoadCurveChart.maxPanels`), its figure at each
    /// multiplier with the interval at the experiment's level (shares clamped to 0…1).
    static func curve(_ result: ExperimentResult, title: String, breakingPoint bp: ConfidenceInterval) -> LoadCurve {
        let level = result.design.confidence
        let xs = result.variants.map { Double($0.variant.parameters.first { $0.0 == "arrivals.scale" }?.1 ?? "") ?? .nan }
        let panels = result.design.targets.prefix(LoadCurveChart.maxPanels).map { t in
            let unit = CompareChartBuilder.unit(t.key.info.unit)
            let points = zip(xs, result.variants).map { x, v in
                let ci = v.figures.interval(of: t.key, level: level)
                let clamp: (Double) -> Double = unit == .probability ? { min(1, max(0, $0)) } : { $0 }
                return SweepCurve.Point(x: x, mean: ci?.mean ?? .nan, low: ci?.low.map(clamp), high: ci?.high.map(clamp))
            }
            return LoadCurve.Panel(title: t.text, unit: unit, bound: t.bound, points: points)
        }
        return LoadCurve(title: title, panels: panels, breakingPoint: .init(mean: bp.mean, low: bp.low, high: bp.high))
    }

    /// Each channel's mean queue and oldest waiting age per interval, with and without the
    /// events, from a stress experiment of variants `plan` and the events, whose settings
    /// keep the events (their text, first interval and length).
    static func surge(_ s: ChartSource, horizon h: Horizon) -> SurgeSeries? {
        guard s.variants.count == 2, let report = s.settings["events"] as? [String: Any],
              let events = report["events"] as? [[String: Any]] else { return nil }
        let labels = (0..<h.intervalCount).map { h.label(ofInterval: $0) }
        let windows = events.compactMap { e -> SurgeSeries.Window? in
            guard let text = e["event"] as? String, let first = (e["first_interval"] as? String).flatMap({ labels.firstIndex(of: $0) }),
                  let count = (e["intervals"] as? NSNumber)?.intValue else { return nil }
            return .init(first: first, count: count, label: text)
        }
        let plan = s.variants[0], surged = s.variants[1]
        func series(_ v: ChartSource.Variant, _ channel: String, _ m: Metric) -> [Double] {
            var values = Array(repeating: Double.nan, count: h.intervalCount)
            for row in v.series where row.channel == channel && row.metric == m.rawValue && values.indices.contains(row.interval) {
                values[row.interval] = row.mean.flatMap { $0.isFinite ? $0 : nil } ?? .nan
            }
            return values
        }
        let channels = s.channels.map { ch in
            SurgeSeries.Channel(channel: ch, queuePlan: series(plan, ch, .meanQueue), queueSurge: series(surged, ch, .meanQueue),
                                oldestPlan: series(plan, ch, .oldestWaiting), oldestSurge: series(surged, ch, .oldestWaiting))
        }
        guard !channels.isEmpty else { return nil }
        var out = SurgeSeries(title: s.scenarioName, intervalLabels: labels, windows: windows, channels: channels)
        out.kind = surged.name == "outage" ? "outage" : surged.name == "surge" ? "surge" : "event"
        return out
    }
}
