/// The axes every chart script shares: a grey two-sided border, a light grid and outward ticks.
enum GnuplotStyle {
    /// The three lines, as one script element; `grid` names the tics the grid follows
    /// (`xtics ytics`, or `ytics` for bar charts, whose categories need no vertical lines).
    static func axes(grid: String = "xtics ytics") -> String {
        ["set border 3 lw 1 lc rgb '#505050'",
         "set grid \(grid) lw 1 lc rgb '#e0e0e0' dt 1",
         "set tics nomirror out scale 0.6"].joined(separator: "\n")
    }
}
