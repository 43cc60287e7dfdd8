import Foundation

/// The gnuplot script of the concurrency trade-off chart.
///
/// Layout: panels side by side sharing the x axis, chats per agent: abandonment (in queue
/// with its band, mid-chat dashed), the reply delay with its band, and the agents needed
/// where the experiment can say (else the panel is left out and the heading says why).
extension ConcurrencyChart {
    static let queueColour = "0x4e79a7"
    static let midChatColour = "0xe15759"
    static let delayColour = "0xf28e2b"
    static let agentsColour = "0x59a14f"

    /// The .gp text: a self-contained script that reads `baseName.dat` and writes the image.
    public static func script(_ t: ConcurrencyTradeoff, confidence: Double, baseName: String, format: ImageFormat) -> String {
        let hasDelay = !t.replyDelay.isEmpty, hasAgents = !t.agentsNeeded.isEmpty
        let panels = 1 + (hasDelay ? 1 : 0) + (hasAgents ? 1 : 0)
        let low = t.concurrency.min() ?? 1, high = t.concurrency.max() ?? 1
        let pad = high > low ? (high - low) * 0.06 : 0.5
        let heading = (t.title.isEmpty ? "" : "\(t.title): ") + "\(t.channel), the concurrency trade-off (\(t.parameter))"
        var legend = (t.note.isEmpty ? "" : t.note + "\n") + "mean with \(DataFormat.confidencePercent(confidence)) CI band"
        if !hasAgents { legend += " · agents needed: sweep a head-count as well (see docs/cli.md)" }
        let tics = t.concurrency.map { "\(DataFormat.ticLabel(DataFormat.number($0))) \(DataFormat.number($0))" }.joined(separator: ", ")
        var lines = [
            "# Concurrency trade-off: abandonment, reply delay and agents needed against chats per agent (written by channelsim).",
            "# Re-draw by hand from this directory:  gnuplot \(baseName).gp",
            "# \(baseName).dat blocks (plot ... index N): 0 queue abandonment, 1 mid-chat abandonment, 2 reply delay (s), "
                + "3 agents needed; raw values, NaN where undefined.",
            "",
            format.preamble(width: panels == 1 ? 800 : panels * 460, height: t.note.isEmpty ? 560 : 580, baseName: baseName),
            "",
            "set multiplot layout 1,\(panels) title " + DataFormat.doubleQuoted("\(heading)\n\(legend)") + " font ',13'",
            GnuplotStyle.axes(),
            "set title font ',12'",
            "set bmargin 7",
            "set xlabel 'chats per agent'",
            "set xrange [\(DataFormat.number(low - pad)):\(DataFormat.number(high + pad))]",
            "set xtics (\(tics))",
            "set key outside below center horizontal Left reverse samplen 2.5 width 1 font ',10'",
            "",
            "# Panel: abandonment.",
            "set title 'abandonment'",
            "set yrange [0:*]",
            "set format y '%g%%'",
        ]
        var plots = [
            "data index 0 using 1:($3*100):($4*100) with filledcurves lc rgb \(queueColour) fs transparent solid 0.2 notitle",
            "'' index 0 using 1:($2*100) with linespoints lw 2.5 pt 7 lc rgb \(queueColour) title 'in queue'",
        ]
        if !t.midChatAbandon.isEmpty {
            plots.append("'' index 1 using 1:($2*100) with linespoints lw 2.5 pt 5 dt 2 lc rgb \(midChatColour) title 'mid-chat (share of offered)'")
        }
        if let a = t.abandonTarget, a.isFinite {
            plots.append("\(DataFormat.number(a * 100)) with lines dt 2 lw 2 lc rgb '#606060' title "
                         + DataFormat.quoted("target \(DataFormat.number(a * 100))%"))
        }
        if !t.queueAbandon.contains(where: { $0.mean.isFinite }) && !t.midChatAbandon.contains(where: { $0.mean.isFinite }) {
            lines += ["set yrange [0:100]", "set label 1 'undefined at every concurrency' at graph 0.5, graph 0.5 center"]
            plots = ["NaN notitle"]
        }
        lines.append("plot " + plots.joined(separator: ", \\\n     "))
        lines.append("unset label 1")
        if hasDelay && !t.replyDelay.contains(where: { $0.mean.isFinite }) {
            lines += ["", "# Panel: reply delay (undefined everywhere).", "set title 'reply delay (mean)'", "set yrange [0:1]",
                      "set label 1 'undefined at every concurrency' at graph 0.5, graph 0.5 center", "plot NaN notitle", "unset label 1"]
        } else if hasDelay {
            let scale = ChartUnit.seconds.scale(largest: t.replyDelay.compactMap { $0.high ?? $0.mean }.filter(\.isFinite).max() ?? 0)
            let f = DataFormat.number(scale.factor)
            lines += ["", "# Panel: reply delay.", "set title 'reply delay (mean)'", "set yrange [0:*]", "set format y '%g'",
                      "set ylabel \(DataFormat.quoted(scale.axisName))",
                      "plot data index 2 using 1:($3*\(f)):($4*\(f)) with filledcurves lc rgb \(delayColour) fs transparent solid 0.2 notitle, \\",
                      "     '' index 2 using 1:($2*\(f)) with linespoints lw 2.5 pt 7 lc rgb \(delayColour) title 'agent reply delay'",
                      "unset ylabel"]
        }
        if hasAgents {
            lines += ["", "# Panel: agents needed.", "set title " + DataFormat.doubleQuoted("agents needed\n\(t.agentsRule)"),
                      "set format y '%g'"]
            if t.agentsNeeded.contains(where: { $0?.isFinite == true }) {
                lines += ["set yrange [0:*]", "plot data index 3 using 1:2 with linespoints lw 2.5 pt 7 lc rgb \(agentsColour) notitle"]
            } else {
                // gnuplot refuses a plot with no defined point; the panel says why it is empty.
                lines += ["set yrange [0:1]", "set label 1 'no swept head-count meets every target' at graph 0.5, graph 0.5 center",
                          "plot NaN notitle", "unset label 1"]
            }
        }
        lines += ["", "unset multiplot", "unset output"]
        return lines.joined(separator: "\n") + "\n"
    }
}
