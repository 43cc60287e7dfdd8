import Foundation

/// The gnuplot script of the sweep curve.
///
/// Layout: two panels side by side, service level and abandonment, sharing the x axis (the
/// parameter) and one colour per channel. Shares are shown in percent; the service level
/// axis ends at 100% and starts at the ten below the lowest value or target, so a curve
/// that flattens near the top is not squashed into a sliver; abandonment starts at 0. The
/// key sits under each panel, away from the curves.
extension SweepCurveChart {
    /// Channel colours (Tableau 10, as the strategy bars use), repeating after eight.
    static let palette = ["0x4e79a7", "0xf28e2b", "0x59a14f", "0xb07aa1",
                          "0x76b7b2", "0xedc948", "0xff9da7", "0x9c755f"]

    /// Labelled x tics are drawn at every point up to this many; beyond, gnuplot's own.
    static let maxLabels = 16

    /// The .gp text: a self-contained script that reads `baseName.dat` and writes
    /// `baseName.png|svg`, both relative to the directory gnuplot is started in.
    public static func script(_ curve: SweepCurve, confidence: Double, baseName: String, format: ImageFormat) -> String {
        var channels: [String] = []
        for s in curve.series where !channels.contains(s.channel) { channels.append(s.channel) }
        let xs = curve.series.flatMap { $0.points.map(\.x) }.filter(\.isFinite)
        let low = xs.min() ?? 0, high = xs.max() ?? 1
        let pad = high > low ? (high - low) * 0.04 : 0.5
        let heading = (curve.title.isEmpty ? "" : "\(curve.title): ") + "sweep over \(curve.parameter)"
        let legend = "mean with \(DataFormat.confidencePercent(confidence)) CI band · dashed: target"
        var lines = [
            "# Sweep curve: service level and abandonment against \(DataFormat.oneLine(curve.parameter)) (written by channelsim).",
            "# Re-draw by hand from this directory:  gnuplot \(baseName).gp",
            "# \(baseName).dat holds one block per series (plot ... index N), columns: "
                + columns.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ") + ".",
            "# Values are raw shares 0..1, shown in percent; NaN marks an undefined value.",
            "",
            format.preamble(width: 1200, height: 560, baseName: baseName),
            "",
            "set multiplot layout 1,2 title " + DataFormat.doubleQuoted("\(heading)\n\(legend)") + " font ',13'",
            GnuplotStyle.axes(),
            "set lmargin 9",
            "set rmargin 3",
            "set tmargin 4",
            "set bmargin 7",
            "set xlabel \(DataFormat.quoted(curve.parameter))",
            "set xrange [\(DataFormat.number(low - pad)):\(DataFormat.number(high + pad))]",
            "set format y '%g%%'",
            "set title font ',12'",
            "set key outside below center horizontal Left reverse samplen 2.5 width 2 font ',10'",
        ]
        if !curve.labels.isEmpty && curve.labels.count <= maxLabels {
            let tics = zip(curve.labels, curve.positions)
                .map { "\(DataFormat.ticLabel($0)) \(DataFormat.number($1))" }.joined(separator: ", ")
            lines.append("set xtics (\(tics))")
        }
        for panel in SweepCurve.Panel.allCases {
            lines += [""] + self.panel(panel, curve: curve, channels: channels)
        }
        lines += ["", "unset multiplot", "unset output"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The commands of one panel: a band, a line and a target per series in it.
    static func panel(_ panel: SweepCurve.Panel, curve: SweepCurve, channels: [String]) -> [String] {
        let series = curve.series.enumerated().filter { $0.element.panel == panel }
        var lines = [
            "# Panel: \(panel.rawValue).",
            "set title \(DataFormat.quoted(panel.rawValue))",
            panel == .serviceLevel ? "set yrange [\(DataFormat.number(serviceLevelFloor(curve))):100]" : "set yrange [0:*]",
        ]
        guard !series.isEmpty else {
            // Keeps the layout: an empty panel says why rather than shifting the other.
            return lines + ["set label 1 'no channel reports it' at graph 0.5, graph 0.5 center",
                            "plot NaN notitle", "unset label 1"]
        }
        var plots: [String] = []
        for (block, s) in series {
            let colour = palette[(channels.firstIndex(of: s.channel) ?? 0) % palette.count]
            let name = DataFormat.quoted(s.channel)
            plots.append("data index \(block) using 1:($3*100):($4*100) with filledcurves lc rgb \(colour) fs transparent solid 0.2 notitle")
            plots.append("'' index \(block) using 1:($2*100) with linespoints lw 2.5 pt 7 ps 0.9 lc rgb \(colour) title \(name)")
            if let t = s.target, t.isFinite {
                let label = DataFormat.quoted("\(s.channel) target \(DataFormat.number(t * 100))%")
                plots.append("\(DataFormat.number(t * 100)) with lines dt 2 lw 2 lc rgb \(colour) title \(label)")
            }
        }
        lines.append("plot " + plots.joined(separator: ", \\\n     "))
        return lines
    }

    /// The bottom of the service level axis, in percent: a multiple of 10 at least 5 below
    /// the lowest mean, limit or target drawn, and never below 0.
    static func serviceLevelFloor(_ curve: SweepCurve) -> Double {
        let values = curve.series.filter { $0.panel == .serviceLevel }.flatMap { s in
            s.points.flatMap { [$0.mean, $0.low ?? .nan] } + [s.target ?? .nan]
        }.filter(\.isFinite)
        guard let lowest = values.min() else { return 0 }
        return max(0, ((lowest * 100 - 5) / 10).rounded(.down) * 10)
    }
}
