import Foundation

/// The staffing curve of a one-parameter sweep: service level and abandonment against the
/// parameter, each channel a line with its confidence band, targets dashed.
public enum SweepCurveChart {
    /// Column names of each data block of the .dat file, in order.
    public static let columns = ["x", "mean", "low", "high"]

    /// The .dat text: one block per series (gnuplot's `index`, blocks separated by two blank
    /// lines), each headed by a comment naming its channel and panel; raw values, NaN where undefined.
    public static func data(_ curve: SweepCurve) -> String {
        curve.series.enumerated().map { i, s in
            let rows = s.points.map { p in
                DataFormat.bandRow(x: p.x, mean: p.mean, low: p.low, high: p.high)
            }
            return "# block \(i): \(DataFormat.oneLine(s.channel)) \(s.panel.rawValue)\n" + DataFormat.table(header: columns, rows: rows)
        }.joined(separator: "\n\n")
    }

    /// Writes NAME.dat and NAME.gp into `directory` (created if missing) and runs gnuplot
    /// there to make NAME.png or NAME.svg.
    ///
    /// - Throws: `ChartError.io` for a curve without series or points, or a bad confidence
    ///   level (before writing anything); `ChartError.gnuplotMissing` after writing the
    ///   .dat and .gp files; `ChartError.gnuplotFailed`.
    @discardableResult
    public static func write(_ curve: SweepCurve, confidence: Double, to directory: String, baseName: String,
                             format: ImageFormat) throws -> ChartFiles {
        try ChartWriter.checkConfidence(confidence, chart: "sweep curve '\(baseName)'")
        guard !curve.series.isEmpty, curve.series.allSatisfy({ !$0.points.isEmpty }) else {
            throw ChartError.io("sweep curve '\(baseName)': every series needs at least one point")
        }
        return try ChartWriter.write(data: data(curve),
                                     script: script(curve, confidence: confidence, baseName: baseName, format: format),
                                     to: directory, baseName: baseName, format: format)
    }
}
