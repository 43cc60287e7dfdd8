import Foundation

/// Each channel's backlog at every day's close over a soak test, with its interval and
/// its growth per day: the soak chart's input.
public struct SoakSeries: Sendable, Equatable {
    /// One channel's backlog per day.
    public struct Channel: Sendable, Equatable {
        public var channel: String
        /// Per day (from 1), the mean backlog and its interval's limits (nil: undefined).
        public var points: [SweepCurve.Point]
        /// The growth per day and its verdict, as the legend names them, e.g. "+12.0/day (growing)".
        public var growth: String

        public init(channel: String, points: [SweepCurve.Point], growth: String) {
            self.channel = channel
            self.points = points
            self.growth = growth
        }
    }

    /// Heading, e.g. the scenario name.
    public var title: String
    public var channels: [Channel]

    public init(title: String, channels: [Channel]) {
        self.title = title
        self.channels = channels
    }
}

/// The soak chart of `stress --soak`: each channel's backlog at the close of every day,
/// with its confidence band, so a backlog that grows from day to day shows as a rising line.
public enum SoakChart {
    /// Column names of each data block of the .dat file, in order.
    public static let columns = ["day", "backlog", "low", "high"]

    /// The .dat text: one block per channel (gnuplot's `index`), headed by a comment naming it.
    public static func data(_ s: SoakSeries) -> String {
        s.channels.enumerated().map { k, c in
            "# block \(k): channel \(DataFormat.oneLine(c.channel))\n"
                + DataFormat.table(header: columns, rows: c.points.map { DataFormat.bandRow(x: $0.x, mean: $0.mean, low: $0.low, high: $0.high) })
        }.joined(separator: "\n\n")
    }

    /// The .gp text: a self-contained script that reads `baseName.dat` and writes
    /// `baseName.png|svg`, both relative to the directory gnuplot is started in.
    public static func script(_ s: SoakSeries, confidence: Double, baseName: String, format: ImageFormat) -> String {
        let days = s.channels.map(\.points.count).max() ?? 1
        let level = DataFormat.confidencePercent(confidence)
        let heading = (s.title.isEmpty ? "" : "\(s.title): ") + "backlog at each day's close over \(days) days"
        var lines = [
            "# Soak chart: each channel's backlog (mean queue in the day's last interval) at every day's close (written by channelsim).",
            "# Re-draw by hand from this directory:  gnuplot \(baseName).gp",
            "# \(baseName).dat holds one block per channel (plot ... index N), columns: "
                + columns.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ") + ".",
            "# NaN marks an undefined value.",
            "",
            format.preamble(width: 1000, height: 560, baseName: baseName),
            "",
            "set title \(DataFormat.doubleQuoted(heading + "\nline: mean over replications with \(level) CI band · legend: growth per day")) font ',13'",
            GnuplotStyle.axes(),
            "set xlabel 'day'",
            "set ylabel 'backlog at the close (contacts)'",
            "set xrange [0.5:\(days) + 0.5]",
            "set yrange [0:*]",
            "set key top left Left reverse samplen 2.5 nobox font ',10'",
        ]
        let plots = s.channels.enumerated().flatMap { k, c -> [String] in
            let colour = SweepCurveChart.palette[k % SweepCurveChart.palette.count]
            return [
                "\(k == 0 ? "data" : "''") index \(k) using 1:3:4 with filledcurves lc rgb \(colour) fs transparent solid 0.2 notitle",
                "'' index \(k) using 1:2 with linespoints lw 2 pt 7 ps 0.6 lc rgb \(colour) "
                    + "title \(DataFormat.quoted("\(c.channel): \(c.growth)"))",
            ]
        }
        lines.append("plot " + plots.joined(separator: ", \\\n     "))
        lines.append("unset output")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes NAME.dat and NAME.gp into `directory` (created if missing) and runs gnuplot
    /// there to make NAME.png or NAME.svg.
    ///
    /// - Throws: `ChartError.io` for no channels or no days (before writing anything);
    ///   `ChartError.gnuplotMissing` after writing the .dat and .gp files; `ChartError.gnuplotFailed`.
    @discardableResult
    public static func write(_ s: SoakSeries, confidence: Double, to directory: String, baseName: String,
                             format: ImageFormat) throws -> ChartFiles {
        guard !s.channels.isEmpty, s.channels.allSatisfy({ !$0.points.isEmpty }) else {
            throw ChartError.io("soak chart '\(baseName)': needs at least one channel and one day")
        }
        try ChartWriter.checkConfidence(confidence, chart: "soak chart '\(baseName)'")
        return try ChartWriter.write(data: data(s), script: script(s, confidence: confidence, baseName: baseName, format: format),
                                     to: directory, baseName: baseName, format: format)
    }
}
