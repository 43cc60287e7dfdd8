import Foundation

/// The gnuplot script of the surge chart.
///
/// Layout: two panels stacked with margins fixed in screen coordinates, so their interval
/// axes line up: the mean queue on top, the oldest waiting contact's age below. A channel
/// keeps its colour; the plan without the surges is a wide pale line, with them a thin
/// solid one on top, so the gap between the two is the surge's effect. The surges' intervals are
/// shaded in both panels, so the recovery after their end can be read off.
extension SurgeChart {
    static let windowColour = "'#dcdcdc'"

    /// The .gp text: a self-contained script that reads `baseName.dat` and writes
    /// `baseName.png|svg`, both relative to the directory gnuplot is started in.
    public static func script(_ s: SurgeSeries, baseName: String, format: ImageFormat) -> String {
        let n = max(s.intervalLabels.count, 1)
        let step = IntradayChart.ticStep(intervals: n)
        let tics = stride(from: 0, to: s.intervalLabels.count, by: step)
            .map { "\(DataFormat.ticLabel(s.intervalLabels[$0])) \($0)" }.joined(separator: ", ")
        let oldest = s.channels.flatMap { $0.oldestPlan + $0.oldestSurge }.filter(\.isFinite).max() ?? 0
        let scale = ChartUnit.seconds.scale(largest: oldest)
        let heading = (s.title.isEmpty ? "" : "\(s.title): ") + "queue and backlog with and without "
            + (s.windows.count == 1 ? "the \(s.kind) " + s.windows[0].label : "the \(s.kind)s")
        var lines = [
            "# Surge chart: mean queue and oldest waiting age per interval, with and without the surges (written by channelsim).",
            "# Re-draw by hand from this directory:  gnuplot \(baseName).gp",
            "# \(baseName).dat holds one block per channel (plot ... index N), columns: "
                + columns.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ") + ".",
            "# Ages are in seconds in the data and scaled here for display; NaN marks an undefined value.",
            "",
            format.preamble(width: 1100, height: 760, baseName: baseName),
            "",
            "set multiplot title \(DataFormat.doubleQuoted(heading + "\nshaded: \(s.kind) · thin line: with the \(s.kind) · wide pale line: the plan without")) font ',13'",
            "set lmargin at screen 0.09",
            "set rmargin at screen 0.97",
            "set xrange [-0.5:\(n) - 0.5]",
            GnuplotStyle.axes(),
            "set key at graph 0, graph 1.02 left bottom horizontal Left reverse samplen 2.5 width 1 nobox font ',10'",
            "set yrange [0:*]",
        ]
        for (k, w) in s.windows.enumerated() {
            let from = DataFormat.number(Double(w.first) - 0.5), to = DataFormat.number(Double(w.first + w.count) - 0.5)
            lines.append("set object \(k + 1) rect from first \(from), graph 0 to first \(to), graph 1 behind fc rgb \(windowColour) fs solid 0.6 noborder")
        }
        lines += [
            "",
            "# Top panel: mean queue (contacts).",
            "set tmargin at screen 0.84",
            "set bmargin at screen 0.52",
            "set xtics (\(tics)) format ''",
            "set ylabel 'mean queue (contacts)'",
            "plot " + plots(s, plan: 2, surge: 3, factor: "1"),
            "",
            "# Bottom panel: the oldest waiting contact's age at the interval's end, in \(scale.axisName).",
            "set tmargin at screen 0.42",
            "set bmargin at screen 0.10",
            "set xtics (\(tics)) format '%g'",
            "set xlabel 'interval (start time)'",
            "set ylabel \(DataFormat.quoted("oldest waiting (\(scale.axisName))"))",
            "plot " + plots(s, plan: 4, surge: 5, factor: DataFormat.number(scale.factor)),
            "",
            "unset multiplot",
            "unset output",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Both variants' lines of every channel, for the columns `plan` and `surge`.
    static func plots(_ s: SurgeSeries, plan: Int, surge: Int, factor: String) -> String {
        s.channels.enumerated().flatMap { k, c -> [String] in
            let colour = SweepCurveChart.palette[k % SweepCurveChart.palette.count]
            // The plan is a wide translucent line under the surge's thin one: where the
            // surge changed nothing the two coincide and the thin line runs inside it.
            let halo = colour.replacingOccurrences(of: "0x", with: "0x99")
            return [
                "\(k == 0 ? "data" : "''") index \(k) using 1:($\(plan)*\(factor)) with lines lw 7 lc rgb \(halo) "
                    + "title \(DataFormat.quoted("\(c.channel) plan"))",
                "'' index \(k) using 1:($\(surge)*\(factor)) with linespoints lw 2 pt 7 ps 0.5 lc rgb \(colour) "
                    + "title \(DataFormat.quoted("\(c.channel) with \(s.kind)"))",
            ]
        }.joined(separator: ", \\\n     ")
    }
}
