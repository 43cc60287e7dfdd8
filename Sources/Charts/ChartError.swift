/// Why a chart could not be written or rendered.
public enum ChartError: Error, CustomStringConvertible, Sendable {
    /// No `gnuplot` executable on PATH (the .dat and .gp files may still have been written).
    case gnuplotMissing
    /// gnuplot ran but exited non-zero; `stderr` holds its message (file, line and cause).
    case gnuplotFailed(status: Int32, stderr: String)
    /// A file or directory could not be read or written.
    case io(String)

    public var description: String {
        switch self {
        case .gnuplotMissing:
            return "gnuplot is not installed or not on PATH (install it, e.g. `apt-get install "
                + "gnuplot-nox` or `brew install gnuplot`, to render images)"
        case let .gnuplotFailed(status, stderr):
            let message = stderr.trimmingSpaces()
            return "gnuplot failed with exit status \(status)"
                + (message.isEmpty ? "" : ":\n\(message)")
        case let .io(message):
            return message
        }
    }
}

extension String {
    /// Without leading and trailing whitespace and newlines (Foundation-free, for messages).
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
