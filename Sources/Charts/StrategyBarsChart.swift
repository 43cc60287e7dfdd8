import Foundation

/// The strategy comparison as bars: one panel per headline metric, one bar per strategy
/// with its confidence interval as a whisker, the baseline in grey, targets dashed.
public enum StrategyBarsChart {
    /// Column names of the .dat file, in order. `panel` numbers the metrics from 1,
    /// `slot` is the bar's x position in its panel from 0, `strategy` numbers the strategies
    /// from 1 across the chart (it picks the bar's colour), `label_y` is where the value
    /// label sits (raw units, just above the whisker).
    public static let columns = [
        "panel", "slot", "strategy", "metric", "variant", "baseline",
        "mean", "low", "high", "label_y", "label",
    ]

    /// The .dat text: one line per metric and strategy, columns as in `columns`, in raw
    /// units (probabilities 0...1, seconds); undefined values are `NaN`.
    public static func data(metrics: [StrategyMetricBars]) -> String {
        let numbers = strategyNumbers(metrics)
        var rows: [[String]] = []
        for (panel, metric) in metrics.enumerated() {
            let range = valueRange(metric)
            let scale = metric.unit.scale(largest: range.largest)
            for (slot, bar) in metric.bars.enumerated() {
                rows.append([
                    String(panel + 1), String(slot), String(numbers[bar.variant] ?? 1),
                    DataFormat.label(metric.metric), DataFormat.label(bar.variant),
                    bar.isBaseline ? "1" : "0",
                    // Without a mean there is no bar, so no whisker either.
                    DataFormat.number(bar.mean), DataFormat.number(bar.mean.isFinite ? bar.low : nil),
                    DataFormat.number(bar.mean.isFinite ? bar.high : nil),
                    DataFormat.number(labelY(bar, range: range)),
                    DataFormat.label(scale.valueLabel(bar.mean)),
                ])
            }
        }
        return DataFormat.table(header: columns, rows: rows)
    }

    /// Writes NAME.dat and NAME.gp into `directory` (created if missing) and runs gnuplot
    /// there to make NAME.png or NAME.svg.
    ///
    /// - Parameters:
    ///   - title: heading, e.g. the scenario name.
    ///   - confidence: the confidence level of the intervals, 0 < level < 1; the legend
    ///     states it ("90% CI").
    ///   - metrics: one panel each, in this order; each needs at least one bar.
    /// - Returns: the full paths of the three files.
    /// - Throws: `ChartError.io` for empty input or a bad confidence level (before writing
    ///   anything); `ChartError.gnuplotMissing` after writing the .dat and .gp files, so the
    ///   image can be drawn later by hand; `ChartError.gnuplotFailed`.
    @discardableResult
    public static func write(title: String, confidence: Double, metrics: [StrategyMetricBars],
                             to directory: String, baseName: String,
                             format: ImageFormat) throws -> ChartFiles {
        try ChartWriter.checkConfidence(confidence, chart: "strategy bars chart '\(baseName)'")
        guard !metrics.isEmpty, metrics.allSatisfy({ !$0.bars.isEmpty }) else {
            throw ChartError.io("strategy bars chart '\(baseName)': every metric needs at least one bar")
        }
        return try ChartWriter.write(
            data: data(metrics: metrics),
            script: script(title: title, confidence: confidence, metrics: metrics,
                           baseName: baseName, format: format),
            to: directory, baseName: baseName, format: format)
    }

    /// Strategy numbers from 1, in order of first appearance, so a strategy keeps its
    /// colour in every panel even if a panel lacks some strategies.
    static func strategyNumbers(_ metrics: [StrategyMetricBars]) -> [String: Int] {
        var numbers: [String: Int] = [:]
        for bar in metrics.flatMap(\.bars) where numbers[bar.variant] == nil {
            numbers[bar.variant] = numbers.count + 1
        }
        return numbers
    }

    /// The finite values a panel must show, raw: bars start at zero, whiskers and the
    /// target must fit.
    struct ValueRange {
        var low: Double
        var high: Double
        var span: Double { high - low > 0 ? high - low : max(abs(high), 1) }
        var largest: Double { max(abs(low), abs(high)) }
    }

    static func valueRange(_ metric: StrategyMetricBars) -> ValueRange {
        let values = metric.bars.flatMap { [$0.mean, $0.low, $0.high] }.compactMap { $0 }
            + [metric.target].compactMap { $0 }
        let finite = values.filter(\.isFinite)
        return ValueRange(low: min(0, finite.min() ?? 0), high: max(0, finite.max() ?? 0))
    }

    /// The y range of a panel in raw units: the values with room above (or below, for
    /// negative bars) for the value labels, which sit outside the whiskers.
    static func axisRange(_ range: ValueRange) -> (low: Double, high: Double) {
        let room = range.span * 0.14
        let high = range.high > 0 || range.low == 0 ? range.high + room : range.high
        let low = range.low < 0 ? range.low - room : range.low
        return (low, high)
    }

    /// Where a bar's value label sits: just beyond the whisker's end (or the bar's, without
    /// a whisker) on the side away from zero; at zero for an undefined mean ("n/a").
    static func labelY(_ bar: StrategyMetricBars.Bar, range: ValueRange) -> Double {
        let gap = range.span * 0.05
        guard bar.mean.isFinite else { return gap }
        if bar.mean < 0 {
            let bottom = [bar.mean, bar.low].compactMap { $0 }.filter(\.isFinite).min() ?? bar.mean
            return bottom - gap
        }
        let top = [bar.mean, bar.high].compactMap { $0 }.filter(\.isFinite).max() ?? bar.mean
        return top + gap
    }
}
