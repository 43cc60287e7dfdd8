/// The image a chart script renders: a raster PNG for reports or a scalable SVG for the web.
public enum ImageFormat: String, Sendable, CaseIterable {
    case png, svg

    /// File extension of the image, without the dot.
    public var fileExtension: String { rawValue }

    /// The lines every chart script starts with: the terminal, the encoding, the image it
    /// writes and `data` naming its .dat file (both relative to where gnuplot runs). UTF-8:
    /// headings have em dashes, and channel and team names may be non-ASCII.
    func preamble(width: Int, height: Int, baseName: String) -> String {
        [terminal(width: width, height: height), "set encoding utf8",
         "set output \(DataFormat.quoted("\(baseName).\(fileExtension)"))",
         "data = \(DataFormat.quoted("\(baseName).dat"))"].joined(separator: "\n")
    }

    /// The gnuplot `set terminal` line. A size fixed by the chart (not the screen) so images
    /// from different runs line up in a report; `noenhanced` so channel and metric names
    /// such as `web_chat` print literally instead of turning `_c` into a subscript; a
    /// generic font family resolvable everywhere.
    func terminal(width: Int, height: Int) -> String {
        let name = self == .png ? "pngcairo" : "svg"
        return "set terminal \(name) size \(width),\(height) noenhanced font 'sans-serif,10' "
            + "background rgb 'white'"
    }
}
