import Foundation

/// The gnuplot script of the paired differences chart.
///
/// Layout: one panel per metric, stacked, each with its own x axis in the metric's unit
/// (percentage points, seconds, money) and one row per strategy. Every panel's x range is
/// symmetric around zero, so the zero lines of all panels fall on one vertical line and a
/// point's side of it reads at a glance across the whole chart. Margins are fixed in screen
/// coordinates (computed here from the label lengths) so the panels line up exactly; the
/// value of each row is written as text to the right of its panel.
extension PairedDifferencesChart {
    /// Pixel sizes of the layout: a row, the space under a panel for its x tics, the
    /// heading with the legend, the narrowest plot area, and the width of one character at
    /// the 10-point font (an estimate on the generous side, so labels never overlap the panels).
    static let rowHeight = 28.0, panelGap = 36.0, headHeight = 96.0, footHeight = 14.0
    static let minimumPlotWidth = 520.0, characterWidth = 7.0

    /// The .gp text: a self-contained script that reads `baseName.dat` and writes
    /// `baseName.png|svg`, both relative to the directory gnuplot is started in.
    public static func script(title: String, baseline: String, confidence: Double, adjustment: String?,
                              rows: [PairedDifferenceRow], baseName: String,
                              format: ImageFormat) -> String {
        let groups = panels(rows)
        let plotHeights = groups.map { Double($0.count) * rowHeight + 8 }
        let height = (headHeight + plotHeights.reduce(0, +) + Double(groups.count) * panelGap
                      + footHeight).rounded()
        let longestLabel = rows.map { rowLabel($0).count }.max() ?? 0
        let longestValue = groups.flatMap { panel in panel.map { valueText($0, scale: scale(panel)).count } }
            .max() ?? 0
        // The image widens (from 1000 pixels) rather than squeeze the plots under long names.
        let leftWidth = Double(longestLabel) * characterWidth + 24
        let rightWidth = Double(longestValue) * characterWidth + 24
        let width = max(1000, (leftWidth + minimumPlotWidth + rightWidth).rounded(.up))
        let left = leftWidth / width, right = 1 - rightWidth / width

        // The intervals are per comparison; an adjustment (Holm's) applies to the verdicts,
        // and the title says so rather than pretend the bars are adjusted.
        var ci = DataFormat.confidencePercent(confidence) + " CI"
        if let adjustment, !adjustment.isEmpty { ci += " per comparison; verdicts \(adjustment)-adjusted" }
        let heading = (title.isEmpty ? "" : "\(title): ") + "difference vs \(baseline) (\(ci))"
        let subtitle = "mean of the paired differences strategy − \(baseline) over replications "
            + "(common random numbers), bars: CI"
        let present = Set(rows.map(\.verdict))
        let keyed = DifferenceVerdict.allCases.filter { $0 != .undetermined || present.contains($0) }
        let legend = legendLabels(keyed, left: left, width: width, y: 1 - (headHeight - 26) / height)

        var lines = [
            "# Paired differences against the baseline \(DataFormat.oneLine(baseline)), one panel per metric (written by channelsim).",
            "# Re-draw by hand from this directory:  gnuplot \(baseName).gp",
            "# Data columns in \(baseName).dat: " + columns.enumerated()
                .map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ") + ".",
            "# Values are raw (probabilities 0..1, durations in seconds); each panel's 'scale'",
            "# converts them for display. NaN marks an undefined value: no point, or no bar.",
            "# The value texts right of each row are written into this script, not read from the data.",
            "",
            format.preamble(width: Int(width), height: Int(height), baseName: baseName),
            "",
            "# Colour and marker of each verdict (column 9): "
                + DifferenceVerdict.allCases.map(\.rawValue).joined(separator: ", ") + ".",
            "array verdict_colour[\(DifferenceVerdict.allCases.count)] = ["
                + DifferenceVerdict.allCases.map { "0x" + $0.style.colour.dropFirst() }.joined(separator: ", ") + "]",
            "array verdict_point[\(DifferenceVerdict.allCases.count)] = ["
                + DifferenceVerdict.allCases.map { String($0.style.pointType) }.joined(separator: ", ") + "]",
            "# y position of a row in panel p, or NaN (not drawn) for rows of other panels.",
            "row(p) = column(1) == p ? column(2) : NaN",
            "",
            "set multiplot title " + DataFormat.doubleQuoted("\(heading)\n\(subtitle)") + " font ',12'",
            "set lmargin at screen \(DataFormat.number(left))",
            "set rmargin at screen \(DataFormat.number(right))",
            "set border 3 lw 1 lc rgb '#505050'",
            "set grid xtics ytics lw 1 lc rgb '#e4e4e4' dt 1",
            "set xtics nomirror out scale 0.6",
            "set ytics nomirror scale 0",
            // The zero line: "no difference". Drawn on top of the grid in a dark grey.
            "set yzeroaxis lt -1 lw 1.5 lc rgb '#404040'",
            "unset key",
        ]
        var top = headHeight
        for (index, panel) in groups.enumerated() {
            let bottom = top + plotHeights[index]
            lines += [""] + panelLines(panel, number: index + 1, top: 1 - top / height,
                                       bottom: 1 - bottom / height, legend: index == 0 ? legend : [])
            top = bottom + panelGap
        }
        lines += ["", "unset multiplot", "unset output"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The commands of one panel; `legend` holds the legend's `set label` lines (the first
    /// panel carries the legend for the whole chart).
    static func panelLines(_ panel: [PairedDifferenceRow], number: Int, top: Double, bottom: Double,
                           legend: [String]) -> [String] {
        let scale = scale(panel)
        let reach = largest(panel) * scale.factor
        let half = reach > 0 ? reach * 1.12 : 1
        let tics = panel.enumerated()
            .map { "\(DataFormat.ticLabel(rowLabel($0.element))) \(panel.count - 1 - $0.offset)" }
            .joined(separator: ", ")
        var lines = [
            "# Panel \(number): \(DataFormat.oneLine(panel.first?.metric ?? "")) "
                + "(\((panel.first?.unit ?? .plain).rawValue)).",
            "scale = \(DataFormat.number(scale.factor))",
            "set tmargin at screen \(DataFormat.number(top))",
            "set bmargin at screen \(DataFormat.number(bottom))",
            "set xrange [\(DataFormat.number(-half)):\(DataFormat.number(half))]",
            "set yrange [-0.6:\(DataFormat.number(Double(panel.count) - 0.4))]",
            "set xtics (\(differenceTics(half: half, scale: scale)))",
            "set ytics (\(tics))",
            "unset label",
        ] + legend
        for (position, row) in panel.enumerated() {
            lines.append("set label \(position + 1) \(DataFormat.quoted(valueText(row, scale: scale))) "
                         + "at graph 1.02, first \(panel.count - 1 - position) left font ',9'")
        }
        let p = "row(\(number))"
        let plots = [
            "data using ($6*scale):(\(p)):(($7-$6)*scale):(0):(verdict_colour[int($9)]) "
                + "with vectors heads size screen 0.006,90 lw 1.8 lc rgb variable notitle",
            "''   using ($5*scale):(\(p)):(verdict_point[int($9)]):(verdict_colour[int($9)]) "
                + "with points pt variable ps 1.4 lc rgb variable notitle",
        ]
        lines.append("plot " + plots.joined(separator: ", \\\n     "))
        return lines
    }

    /// The legend as labels with a marker, in one row from the left edge of the plots.
    ///
    /// Placed by hand rather than with gnuplot's key, which wraps into rows to fit the width
    /// of the plot area and would then grow up into the title.
    static func legendLabels(_ verdicts: [DifferenceVerdict], left: Double, width: Double,
                             y: Double) -> [String] {
        var x = left * width
        return verdicts.enumerated().map { index, verdict in
            let line = "set label \(100 + index) \(DataFormat.quoted(verdict.legend)) at screen "
                + "\(DataFormat.number(x / width)), screen \(DataFormat.number(y)) left point "
                + "pt \(verdict.style.pointType) ps 1.4 lc rgb '\(verdict.style.colour)' offset 1.5,0"
            x += Double(verdict.legend.count) * characterWidth + 48
            return line
        }
    }

    /// Explicit x tics for a symmetric range ±`half` (display units): a round step giving at
    /// most three tics each side of zero, signed labels with the unit ("-4 pp", "+4 pp"),
    /// and a plain "0" where gnuplot's own format would print "+0 pp".
    static func differenceTics(half: Double, scale: DisplayScale) -> String {
        let magnitude = pow(10, (log10(half / 3)).rounded(.down))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { half / $0 <= 3 } ?? half
        let count = Int((half / step).rounded(.down))
        return (-count...count).map { index -> String in
            let value = Double(index) * step
            let label = index == 0 ? "0" : (index > 0 ? "+" : "") + DataFormat.number(value)
                + scale.differenceSuffix
            return "\(DataFormat.ticLabel(label)) \(DataFormat.number(value))"
        }.joined(separator: ", ")
    }
}
