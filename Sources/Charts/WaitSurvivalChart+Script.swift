import Foundation

/// The gnuplot script of the wait-distribution chart.
///
/// Layout: one panel per channel (a row up to three, then a grid), P(wait > t) in percent
/// from 0 to 100 against t. Each panel's t axis ends at the first threshold where every
/// line has fallen below half a percent (so a chat panel reads in seconds and a form panel
/// in hours, each in its own unit); a variant keeps its colour in every panel.
extension WaitSurvivalChart {
    /// The .gp text: a self-contained script that reads `baseName.dat` and writes the image.
    public static func script(_ curves: WaitSurvivalCurves, confidence: Double, baseName: String,
                              format: ImageFormat) -> String {
        let (rows, cols) = LoadCurveChart.grid(curves.panels.count)
        var variants: [String] = []
        for p in curves.panels { for l in p.lines where !variants.contains(l.variant) { variants.append(l.variant) } }
        let heading = (curves.title.isEmpty ? "" : "\(curves.title): ")
            + "wait distribution: share of contacts answered live that waited longer than t"
        let legend = "mean with \(DataFormat.confidencePercent(confidence)) CI band"
            + (curves.panels.contains { !$0.markers.isEmpty } ? " · red cross: target" : "")
        var lines = [
            "# Wait survival: P(wait > t) of contacts answered live, per channel (written by channelsim).",
            "# Re-draw by hand from this directory:  gnuplot \(baseName).gp",
            "# \(baseName).dat holds one block per channel and variant (plot ... index N), columns: "
                + columns.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ") + ".",
            "# Values are raw shares 0..1 at thresholds in seconds, scaled here for display; NaN marks an undefined value.",
            "",
            format.preamble(width: cols == 1 ? 900 : 1300, height: 170 + rows * 380, baseName: baseName),
            "",
            "set multiplot layout \(rows),\(cols) title " + DataFormat.doubleQuoted("\(heading)\n\(legend)") + " font ',13'",
            GnuplotStyle.axes(),
            "set title font ',12'",
            "set yrange [0:100]",
            "set format y '%g%%'",
            "set ylabel 'waited longer than t'",
            "set key top right samplen 2 font ',10'",
        ]
        var block = 0
        for p in curves.panels {
            lines += [""] + panel(p, firstBlock: block, variants: variants)
            block += p.lines.count
        }
        lines += ["", "unset multiplot", "unset output"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The end of a panel's t axis, in seconds: the first threshold at which every line's
    /// mean (and upper limit) is below 0.5 %, at least one minute; the last threshold if none.
    public static func axisEnd(_ p: WaitSurvivalCurves.Panel) -> Double {
        let ts = Array(Set(p.lines.flatMap { $0.points.map(\.x) })).filter(\.isFinite).sorted()
        for t in ts where t >= 60 {
            let tail = p.lines.allSatisfy { l in
                l.points.filter { $0.x >= t }.allSatisfy { !($0.mean >= 0.005) && !(($0.high ?? 0) >= 0.005) }
            }
            if tail { return t }
        }
        return max(ts.last ?? 60, 60)
    }

    static func panel(_ p: WaitSurvivalCurves.Panel, firstBlock: Int, variants: [String]) -> [String] {
        let end = axisEnd(p)
        let scale = ChartUnit.seconds.scale(largest: end)
        let f = DataFormat.number(scale.factor)
        var lines = [
            "# Panel: \(DataFormat.oneLine(p.channel)).",
            "set title \(DataFormat.quoted(p.channel))",
            "set xlabel \(DataFormat.quoted("wait t (\(scale.axisName))"))",
            "set xrange [0:\(DataFormat.number(end * scale.factor))]",
        ]
        var plots: [String] = []
        for (k, l) in p.lines.enumerated() {
            let colour = SweepCurveChart.palette[(variants.firstIndex(of: l.variant) ?? 0) % SweepCurveChart.palette.count]
            let b = firstBlock + k
            plots.append("data index \(b) using ($1*\(f)):($3*100):($4*100) with filledcurves lc rgb \(colour) fs transparent solid 0.15 notitle")
            plots.append("'' index \(b) using ($1*\(f)):($2*100) with linespoints lw 2.5 pt 7 ps 0.7 lc rgb \(colour) "
                         + (p.lines.count > 1 || variants.count > 1 ? "title \(DataFormat.quoted(l.variant))" : "notitle"))
        }
        for m in p.markers where m.seconds.isFinite && m.bound.isFinite {
            plots.append("'+' using (\(DataFormat.number(m.seconds * scale.factor))):(\(DataFormat.number(m.bound * 100))) every ::0::0 "
                         + "with points pt 2 ps 2.5 lw 3 lc rgb '#cb181d' title \(DataFormat.quoted(m.text))")
        }
        lines.append("plot " + plots.joined(separator: ", \\\n     "))
        return lines
    }
}
