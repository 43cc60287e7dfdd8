/// The image a chart script renders: a raster PNG for reports or a scalable SVG for the web.
public enum ImageFormat: String, Sendable, CaseIterable {
    case png, svg

    /// File extension of the image, without the dot.
    public var fileExtension: String { rawValue }

    /// The gnuplot `set terminal` line. Fixed size so images from different runs line up in a
    /// report; `noenhanced` so channel and metric names such as `web_chat` print literally
    /// instead of turning `_c` into a subscript; a generic font family resolvable everywhere.
    var terminal: String {
        switch self {
        case .png:
            return "set terminal pngcairo size 1000,700 noenhanced font 'sans-serif,10' "
                + "background rgb 'white'"
        case .svg:
            return "set terminal svg size 1000,700 noenhanced font 'sans-serif,10' "
                + "background rgb 'white'"
        }
    }
}
