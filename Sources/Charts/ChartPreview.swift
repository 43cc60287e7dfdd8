import Foundation

/// Text previews of written charts for terminals and CI logs: the chart's own script run
/// through gnuplot's `dumb` terminal, so the preview shows the same data, titles and
/// panels as the image.
public enum ChartPreview {
    /// The default size of a preview, in characters.
    public static let width = 120, height = 36

    /// Renders `baseName.gp` in `directory` as text: its `set terminal` line replaced by the
    /// dumb terminal and its output sent to standard output. The rewritten script goes to a
    /// temporary file that is removed afterwards, so the plots directory is left as it was.
    public static func render(baseName: String, in directory: String, width: Int = width, height: Int = height) throws -> String {
        let path = URL(fileURLWithPath: directory).appendingPathComponent("\(baseName).gp").path
        guard let script = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ChartError.io("cannot read chart script '\(path)'")
        }
        let text = dumbScript(script, width: width, height: height)
        let temporary = FileManager.default.temporaryDirectory
            .appendingPathComponent("channelsim-preview-\(ProcessInfo.processInfo.processIdentifier)-\(baseName).gp")
        do {
            try text.write(to: temporary, atomically: true, encoding: .utf8)
        } catch {
            throw ChartError.io("cannot write a preview script: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: temporary) }
        let stdout = try Gnuplot.runCapturing(script: temporary.path, in: directory)
        return tidy(stdout)
    }

    /// The script with the dumb terminal and standard output in place of the image's.
    static func dumbScript(_ script: String, width: Int, height: Int) -> String {
        script.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            if line.hasPrefix("set terminal ") { return "set terminal dumb size \(max(width, 40)),\(max(height, 12)) noenhanced" }
            if line.hasPrefix("set output ") { return "set output" }
            return String(line)
        }.joined(separator: "\n")
    }

    /// Without form feeds, trailing spaces and blank lines around the chart.
    static func tidy(_ raw: String) -> String {
        var text = raw
        text.removeAll { $0 == "\u{0C}" }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop(while: { $0 == " " }).reversed()) }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
