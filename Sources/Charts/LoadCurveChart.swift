import Foundation

/// The load chart of `stress`: each target's figure against the arrival multiplier, one
/// panel per target, with its confidence band, the bound dashed and the breaking point marked.
public enum LoadCurveChart {
    /// Column names of each data block of the .dat file, in order.
    public static let columns = ["multiplier", "mean", "low", "high"]

    /// More panels than this stop being readable in one image.
    public static let maxPanels = 9

    /// The .dat text: one block per panel (gnuplot's `index`), headed by a comment naming
    /// its target; raw values (shares 0..1, seconds), NaN where undefined.
    public static func data(_ curve: LoadCurve) -> String {
        curve.panels.enumerated().map { i, p in
            let rows = p.points.map { q in
                DataFormat.bandRow(x: q.x, mean: q.mean, low: q.low, high: q.high)
            }
            return "# block \(i): \(DataFormat.oneLine(p.title))\n" + DataFormat.table(header: columns, rows: rows)
        }.joined(separator: "\n\n")
    }

    /// Writes NAME.dat and NAME.gp into `directory` (created if missing) and runs gnuplot
    /// there to make NAME.png or NAME.svg.
    ///
    /// - Throws: `ChartError.io` for no panels, too many, a panel without points or a bad
    ///   confidence level (before writing anything); `ChartError.gnuplotMissing` after
    ///   writing the .dat and .gp files; `ChartError.gnuplotFailed`.
    @discardableResult
    public static func write(_ curve: LoadCurve, confidence: Double, to directory: String, baseName: String,
                             format: ImageFormat) throws -> ChartFiles {
        try ChartWriter.checkConfidence(confidence, chart: "load chart '\(baseName)'")
        guard !curve.panels.isEmpty, curve.panels.count <= maxPanels, curve.panels.allSatisfy({ !$0.points.isEmpty }) else {
            throw ChartError.io("load chart '\(baseName)': needs 1 to \(maxPanels) panels, each with at least one point")
        }
        return try ChartWriter.write(data: data(curve),
                                     script: script(curve, confidence: confidence, baseName: baseName, format: format),
                                     to: directory, baseName: baseName, format: format)
    }
}
