import Foundation

/// The gnuplot script of the staffing chart.
///
/// Layout: two panels stacked on one time axis. Top: agents per interval, one colour per
/// team, the formulas' plan dashed and the simulated plan solid (whole shifts dotted), as
/// steps because a head-count holds for the whole interval. Bottom: each channel's service
/// level with the plan, its confidence band, and the target dashed in the same colour.
extension StaffingChart {
    /// Interval tics are thinned to at most this many labels.
    static let maxTics = 16

    public static func script(_ d: StaffingChartData, confidence: Double, baseName: String, format: ImageFormat) -> String {
        let palette = SweepCurveChart.palette
        let n = d.intervals.count
        let every = max(1, (n + maxTics - 1) / maxTics)
        let tics = stride(from: 0, to: n, by: every).map { "\(DataFormat.ticLabel(d.intervals[$0])) \($0)" }.joined(separator: ", ")
        let legend = "dashed: formulas (Erlang A / chat chain / workload) · solid: corrected by simulation"
            + (d.teams.contains { $0.shifts != nil } ? " · dotted: whole shifts" : "")
        var lines = [
            "# Staffing chart: head-count per interval and the service level it reaches (written by channelsim).",
            "# Re-draw by hand from this directory:  gnuplot \(baseName).gp",
            "# \(baseName).dat block 0: " + headcountColumns(d).enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ")
                + "; blocks 1…: " + levelColumns.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ")
                + " (raw shares 0..1, shown in percent).",
            "",
            format.preamble(width: 1200, height: 900, baseName: baseName),
            "",
            "set multiplot layout 2,1 title " + DataFormat.doubleQuoted("\(d.title): staffing plan\n\(legend)") + " font ',13'",
            GnuplotStyle.axes(),
            "set lmargin 10",
            "set rmargin 3",
            "set xrange [0:\(n)]",
            "set xtics (\(tics))",
            "set xlabel \(DataFormat.quoted("interval start (intervals of \(d.intervalLength))"))",
            "set key outside below center horizontal Left reverse samplen 2.5 width 2 font ',10'",
            "",
            "# Panel: head-count.",
            "set title 'agents per interval (scheduled head-count)' font ',12'",
            "set ylabel 'agents'",
            "set yrange [0:*]",
            "set format y '%g'",
        ]
        var plots: [String] = []
        for (k, t) in d.teams.enumerated() {
            let colour = palette[k % palette.count], col = 2 + 3 * k
            let first = plots.isEmpty ? "data" : "''"
            plots.append("\(first) index 0 using 1:\(col) with steps dt 2 lw 2 lc rgb \(colour) title \(DataFormat.quoted("\(t.name) formulas"))")
            plots.append("'' index 0 using 1:\(col + 1) with steps lw 3 lc rgb \(colour) title \(DataFormat.quoted("\(t.name) plan"))")
            if t.shifts != nil {
                plots.append("'' index 0 using 1:\(col + 2) with steps dt 3 lw 2 lc rgb \(colour) title \(DataFormat.quoted("\(t.name) shifts"))")
            }
        }
        lines.append("plot " + plots.joined(separator: ", \\\n     "))
        lines += ["", "# Panel: service level.",
                  "set title " + DataFormat.quoted("service level with the plan (mean with \(DataFormat.confidencePercent(confidence)) CI band)") + " font ',12'",
                  "set ylabel 'answered within threshold'",
                  "set format y '%g%%'",
                  "set yrange [\(DataFormat.number(floor(d))):100]"]
        if d.levels.isEmpty {
            lines += ["set label 1 'no staffed channel reports a service level' at graph 0.5, graph 0.5 center", "plot NaN notitle"]
        } else {
            var plots: [String] = []
            for (k, level) in d.levels.enumerated() {
                let colour = palette[(k + d.teams.count) % palette.count], block = k + 1
                let first = plots.isEmpty ? "data" : "''"
                plots.append("\(first) index \(block) using 1:($3*100):($4*100) with filledcurves lc rgb \(colour) fs transparent solid 0.2 notitle")
                plots.append("'' index \(block) using 1:($2*100) with linespoints lw 2 pt 7 ps 0.6 lc rgb \(colour) title "
                             + DataFormat.quoted("\(level.channel) within \(level.threshold)"))
                if let t = level.target, t.isFinite {
                    plots.append("\(DataFormat.number(t * 100)) with lines dt 2 lw 2 lc rgb \(colour) title "
                                 + DataFormat.quoted("\(level.channel) target \(DataFormat.number(t * 100))%"))
                }
            }
            lines.append("plot " + plots.joined(separator: ", \\\n     "))
        }
        lines += ["", "unset multiplot", "unset output"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The bottom of the service-level axis in percent: a multiple of 10 at least 5 below the
    /// lowest mean, limit or target, never below 0.
    static func floor(_ d: StaffingChartData) -> Double {
        let values = d.levels.flatMap { l in l.points.flatMap { [$0.mean, $0.low ?? .nan] } + [l.target ?? .nan] }.filter(\.isFinite)
        guard let lowest = values.min() else { return 0 }
        return max(0, ((lowest * 100 - 5) / 10).rounded(.down) * 10)
    }
}
