import Foundation

/// The fitted-against-empirical QQ chart of `fit`: each candidate distribution's quantiles
/// against the data's, with the diagonal a perfect fit would follow.
public enum QuantileChart {
    /// One QQ chart: the quantile probabilities, the data's quantiles and each family's.
    public struct Data: Sendable, Equatable {
        public var title: String
        public var families: [String]
        /// Rows: (p, empirical quantile, one fitted quantile per family), in seconds.
        public var rows: [(p: Double, empirical: Double, fitted: [Double])]
        public init(title: String, families: [String], rows: [(p: Double, empirical: Double, fitted: [Double])]) {
            self.title = title; self.families = families; self.rows = rows
        }
        public static func == (a: Data, b: Data) -> Bool {
            a.title == b.title && a.families == b.families && a.rows.count == b.rows.count
                && zip(a.rows, b.rows).allSatisfy { $0.p == $1.p && $0.empirical == $1.empirical && $0.fitted == $1.fitted }
        }
    }

    static let colours = ["0x4e79a7", "0xe15759", "0x59a14f", "0xf28e2b"]

    /// The .dat text: p, empirical and one column per family, in seconds.
    public static func data(_ d: Data) -> String {
        DataFormat.table(header: ["p", "empirical"] + d.families,
                         rows: d.rows.map { r in [DataFormat.number(r.p), DataFormat.number(r.empirical)] + r.fitted.map { DataFormat.number($0) } })
    }

    /// The .gp text: minutes on both axes, the diagonal dashed, one point set per family.
    public static func script(_ d: Data, baseName: String, format: ImageFormat) -> String {
        let largest = d.rows.flatMap { [$0.empirical] + $0.fitted }.filter(\.isFinite).max() ?? 60
        let top = DataFormat.number(largest / 60 * 1.05)
        var lines = [
            "# QQ chart: fitted against empirical quantiles (written by channelsim fit).",
            "# Re-draw by hand from this directory:  gnuplot \(baseName).gp",
            "# \(baseName).dat columns: p, empirical quantile, then each family's quantile, all in seconds.",
            "",
            format.preamble(width: 800, height: 700, baseName: baseName),
            "set title \(DataFormat.doubleQuoted("\(d.title)\nquantiles at p = 0.005 … 0.995; on the dashed line the fit equals the data")) font ',12'",
            GnuplotStyle.axes(),
            "set xlabel 'empirical quantile (min)'",
            "set ylabel 'fitted quantile (min)'",
            "set xrange [0:\(top)]",
            "set yrange [0:\(top)]",
            "set key top left",
        ]
        var plots = ["x with lines dt 2 lw 1.5 lc rgb '#606060' title 'equal'"]
        for (i, f) in d.families.enumerated() {
            plots.append((i == 0 ? "data" : "''") + " using ($2/60):($\(i + 3)/60) with points pt 7 ps 0.6 lc rgb "
                         + "\(colours[i % colours.count]) title \(DataFormat.quoted(f))")
        }
        lines.append("plot " + plots.joined(separator: ", \\\n     "))
        lines.append("unset output")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes NAME.dat and NAME.gp into `directory` and runs gnuplot there.
    @discardableResult
    public static func write(_ d: Data, to directory: String, baseName: String, format: ImageFormat) throws -> ChartFiles {
        guard !d.rows.isEmpty, !d.families.isEmpty, d.rows.allSatisfy({ $0.fitted.count == d.families.count }) else {
            throw ChartError.io("QQ chart '\(baseName)': needs rows with one fitted quantile per family")
        }
        return try ChartWriter.write(data: data(d), script: script(d, baseName: baseName, format: format),
                                     to: directory, baseName: baseName, format: format)
    }
}
