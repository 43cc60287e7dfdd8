import Foundation

/// The gnuplot script of the heat map.
///
/// Layout: one cell per grid point, x the second parameter and y the first, the cells filled
/// by the figure's value on a red–yellow–green scale (green where the figure is better; a
/// figure without a direction is blue), each cell's value printed in it, and the target's
/// contour as a thick black line between the cells that meet it and those that do not.
extension HeatmapChart {
    /// The .gp text: a self-contained script that reads `baseName.dat` and writes the image.
    public static func script(_ map: Heatmap, baseName: String, format: ImageFormat) -> String {
        let nx = map.xLabels.count, ny = map.yLabels.count
        let finite = map.values.flatMap { $0 }.filter(\.isFinite)
        let scale = map.unit.scale(largest: finite.map(abs).max() ?? 0)
        let f = DataFormat.number(scale.factor)
        var low = finite.min() ?? 0, high = finite.max() ?? 1
        if let b = map.bound?.value, b.isFinite { low = min(low, b); high = max(high, b) }
        if high <= low { high = low + (low == 0 ? 1 : abs(low) * 0.1) }
        let palette: String
        switch map.higherIsBetter {
        case true?: palette = "(0 '#d73027', 0.5 '#fee08b', 1 '#1a9850')"
        case false?: palette = "(0 '#1a9850', 0.5 '#fee08b', 1 '#d73027')"
        case nil: palette = "(0 '#f7fbff', 1 '#6baed6')"
        }
        func tics(_ labels: [String]) -> String {
            labels.enumerated().map { "\(DataFormat.ticLabel($1)) \($0)" }.joined(separator: ", ")
        }
        let unitName = scale.axisName.isEmpty || scale.axisName == "percent" ? "" : " (\(scale.axisName))"
        let heading = (map.title.isEmpty ? "" : "\(map.title): ") + "\(map.figure)\(unitName)\nover \(map.yName) × \(map.xName)"
        let legend = "mean over replications in each cell"
            + (map.bound.map { "\nblack line: boundary of \($0.text) (the mean meets it on one side only)" } ?? "")
        let labelSize = nx * ny > 150 ? 7 : nx * ny > 60 ? 8 : 10
        let lines = [
            "# Heat map of a two-parameter sweep (written by channelsim).",
            "# Re-draw by hand from this directory:  gnuplot \(baseName).gp",
            "# \(baseName).dat block 0: one row per cell (x, y positions from 0, mean raw, label); block 1: the target contour's segments.",
            "",
            format.preamble(width: min(1600, max(900, 260 + nx * 70)), height: min(1200, max(560, 240 + ny * 42)), baseName: baseName),
            "",
            "set title " + DataFormat.doubleQuoted("\(heading)\n\(legend)") + " font ',12'",
            "set border 15 lw 1 lc rgb '#505050'",
            "set tics out scale 0.5 nomirror",
            "set xrange [-0.5:\(DataFormat.number(Double(nx) - 0.5))]",
            "set yrange [-0.5:\(DataFormat.number(Double(ny) - 0.5))]",
            "set xtics (\(tics(map.xLabels)))" + (map.xLabels.count > 12 ? " rotate by -45 left" : ""),
            "set ytics (\(tics(map.yLabels)))",
            "set xlabel \(DataFormat.quoted(map.xName))",
            "set ylabel \(DataFormat.quoted(map.yName))",
            "set palette defined \(palette)",
            "set cbrange [\(DataFormat.number(low * scale.factor)):\(DataFormat.number(high * scale.factor))]",
            "set cblabel \(DataFormat.quoted(map.figure + unitName))",
            "set format cb '\(scale.ticFormat)'",
            "set style fill solid 1.0 noborder",
            "set key outside bottom center horizontal samplen 3",
            "plot data index 0 using 1:2:(0.5):(0.5):($3*\(f)) with boxxyerror fc palette notitle, \\",
            "     '' index 0 using 1:2:4 with labels font ',\(labelSize)' tc rgb '#202020' notitle"
                + (map.bound == nil ? "" : ", \\\n     '' index 1 using 1:2:3:4 with vectors nohead lw 4 lc rgb 'black' title "
                   + DataFormat.quoted("\(map.bound!.text) (boundary)")),
            "unset output",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
