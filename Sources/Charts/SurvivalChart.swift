import Foundation

/// The patience chart of `fit`: the Kaplan–Meier survival curve of the censored waits as a
/// step line, with each fitted distribution's survival function over it.
public enum SurvivalChart {
    /// One chart: the KM steps and the fitted curves on a grid of times (seconds).
    public struct Data: Sendable, Equatable {
        public var title: String
        /// (time, S just after) at each event time, ascending.
        public var steps: [(t: Double, s: Double)]
        public var families: [String]
        /// (time, S of each family).
        public var curves: [(t: Double, s: [Double])]
        public init(title: String, steps: [(t: Double, s: Double)], families: [String], curves: [(t: Double, s: [Double])]) {
            self.title = title; self.steps = steps; self.families = families; self.curves = curves
        }
        public static func == (a: Data, b: Data) -> Bool {
            a.title == b.title && a.families == b.families && a.steps.count == b.steps.count && a.curves.count == b.curves.count
                && zip(a.steps, b.steps).allSatisfy { $0.t == $1.t && $0.s == $1.s }
                && zip(a.curves, b.curves).allSatisfy { $0.t == $1.t && $0.s == $1.s }
        }
    }

    /// The .dat text: block 0 the Kaplan–Meier steps (starting at t = 0, S = 1), block 1 the
    /// fitted curves, one column per family.
    public static func data(_ d: Data) -> String {
        let km = [[DataFormat.number(0), DataFormat.number(1)]] + d.steps.map { [DataFormat.number($0.t), DataFormat.number($0.s)] }
        return "# block 0: Kaplan-Meier\n" + DataFormat.table(header: ["t", "survival"], rows: km) + "\n\n"
            + "# block 1: fitted\n" + DataFormat.table(header: ["t"] + d.families,
                                                        rows: d.curves.map { [DataFormat.number($0.t)] + $0.s.map { DataFormat.number($0) } })
    }

    public static func script(_ d: Data, baseName: String, format: ImageFormat) -> String {
        let last = max(d.steps.last?.t ?? 60, d.curves.last?.t ?? 60)
        var lines = [
            "# Survival chart: Kaplan-Meier patience against the fitted distributions (written by channelsim fit).",
            "# Re-draw by hand from this directory:  gnuplot \(baseName).gp",
            "# \(baseName).dat: block 0 the Kaplan-Meier steps (t in seconds, survival), block 1 the fitted survival curves.",
            "",
            format.preamble(width: 900, height: 600, baseName: baseName),
            "set title \(DataFormat.doubleQuoted("\(d.title)\nP(patience > t): Kaplan-Meier from censored waits, and the maximum-likelihood fits")) font ',12'",
            GnuplotStyle.axes(),
            "set xlabel 'time in queue (min)'",
            "set ylabel 'share still waiting'",
            "set xrange [0:\(DataFormat.number(last / 60))]",
            "set yrange [*:1.02]",
            "set key top right",
        ]
        var plots = ["data index 0 using ($1/60):2 with steps lw 2.5 lc rgb '#303030' title 'Kaplan-Meier'"]
        for (i, f) in d.families.enumerated() {
            plots.append("'' index 1 using ($1/60):\(i + 2) with lines lw 2 lc rgb \(QuantileChart.colours[i % QuantileChart.colours.count]) "
                         + "title \(DataFormat.quoted(f))")
        }
        lines.append("plot " + plots.joined(separator: ", \\\n     "))
        lines.append("unset output")
        return lines.joined(separator: "\n") + "\n"
    }

    @discardableResult
    public static func write(_ d: Data, to directory: String, baseName: String, format: ImageFormat) throws -> ChartFiles {
        guard !d.steps.isEmpty, !d.curves.isEmpty, d.curves.allSatisfy({ $0.s.count == d.families.count }) else {
            throw ChartError.io("survival chart '\(baseName)': needs Kaplan-Meier steps and one curve value per family")
        }
        return try ChartWriter.write(data: data(d), script: script(d, baseName: baseName, format: format),
                                     to: directory, baseName: baseName, format: format)
    }
}
