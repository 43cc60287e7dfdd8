import Foundation

/// Running the `gnuplot` executable: rendering scripts and making text previews.
public enum Gnuplot {
    /// True if a `gnuplot` executable is on PATH.
    public static func isAvailable() -> Bool { executable() != nil }

    /// Runs `gnuplot SCRIPT` with `directory` as working directory, so the script's relative
    /// file names (NAME.dat, NAME.png) resolve there.
    ///
    /// - Parameter script: the script's file name (or path) relative to `directory`.
    /// - Throws: `ChartError.gnuplotMissing`, or `ChartError.gnuplotFailed` with gnuplot's
    ///   stderr (which names the script line that failed) if it exits non-zero.
    public static func run(script: String, in directory: String) throws {
        let result = try launch(arguments: [script], in: directory)
        guard result.status == 0 else {
            throw ChartError.gnuplotFailed(status: result.status, stderr: result.stderr)
        }
    }

    /// Runs `gnuplot SCRIPT` in `directory` and returns what it printed on standard output
    /// (a script whose output is the terminal, e.g. a preview).
    static func runCapturing(script: String, in directory: String) throws -> String {
        let result = try launch(arguments: [script], in: directory)
        guard result.status == 0 else {
            throw ChartError.gnuplotFailed(status: result.status, stderr: result.stderr)
        }
        return result.stdout
    }

    /// A text rendering (gnuplot's `dumb` terminal) of some columns of a .dat file, for
    /// terminals and CI logs.
    ///
    /// - Parameters:
    ///   - dataFile: the .dat file, relative to `directory`; its `#` header line names the columns.
    ///   - columns: names of the columns to draw as lines, against the file's first column.
    ///   - width, height: size of the preview in characters.
    /// - Returns: the chart as lines of text.
    public static func dumbPreview(dataFile: String, columns: [String], in directory: String,
                                   width: Int = 100, height: Int = 30) throws -> String {
        let header = try headerColumns(of: dataFile, in: directory)
        let plots = try columns.map { name -> String in
            guard let index = header.firstIndex(of: name) else {
                throw ChartError.io("no column '\(name)' in '\(dataFile)' (columns: "
                                    + header.joined(separator: ", ") + ")")
            }
            return "\(DataFormat.quoted(dataFile)) using 1:\(index + 1) with lines title \(DataFormat.quoted(name))"
        }
        guard !plots.isEmpty else { throw ChartError.io("dumbPreview needs at least one column") }
        // Passed with -e rather than a file, so a preview leaves nothing behind; gnuplot keeps
        // quoted strings intact when it splits the commands at the semicolons.
        let commands = [
            "set terminal dumb size \(max(width, 20)),\(max(height, 10)) noenhanced",
            "set key top left",
            "set xlabel \(DataFormat.quoted(header.first ?? "x"))",
            "plot " + plots.joined(separator: ", "),
        ]
        let result = try launch(arguments: ["-e", commands.joined(separator: "; ")], in: directory)
        guard result.status == 0 else {
            throw ChartError.gnuplotFailed(status: result.status, stderr: result.stderr)
        }
        // The dumb terminal starts each page with a form feed and pads every line to the
        // full width; drop both, and the blank lines around the chart, for tidy logs.
        return ChartPreview.tidy(result.stdout)
    }

    /// Column names from the first `#` line of a data file.
    static func headerColumns(of dataFile: String, in directory: String) throws -> [String] {
        let path = URL(fileURLWithPath: directory).appendingPathComponent(dataFile).path
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw ChartError.io("cannot read data file '\(path)'")
        }
        guard let header = text.split(separator: "\n").first(where: { $0.hasPrefix("#") }) else {
            throw ChartError.io("data file '\(path)' has no '#' header line naming its columns")
        }
        return header.dropFirst().split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// The first `gnuplot` found on PATH.
    static func executable() -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin:/usr/local/bin"
        return path.split(separator: ":").lazy
            .map { URL(fileURLWithPath: String($0)).appendingPathComponent("gnuplot") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    private static func launch(arguments: [String], in directory: String) throws -> ProcessOutput {
        guard let gnuplot = executable() else { throw ChartError.gnuplotMissing }
        do {
            return try ProcessOutput.run(gnuplot, arguments: arguments,
                                         in: URL(fileURLWithPath: directory, isDirectory: true))
        } catch let error as ChartError {
            throw error
        } catch {
            throw ChartError.io("cannot run gnuplot in '\(directory)': \(error.localizedDescription)")
        }
    }
}
