import Foundation

/// The gnuplot script of the strategy bars chart.
///
/// Layout: a multiplot grid, one panel per metric, each with its own y axis in the metric's
/// unit (a shared axis would flatten a 12% abandonment rate next to a satisfaction score of
/// 62). Panels are filled row by row: 3 metrics side by side, 4 as 2 × 2, 5 to 9 in three
/// columns. Bars start at zero so their lengths compare honestly; the y ranges are
/// computed here and written as numbers, leaving room for the value labels above the
/// whiskers.
extension StrategyBarsChart {
    /// Bar colours: grey for the baseline, then one colour per other strategy (Tableau 10,
    /// distinguishable in print and by most colour-blind readers), repeating after eight.
    static let baselineColour = "0xb0b0b0"
    static let palette = ["0x4e79a7", "0xf28e2b", "0x59a14f", "0xb07aa1",
                          "0x76b7b2", "0xedc948", "0xff9da7", "0x9c755f"]

    /// The .gp text: a self-contained script that reads `baseName.dat` and writes
    /// `baseName.png|svg`, both relative to the directory gnuplot is started in.
    public static func script(title: String, confidence: Double, metrics: [StrategyMetricBars],
                              baseName: String, format: ImageFormat) -> String {
        let grid = layout(metrics)
        let numbers = strategyNumbers(metrics)
        let baselines = Set(metrics.flatMap(\.bars).filter(\.isBaseline).map(\.variant))
        var colours: [String] = []
        for variant in numbers.sorted(by: { $0.value < $1.value }).map(\.key) {
            let others = colours.filter { $0 != baselineColour }.count
            colours.append(baselines.contains(variant) ? baselineColour : palette[others % palette.count])
        }
        // The legend is one short line, so it fits above two narrow panels.
        var legend = "mean with \(DataFormat.confidencePercent(confidence)) CI"
        if let baseline = metrics.flatMap(\.bars).first(where: \.isBaseline)?.variant {
            legend += " · grey: \(baseline) (baseline)"
        }
        if metrics.contains(where: { $0.target != nil }) { legend += " · dashed: target" }
        let heading = (title.isEmpty ? "Strategies compared" : "\(title): strategies compared")

        var lines = [
            "# Strategy comparison, one panel per metric (written by channelsim).",
            "# Re-draw by hand from this directory:  gnuplot \(baseName).gp",
            "# Data columns in \(baseName).dat: " + columns.enumerated()
                .map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ") + ".",
            "# Values are raw (probabilities 0..1, durations in seconds); each panel's 'scale'",
            "# converts them for display. NaN marks an undefined value: no bar, or no whisker.",
            "",
            format.preamble(width: grid.width, height: grid.height, baseName: baseName),
            "",
            "# Colour of each strategy (column 3), grey for the baseline.",
            "array colour[\(colours.count)] = [\(colours.joined(separator: ", "))]",
            "# x position of a row in panel p, or NaN (not drawn) for rows of other panels.",
            "slot(p) = column(1) == p ? column(2) : NaN",
            "",
            "set multiplot layout \(grid.rows),\(grid.columns) title "
                + DataFormat.doubleQuoted("\(heading)\n\(legend)") + " font ',12'",
            GnuplotStyle.axes(grid: "ytics"),
            "set xtics" + (grid.rotate ? " rotate by 30 right" : " norotate"),
            // Margins fixed in character units, so every panel's plot area has the same size
            // whatever its tic labels (auto margins would shrink a panel under long names).
            "set lmargin 10",
            "set rmargin 2",
            // Room above each plot for its title, and in the first row for the two-line heading.
            "set tmargin 3.5",
            "set bmargin \(grid.bottomMargin)",
            "set xzeroaxis lt -1 lw 1 lc rgb '#505050'",
            "set style fill solid 0.9 noborder",
            "set boxwidth 0.62",
            "set style arrow 1 heads size screen 0.008,90 lw 1.5 lc rgb '#252525'",
            "set title font ',11'",
            // Value labels on an opaque box, so a target line through one does not strike it out.
            "set style textbox opaque noborder",
            "unset key",
        ]
        for (index, metric) in metrics.enumerated() {
            lines += [""] + panel(metric, number: index + 1)
        }
        lines += ["", "unset multiplot", "unset output"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The commands of one panel.
    static func panel(_ metric: StrategyMetricBars, number: Int) -> [String] {
        let range = valueRange(metric)
        let scale = metric.unit.scale(largest: range.largest)
        let axis = axisRange(range)
        let tics = metric.bars.enumerated()
            .map { "\(DataFormat.ticLabel(DataFormat.shortened($0.element.variant, to: maxNameLength))) \($0.offset)" }
            .joined(separator: ", ")
        var heading = metric.metric
        if let target = metric.target, target.isFinite {
            heading += " (target \(DataFormat.number(target * scale.factor))\(scale.suffix))"
        }
        let p = "slot(\(number))"
        var plots = [
            "data using (\(p)):($7*scale):(colour[int($3)]) with boxes lc rgb variable",
            "''   using (\(p)):($8*scale):(0):(($9-$8)*scale) with vectors arrowstyle 1",
            "''   using (\(p)):($10*scale):11 with labels boxed font ',9'",
        ]
        var lines = [
            "# Panel \(number): \(DataFormat.oneLine(metric.metric)) (\(metric.unit.rawValue)).",
            "scale = \(DataFormat.number(scale.factor))",
            "set title \(DataFormat.quoted(heading))",
            "set ylabel \(DataFormat.quoted(scale.axisName))",
            "set format y \(DataFormat.quoted(scale.ticFormat))",
            "set yrange [\(DataFormat.number(axis.low * scale.factor)):\(DataFormat.number(axis.high * scale.factor))]",
            "set xrange [-0.6:\(DataFormat.number(Double(metric.bars.count) - 0.4))]",
            "set xtics (\(tics))",
        ]
        if let target = metric.target, target.isFinite {
            lines.append("target = \(DataFormat.number(target))")
            plots.append("target*scale with lines dt 2 lw 2 lc rgb '#cb181d'")
        }
        lines.append("plot " + plots.joined(separator: ", \\\n     "))
        return lines
    }

    /// The panel grid, image size and x-label style.
    struct Layout {
        var rows: Int, columns: Int, width: Int, height: Int
        /// Strategy names rotated by 30° because they would not fit side by side.
        var rotate: Bool
        /// Space under each plot, in lines, for the (possibly rotated) strategy names.
        var bottomMargin: Int
    }

    /// Longest strategy name shown under a bar; longer ones are shortened with "…" (the
    /// .dat file keeps them whole).
    static let maxNameLength = 24

    /// Rows and columns of the panel grid and the image size in pixels: panels at least
    /// 330 × 300, wider with more strategies (about 64 pixels a bar, so the value labels
    /// over neighbouring bars do not collide), so fonts stay readable whatever the counts.
    /// Names are rotated when they would not fit under their bars, estimating 6.5 pixels
    /// per character at the 10-point font and about 90 pixels of panel margins.
    static func layout(_ metrics: [StrategyMetricBars]) -> Layout {
        let count = max(metrics.count, 1)
        let columns = count <= 3 ? count : count == 4 ? 2 : count <= 9 ? 3 : 4
        let rows = (count + columns - 1) / columns
        let strategies = max(metrics.map(\.bars.count).max() ?? 1, 1)
        let panelWidth = max(330, 110 + strategies * 64)
        let slot = Double(panelWidth - 90) / Double(strategies)
        let longest = Double(min(metrics.flatMap(\.bars).map(\.variant.count).max() ?? 0, maxNameLength))
        let rotate = longest * 6.5 > slot * 0.9
        // A name rotated by 30° drops by half its length; a line is about 13 pixels.
        let bottom = rotate ? Int((longest * 6.5 * 0.5 / 13).rounded(.up)) + 1 : 3
        return Layout(rows: rows, columns: columns, width: max(640, 20 + columns * panelWidth),
                      height: 70 + rows * (245 + bottom * 13), rotate: rotate, bottomMargin: bottom)
    }
}
