import Foundation

/// Text conventions shared by every .dat and .gp file, so output is byte-for-byte
/// deterministic (golden-testable) and readable by gnuplot, R, pandas and awk alike.
enum DataFormat {
    /// Six significant digits, locale-independent: enough for plotting, short enough to read.
    /// Non-finite and missing values are written `NaN`, which gnuplot treats as undefined
    /// (a gap in lines) and other tools read as not-a-number.
    static func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "NaN" }
        // "%g" prints negative zero as "-0"; normalise so equal data gives equal text.
        return String(format: "%.6g", value == 0 ? 0 : value)
    }

    /// A string column value, double-quoted so labels with spaces stay one column; gnuplot
    /// has no escape inside a data-file string, so an embedded quote becomes an apostrophe.
    static func label(_ text: String) -> String {
        "\"" + oneLine(text).replacingOccurrences(of: "\"", with: "'") + "\""
    }

    /// A gnuplot string literal. Single quotes: no backslash escapes apply, and a quote is
    /// written by doubling it.
    static func quoted(_ text: String) -> String {
        "'" + oneLine(text).replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// Line breaks as spaces: a name with a newline would otherwise end a .dat row or a
    /// script line in the middle of a string.
    static func oneLine(_ text: String) -> String {
        String(text.map { $0.isNewline ? " " : $0 })
    }

    /// A gnuplot double-quoted string literal, for text with line breaks (single-quoted
    /// strings cannot hold one): backslash and double quote escaped, newline as `\n`.
    static func doubleQuoted(_ text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n")
        return "\"" + escaped + "\""
    }

    /// A label in an explicit tic list, which gnuplot treats as a format string: a literal
    /// `%` (a strategy called "50% forms") must be doubled or it would print a number.
    static func ticLabel(_ text: String) -> String {
        quoted(text.replacingOccurrences(of: "%", with: "%%"))
    }

    /// At most `limit` characters, the last one an ellipsis when shortened: for names under
    /// bars and beside rows, where a very long one would push the chart out of its image.
    static func shortened(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(max(limit - 1, 0))) + "…"
    }

    /// A confidence level as a percentage for titles: 0.9 → "90%", 0.975 → "97.5%".
    static func confidencePercent(_ level: Double) -> String {
        String(format: "%.4g", level * 100) + "%"
    }

    /// A table with a `#` header line naming the columns, padded into aligned columns so the
    /// file is pleasant to read by eye (the padding is whitespace, so parsers do not care).
    static func table(header: [String], rows: [[String]]) -> String {
        var cells = [header] + rows
        cells[0][0] = "# " + cells[0][0]
        let widths = header.indices.map { column in
            cells.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0
        }
        var text = ""
        for row in cells {
            let padded = row.enumerated().map { column, cell in
                column == row.count - 1
                    ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            text += padded.joined(separator: " ") + "\n"
        }
        return text
    }

    /// One row of a curve with a confidence band: x, mean, low, high; the band is left
    /// undefined (NaN) where the mean is, so gnuplot draws a gap rather than a stray band.
    static func bandRow(x: Double, mean: Double, low: Double?, high: Double?) -> [String] {
        [number(x), number(mean), number(mean.isFinite ? low : nil), number(mean.isFinite ? high : nil)]
    }
}
