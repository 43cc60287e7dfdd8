import ChannelModel
import Charts
import Foundation

/// Draws one kind of chart from a `ChartSource` into the plots directory, in PNG and SVG
/// (the `.gp` left beside them is the SVG's): the one path both a command's own charts and
/// `plot` take.
struct ChartDrawer {
    let source: ChartSource
    /// Each variant's model by name: only the intraday chart needs one (horizon and teams).
    let models: [String: ModelSpec]
    let directory: String

    func draw(_ kind: ChartKind) throws -> [DrawnChart] {
        let name = "\(kind == .intraday ? "intraday" : source.kind)-\(source.slug)"
        let level = source.confidence
        switch kind {
        case .intraday:
            return try IntradayChartBuilder.draw(source, models: models, directory: directory)
        case .strategyBars:
            let bars = CompareChartBuilder.bars(source)
            guard !bars.isEmpty else { return [] }
            return [try both("\(name)-metrics") {
                try StrategyBarsChart.write(title: source.scenarioName, confidence: level, metrics: bars, to: directory,
                                            baseName: "\(name)-metrics", format: $0)
            }]
        case .pairedDifferences:
            let rows = CompareChartBuilder.differences(source)
            guard !rows.isEmpty, let baseline = source.baseline else { return [] }
            return [try both("\(name)-differences") {
                try PairedDifferencesChart.write(title: source.scenarioName, baseline: baseline, confidence: level, adjustment: "Holm",
                                                 rows: rows, to: directory, baseName: "\(name)-differences", format: $0)
            }]
        case .staffingCurve:
            guard let curve = SweepChartBuilder.curve(source) else { return [] }
            return [try both("\(name)-curve") {
                try SweepCurveChart.write(curve, confidence: level, to: directory, baseName: "\(name)-curve", format: $0)
            }]
        case .concurrency:
            guard let tradeoff = SweepChartBuilder.concurrency(source) else { return [] }
            return [try both("\(name)-concurrency") {
                try ConcurrencyChart.write(tradeoff, confidence: level, to: directory, baseName: "\(name)-concurrency", format: $0)
            }]
        case .heatmap:
            guard let map = SweepChartBuilder.heatmap(source) else { return [] }
            return [try both("\(name)-heatmap", textPreview: HeatmapChart.textTable(map)) {
                try HeatmapChart.write(map, to: directory, baseName: "\(name)-heatmap", format: $0)
            }]
        case .channelMix:
            guard let mix = MixChartBuilder.channelMix(source) else { return [] }
            return [try both("\(name)-channel-mix") {
                try ChannelMixChart.write(mix, to: directory, baseName: "\(name)-channel-mix", format: $0)
            }]
        case .waitSurvival:
            guard let curves = MixChartBuilder.waitSurvival(source) else { return [] }
            return [try both("\(name)-wait-survival") {
                try WaitSurvivalChart.write(curves, confidence: level, to: directory, baseName: "\(name)-wait-survival", format: $0)
            }]
        case .surge:
            guard let horizon = models["plan"]?.horizon ?? models.values.first?.horizon,
                  let series = StressChartBuilder.surge(source, horizon: horizon) else { return [] }
            return [try both("stress-\(source.slug)-surge") {
                try SurgeChart.write(series, to: directory, baseName: "stress-\(source.slug)-surge", format: $0)
            }]
        case .soak:
            guard let series = StressChartBuilder.soak(source) else { return [] }
            return [try both("stress-\(source.slug)-soak") {
                try SoakChart.write(series, confidence: level, to: directory, baseName: "stress-\(source.slug)-soak", format: $0)
            }]
        case .staffing:
            guard let data = StaffChartBuilder.data(source) else { return [] }
            return [try both(name) {
                try StaffingChart.write(data, confidence: level, to: directory, baseName: name, format: $0)
            }]
        case .loadCurve:
            return []
        }
    }

    /// Writes a chart as PNG, then SVG.
    func both(_ baseName: String, textPreview: String? = nil, _ write: (ImageFormat) throws -> ChartFiles) throws -> DrawnChart {
        var images: [String] = []
        for format in [ImageFormat.png, .svg] { images.append(try write(format).image) }
        return DrawnChart(baseName: baseName, images: images, textPreview: textPreview)
    }
}

/// What the comparison charts show, from a compare experiment's rows.
enum CompareChartBuilder {
    /// More panels than this stop being readable at a glance.
    static let maxFigures = 9

    /// The targets' figures, then the headline figures with a verdict, in report order.
    static func figures(_ s: ChartSource) -> [MetricKey] {
        var seen = Set<MetricKey>(), keys: [MetricKey] = []
        let judged = s.comparisons.filter { $0.verdict != .none && $0.verdict != .undefined }.map { MetricKey(scope: $0.channel, metric: $0.metric) }
        for k in s.targets.map(\.key) + judged where seen.insert(k).inserted { keys.append(k) }
        return Array(keys.prefix(maxFigures))
    }

    static func unit(_ u: MetricUnit) -> ChartUnit {
        switch u {
        case .probability: return .probability
        case .seconds: return .seconds
        case .count: return .count
        case .money: return .money
        default: return .plain
        }
    }

    static func bars(_ s: ChartSource) -> [StrategyMetricBars] {
        figures(s).compactMap { key in
            let bars = s.variants.compactMap { v -> StrategyMetricBars.Bar? in
                guard let row = v.figure(key), let mean = row.mean else { return nil }
                return .init(variant: v.name, mean: mean, low: row.low, high: row.high, isBaseline: v.name == s.baseline)
            }
            guard !bars.isEmpty else { return nil }
            let target = s.targets.first { $0.key == key }
            return StrategyMetricBars(metric: key.description, unit: unit(key.info.unit), target: target?.bound, bars: bars)
        }
    }

    static func differences(_ s: ChartSource) -> [PairedDifferenceRow] {
        let wanted = Set(figures(s))
        return s.comparisons.compactMap { c in
            let key = MetricKey(scope: c.channel, metric: c.metric)
            guard wanted.contains(key), let d = c.difference, d.isFinite else { return nil }
            let verdict: DifferenceVerdict
            switch c.verdict {
            case .better: verdict = .better
            case .worse: verdict = .worse
            case .noSignificantDifference: verdict = .noDifference
            default: verdict = .undetermined
            }
            return PairedDifferenceRow(variant: c.variant, metric: key.description, unit: unit(key.info.unit), mean: d,
                                       low: c.low, high: c.high, verdict: verdict)
        }
    }
}
