import Foundation

/// The surge chart of `stress --surge`: each channel's mean queue and the age of its oldest
/// waiting contact per interval, without and with the surges, the surge windows shaded.
public enum SurgeChart {
    /// Column names of each data block of the .dat file, in order.
    public static let columns = ["interval", "queue_plan", "queue_surge", "oldest_plan", "oldest_surge"]

    /// The .dat text: one block per channel (gnuplot's `index`), headed by a comment naming
    /// it; the interval index, then raw values (ages in seconds), NaN where undefined.
    public static func data(_ s: SurgeSeries) -> String {
        s.channels.enumerated().map { k, c in
            let rows = s.intervalLabels.indices.map { i in
                [String(i)] + [c.queuePlan, c.queueSurge, c.oldestPlan, c.oldestSurge].map { DataFormat.number($0.indices.contains(i) ? $0[i] : nil) }
            }
            return "# block \(k): channel \(DataFormat.oneLine(c.channel))\n" + DataFormat.table(header: columns, rows: rows)
        }.joined(separator: "\n\n")
    }

    /// Writes NAME.dat and NAME.gp into `directory` (created if missing) and runs gnuplot
    /// there to make NAME.png or NAME.svg.
    ///
    /// - Throws: `ChartError.io` for no intervals or no channels (before writing anything);
    ///   `ChartError.gnuplotMissing` after writing the .dat and .gp files; `ChartError.gnuplotFailed`.
    @discardableResult
    public static func write(_ s: SurgeSeries, to directory: String, baseName: String, format: ImageFormat) throws -> ChartFiles {
        guard !s.intervalLabels.isEmpty, !s.channels.isEmpty else {
            throw ChartError.io("surge chart '\(baseName)': needs at least one interval and one channel")
        }
        return try ChartWriter.write(data: data(s), script: script(s, baseName: baseName, format: format),
                                     to: directory, baseName: baseName, format: format)
    }
}
