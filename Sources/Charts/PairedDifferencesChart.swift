import Foundation

/// The strategy comparison as paired differences: for each strategy and metric, the mean
/// difference against the baseline with its confidence interval, around a zero line, coloured
/// by verdict.
public enum PairedDifferencesChart {
    /// Column names of the .dat file, in order. `panel` numbers the metrics from 1, `row` is
    /// the row's y position in its panel (the first strategy on top), `verdict_no` is the
    /// verdict's position in `DifferenceVerdict.allCases` from 1 (it picks colour and marker).
    public static let columns = [
        "panel", "row", "metric", "variant", "mean", "low", "high", "verdict", "verdict_no",
    ]

    /// The .dat text: one line per row, grouped by metric, columns as in `columns`, in raw
    /// units (probabilities 0...1, seconds); undefined values are `NaN`.
    public static func data(rows: [PairedDifferenceRow]) -> String {
        var lines: [[String]] = []
        for (index, panel) in panels(rows).enumerated() {
            for (position, row) in panel.enumerated() {
                lines.append([
                    String(index + 1), String(panel.count - 1 - position),
                    DataFormat.label(row.metric), DataFormat.label(row.variant),
                    // Without a mean there is no point, so no interval around it either.
                    DataFormat.number(row.mean), DataFormat.number(row.mean.isFinite ? row.low : nil),
                    DataFormat.number(row.mean.isFinite ? row.high : nil), row.verdict.rawValue,
                    String(verdictNumber(row.verdict)),
                ])
            }
        }
        return DataFormat.table(header: columns, rows: lines)
    }

    /// Writes NAME.dat and NAME.gp into `directory` (created if missing) and runs gnuplot
    /// there to make NAME.png or NAME.svg.
    ///
    /// - Parameters:
    ///   - title: heading, e.g. the scenario name.
    ///   - baseline: the strategy every row is compared with; the title names it.
    ///   - confidence: the confidence level of the intervals, 0 < level < 1.
    ///   - adjustment: the multiple-comparison adjustment applied to the verdicts, e.g.
    ///     "Holm" (the title then says "95% CI per comparison; verdicts Holm-adjusted");
    ///     nil if none.
    ///   - rows: one per strategy and metric; rows of one metric share a panel, in order of
    ///     first appearance.
    /// - Returns: the full paths of the three files.
    /// - Throws: `ChartError.io` for empty input or a bad confidence level (before writing
    ///   anything); `ChartError.gnuplotMissing` after writing the .dat and .gp files, so the
    ///   image can be drawn later by hand; `ChartError.gnuplotFailed`.
    @discardableResult
    public static func write(title: String, baseline: String, confidence: Double, adjustment: String?,
                             rows: [PairedDifferenceRow], to directory: String, baseName: String,
                             format: ImageFormat) throws -> ChartFiles {
        try ChartWriter.checkConfidence(confidence, chart: "paired differences chart '\(baseName)'")
        guard !rows.isEmpty else {
            throw ChartError.io("paired differences chart '\(baseName)': there are no differences to draw")
        }
        return try ChartWriter.write(
            data: data(rows: rows),
            script: script(title: title, baseline: baseline, confidence: confidence,
                           adjustment: adjustment, rows: rows, baseName: baseName, format: format),
            to: directory, baseName: baseName, format: format)
    }

    /// The rows grouped by metric, metrics in order of first appearance, rows in input order.
    static func panels(_ rows: [PairedDifferenceRow]) -> [[PairedDifferenceRow]] {
        var order: [String] = []
        var groups: [String: [PairedDifferenceRow]] = [:]
        for row in rows {
            if groups[row.metric] == nil { order.append(row.metric) }
            groups[row.metric, default: []].append(row)
        }
        return order.map { groups[$0] ?? [] }
    }

    static func verdictNumber(_ verdict: DifferenceVerdict) -> Int {
        (DifferenceVerdict.allCases.firstIndex(of: verdict) ?? 0) + 1
    }

    /// The largest finite magnitude among a panel's means and limits, raw; 0 if none.
    static func largest(_ panel: [PairedDifferenceRow]) -> Double {
        panel.flatMap { [$0.mean, $0.low, $0.high] }.compactMap { $0 }
            .filter(\.isFinite).map(abs).max() ?? 0
    }

    /// The display scale of a panel: the first row's unit, sized to the panel's values.
    static func scale(_ panel: [PairedDifferenceRow]) -> DisplayScale {
        (panel.first?.unit ?? .plain).scale(largest: largest(panel))
    }

    /// The text to the right of a row: "-4.0 pp [-5.1, -2.9]", or without the interval.
    static func valueText(_ row: PairedDifferenceRow, scale: DisplayScale) -> String {
        scale.differenceText(row.mean, low: row.low, high: row.high)
    }

    /// The label of a row, "strategy: metric", so a row reads on its own without its panel.
    /// Very long labels are shortened with "…" (the .dat file keeps the names whole).
    static func rowLabel(_ row: PairedDifferenceRow) -> String {
        DataFormat.shortened("\(row.variant): \(row.metric)", to: 64)
    }
}
