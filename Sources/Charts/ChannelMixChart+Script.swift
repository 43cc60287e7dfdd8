import Foundation

/// The gnuplot script of the channel-mix chart.
///
/// Layout: one stacked column per variant, 0 to 100 %, segments from the bottom in category
/// order (self-served, then each channel, callbacks, then the losses: left and given up),
/// so the losses sit on top where a planner compares them; the share printed inside every
/// segment of at least 4 %; the legend on the right, in stacking order from the top.
extension ChannelMixChart {
    /// Colours by role: self-service green, losses grey and red, channels the Tableau colours.
    static func colour(_ c: ChannelMix.Category, channelIndex: Int) -> String {
        switch c.role {
        case .selfServed: return "0x59a14f"
        case .left: return "0xbab0ac"
        case .gaveUp: return "0xe15759"
        case .callback: return "0xb07aa1"
        case .channel:
            let palette = ["0x4e79a7", "0xf28e2b", "0x76b7b2", "0xedc948", "0x9c755f", "0xff9da7"]
            return palette[channelIndex % palette.count]
        }
    }

    /// The .gp text: a self-contained script that reads `baseName.dat` and writes the image.
    public static func script(_ mix: ChannelMix, baseName: String, format: ImageFormat) -> String {
        let n = mix.rows.count
        let names = mix.rows.map { DataFormat.shortened($0.variant, to: maxNameLength) }
        let rotate = names.count > 4 || names.contains { $0.count > 12 }
        let tics = names.enumerated().map { "\(DataFormat.ticLabel($1)) \($0)" }.joined(separator: ", ")
        var lines = [
            "# Channel mix: how demand ended, per variant (written by channelsim).",
            "# Re-draw by hand from this directory:  gnuplot \(baseName).gp",
            "# \(baseName).dat block 0: one row per variant, a share 0..1 per category; block 1: the labels inside the bars.",
            "",
            format.preamble(width: max(1000, 520 + n * 130), height: 660, baseName: baseName),
            "",
            "set title " + DataFormat.doubleQuoted((mix.title.isEmpty ? "" : "\(mix.title): ") + "channel mix, how demand ended "
                + "(means over replications)\nshare of end points: visitors who self-served or left without a contact,\n"
                + "contacts by the channel where they ended, contacts given up (abandoned, mid-chat, unanswered)")
                + " font ',12'",
            GnuplotStyle.axes(grid: "ytics"),
            "set style data histograms",
            "set style histogram rowstacked",
            "set style fill solid 0.9 border rgb 'white'",
            "set boxwidth 0.6",
            "set yrange [0:100]",
            "set xrange [-0.6:\(DataFormat.number(Double(n) - 0.4))]",
            "set format y '%g%%'",
            "set ylabel 'share of end points'",
            "set xtics (\(tics))" + (rotate ? " rotate by -30 left" : ""),
            "set key outside right top vertical Left reverse invert samplen 2 font ',10'",
        ]
        var channelIndex = 0
        var plots: [String] = []
        for (k, c) in mix.categories.enumerated() {
            let colour = self.colour(c, channelIndex: channelIndex)
            if c.role == .channel { channelIndex += 1 }
            plots.append("\(k == 0 ? "data" : "''") index 0 using ($\(k + 2)*100) lc rgb \(colour) title \(DataFormat.quoted(c.name))")
        }
        plots.append("'' index 1 using 1:2:3 with labels font ',9' tc rgb '#202020' notitle")
        lines.append("plot " + plots.joined(separator: ", \\\n     "))
        lines.append("unset output")
        return lines.joined(separator: "\n") + "\n"
    }
}
