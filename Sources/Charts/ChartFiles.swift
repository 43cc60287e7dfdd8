/// Paths of the three files that make up one chart: data, gnuplot script and image.
///
/// They always sit side by side, so `cd` into their directory and `gnuplot NAME.gp` re-draws
/// the image from the data by hand.
public struct ChartFiles: Sendable, Equatable {
    /// `DIRECTORY/NAME.dat`: whitespace-separated columns with a `#` header line.
    public var data: String
    /// `DIRECTORY/NAME.gp`: a self-contained script reading `NAME.dat` by relative name.
    public var script: String
    /// `DIRECTORY/NAME.png` or `DIRECTORY/NAME.svg`.
    public var image: String

    public init(data: String, script: String, image: String) {
        self.data = data
        self.script = script
        self.image = image
    }
}
