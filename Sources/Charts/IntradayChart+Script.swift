import Foundation

/// The gnuplot script of the intraday chart.
///
/// Layout: a 2-panel multiplot with margins fixed in screen coordinates, so the two x axes
/// line up exactly (gnuplot's automatic layout would size each panel's margins to its own
/// tic labels, and the y2 axis exists only on top). The x axis is the interval index; the
/// labels come from an explicit tic list written into the script, so the script stays a
/// plain, readable file rather than a string-processing puzzle.
extension IntradayChart {
    /// The .gp text: a self-contained script that reads `baseName.dat` and writes
    /// `baseName.png|svg`, both relative to the directory gnuplot is started in.
    public static func script(_ s: IntradaySeries, baseName: String, format: ImageFormat) -> String {
        let intervals = max(s.count, 1)
        let step = ticStep(intervals: intervals)
        let tics = stride(from: 0, to: s.count, by: step)
            .map { "\(DataFormat.quoted(s.intervalLabels[$0])) \($0)" }
            .joined(separator: ", ")
        let heading = s.title.isEmpty ? "Channel \(s.channel)" : "\(s.title) — channel \(s.channel)"
        var lines: [String] = []
        lines += [
            "# Intraday profile of channel \(s.channel) (written by channelsim).",
            "# Re-draw by hand from this directory:  gnuplot \(baseName).gp",
            "# Data columns in \(baseName).dat: " + columns.enumerated()
                .map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ") + ".",
            "# NaN marks a missing value (e.g. no service level in an interval without arrivals).",
            "",
            format.preamble(width: 1000, height: 700, baseName: baseName),
            "intervals = \(intervals)",
        ]
        if let target = s.serviceLevelTarget {
            lines.append("target = \(DataFormat.number(target))")
        }
        lines += [
            "",
            "# Shared by both panels.",
            "set multiplot title \(DataFormat.quoted(heading)) font ',14'",
            "set lmargin at screen 0.08",
            "set rmargin at screen 0.90",
            "set xrange [-0.5:intervals - 0.5]",
            GnuplotStyle.axes(),
            // Keys sit just above each panel, outside the data, so they never hide a curve.
            "set key at graph 0, graph 1.02 left bottom horizontal Left reverse samplen 2 width 2 nobox",
            "",
            "# Top panel: arrivals (boxes) and staff (steps) on y1, mean queue on y2.",
            "set tmargin at screen 0.87",
            "set bmargin at screen 0.53",
            "set xtics 0, \(step) format ''",
            "set ylabel 'contacts per interval · agents on duty'",
            "set yrange [0:*]",
            "set y2label 'mean queue (contacts)'",
            // From 0 with a floor of 1 contact: auto-scaling would blow tiny noise up into spikes.
            "set y2range [0:\(DataFormat.number(queueAxisTop(s.meanQueue)))]",
            "set y2tics nomirror out scale 0.6",
            "set border 11",
            "set boxwidth 0.8",
            "set style fill solid 0.55 noborder",
        ]
        var top = [
            "data using 1:3 with boxes lc rgb '#9ecae1' title 'offered (contacts per interval)'",
            "''   using 1:4 with histeps lw 2.5 lc rgb '#08519c' title 'staff (agents on duty, mean)'",
        ]
        if !s.slots.isEmpty {
            top.append("''   using 1:9 with histeps lw 2 dt 2 lc rgb '#756bb1' title 'chat slots (agents × concurrency)'")
        }
        top.append("''   using 1:5 axes x1y2 with linespoints lw 2 pt 7 ps 0.6 lc rgb '#e6550d' "
            + "title 'mean queue (contacts, right axis)'")
        let level = levelText(s.confidence)
        let slLabel = s.serviceLevelThreshold.map { "service level within \($0)" } ?? "service level (offered)"
        lines.append("plot " + top.joined(separator: ", \\\n     "))
        lines += [
            "",
            "# Bottom panel: service level of offered contacts with its \(level) CI band, 0..1.",
            "set tmargin at screen 0.43",
            "set bmargin at screen 0.10",
            "unset y2tics",
            "unset y2label",
            "set border 3",
            "set xtics (\(tics)) format ''",
            "set xlabel 'interval (start time)'",
            "set ylabel \(DataFormat.quoted(slLabel))",
            "set yrange [0:1]",
            // Explicit tic labels are format strings in gnuplot, hence %% for a literal %.
            "set ytics ('0%%' 0, '20%%' 0.2, '40%%' 0.4, '60%%' 0.6, '80%%' 0.8, '100%%' 1)",
        ]
        var plots = [
            "data using 1:7:8 with filledcurves lc rgb '#a1d99b' fs transparent solid 0.5 title '\(level) CI'",
            "''   using 1:6 with linespoints lw 2 pt 7 ps 0.6 lc rgb '#238b45' title 'service level'",
        ]
        if let target = s.serviceLevelTarget {
            let percent = DataFormat.number(target * 100)
            plots.append("target with lines dt 2 lw 2 lc rgb '#cb181d' title 'target \(percent)%'")
        }
        lines.append("plot " + plots.joined(separator: ", \\\n     "))
        lines += ["", "unset multiplot", "unset output"]
        return lines.joined(separator: "\n") + "\n"
    }
}
