/// A problem in a scenario file, located to the line and column of the offending value.
///
/// Printed as `file.yaml:LINE:COL: path.to.field: what is wrong (what was expected)`,
/// the one-line form editors and CI logs can jump to.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    /// Dotted path of the field (`channels.chat.patience`), or `(root)` / `(file)`.
    public var field: String
    public var problem: String
    /// What would have been accepted; empty when nothing more useful can be said.
    public var expected: String

    public init(file: String, line: Int, column: Int, field: String, problem: String, expected: String = "") {
        self.file = file
        self.line = line
        self.column = column
        self.field = field
        self.problem = problem
        self.expected = expected
    }

    public var description: String {
        let tail = expected.isEmpty ? "" : " (\(expected))"
        return "\(file):\(line):\(column): \(field): \(problem)\(tail)"
    }
}

/// Suggestions for misspelt names: the closest candidate within a small edit distance.
enum Suggest {
    static func closest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        return best.1 <= max(2, word.count / 3) ? best.0 : nil
    }

    /// Levenshtein distance.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count), cur = prev
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
