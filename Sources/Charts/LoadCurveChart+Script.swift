import Foundation

/// The gnuplot script of the load chart.
///
/// Layout: a grid of panels (one per target) sharing the x axis, the arrival multiplier.
/// Each panel shows its figure in its own display unit (percent, s, min), so targets of
/// different kinds sit side by side. The breaking point and its interval are drawn in every
/// panel at the same x, so a planner sees which figure crosses its bound there; the plan's
/// own load (×1) is a dotted line for reference. The legend is written once, under the
/// heading, rather than repeated in small panels where it would cover the curves.
extension LoadCurveChart {
    static let curveColour = "0x4e79a7"
    static let breakColour = "0xcb181d"

    /// Rows and columns of the panel grid: a single row up to three panels, then two or three rows.
    static func grid(_ n: Int) -> (rows: Int, columns: Int) {
        n <= 3 ? (1, max(n, 1)) : n == 4 ? (2, 2) : n <= 6 ? (2, 3) : (3, 3)
    }

    /// The .gp text: a self-contained script that reads `baseName.dat` and writes
    /// `baseName.png|svg`, both relative to the directory gnuplot is started in.
    public static func script(_ curve: LoadCurve, confidence: Double, baseName: String, format: ImageFormat) -> String {
        let (rows, cols) = grid(curve.panels.count)
        let xs = curve.panels.flatMap { $0.points.map(\.x) } + [curve.breakingPoint?.low, curve.breakingPoint?.high].compactMap { $0 }
        let finite = xs.filter(\.isFinite)
        let low = finite.min() ?? 0, high = finite.max() ?? 2
        let pad = high > low ? (high - low) * 0.04 : 0.1
        let level = DataFormat.confidencePercent(confidence)
        let heading = (curve.title.isEmpty ? "" : "\(curve.title): ") + "targets against the load (every arrival rate × m)"
        var legend = "line: mean with \(level) CI band · dashed: target bound · dotted: the plan's load (m = 1)"
        if let b = curve.breakingPoint {
            let ci = b.low.flatMap { l in b.high.map { " (\(level) CI \(String(format: "%.2f", l))–\(String(format: "%.2f", $0)))" } } ?? ""
            legend += "\nred: breaking point m = \(String(format: "%.2f", b.mean))\(ci)"
        }
        var lines = [
            "# Load chart: each target's figure against the arrival multiplier m (written by channelsim).",
            "# Re-draw by hand from this directory:  gnuplot \(baseName).gp",
            "# \(baseName).dat holds one block per target (plot ... index N), columns: "
                + columns.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ") + ".",
            "# Values are raw (shares 0..1, durations in seconds) and scaled here for display; NaN marks an undefined value.",
            "",
            format.preamble(width: cols == 1 ? 800 : 1200, height: 150 + rows * 340, baseName: baseName),
            "",
            "set multiplot layout \(rows),\(cols) title " + DataFormat.doubleQuoted("\(heading)\n\(legend)") + " font ',13'",
            GnuplotStyle.axes(),
            "set title font ',12'",
            "set xlabel 'arrival rates × m'",
            "set xrange [\(DataFormat.number(low - pad)):\(DataFormat.number(high + pad))]",
            "unset key",
        ]
        if 1 >= low - pad && 1 <= high + pad {
            lines.append("set arrow 2 from first 1, graph 0 to first 1, graph 1 nohead lw 1.5 dt 3 lc rgb '#606060' back")
        }
        if let b = curve.breakingPoint, b.mean.isFinite {
            if let l = b.low, let h = b.high, l.isFinite, h.isFinite {
                lines.append("set object 1 rect from first \(DataFormat.number(l)), graph 0 to first \(DataFormat.number(h)), graph 1 "
                             + "behind fc rgb \(breakColour) fs transparent solid 0.15 noborder")
            }
            lines.append("set arrow 1 from first \(DataFormat.number(b.mean)), graph 0 to first \(DataFormat.number(b.mean)), graph 1 "
                         + "nohead lw 2 lc rgb \(breakColour) front")
        }
        for (block, p) in curve.panels.enumerated() {
            lines += [""] + panel(p, block: block)
        }
        lines += ["", "unset multiplot", "unset output"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The commands of one panel: band, mean line, and the bound dashed with its value beside it.
    static func panel(_ p: LoadCurve.Panel, block: Int) -> [String] {
        let values = p.points.flatMap { [$0.mean, $0.high ?? .nan] } + [p.bound ?? .nan]
        let scale = p.unit.scale(largest: values.filter(\.isFinite).map(abs).max() ?? 0)
        let f = DataFormat.number(scale.factor)
        var lines = [
            "# Panel \(block): \(DataFormat.oneLine(p.title)).",
            "set title \(DataFormat.quoted(p.title))",
            "set format y \(DataFormat.quoted(scale.ticFormat))",
            "set ylabel \(DataFormat.quoted(scale.suffix == "%" ? "" : scale.axisName))",
            // Durations and counts are measured from 0; a share keeps its own range, so a
            // service level between 70% and 95% is not squashed against the top.
            p.unit == .probability ? "set yrange [*:*]" : "set yrange [0:*]",
        ]
        var plots = [
            "data index \(block) using 1:($3*\(f)):($4*\(f)) with filledcurves lc rgb \(curveColour) fs transparent solid 0.25",
            "'' index \(block) using 1:($2*\(f)) with linespoints lw 2.5 pt 7 ps 0.8 lc rgb \(curveColour)",
        ]
        if let b = p.bound, b.isFinite {
            let shown = DataFormat.number(b * scale.factor)
            lines.append("set label 1 \(DataFormat.quoted("target \(scale.valueLabel(b))\(scale.suffix == "%" ? "" : scale.suffix)")) "
                         + "at graph 0.02, first \(shown) left offset 0,0.7 tc rgb '#303030' font ',10'")
            plots.append("\(shown) with lines dt 2 lw 2 lc rgb '#303030'")
        }
        lines.append("plot " + plots.joined(separator: ", \\\n     "))
        lines.append("unset label 1")
        return lines
    }
}
