import ChannelModel

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

/// Suggestions for misspelt names (see `NameSuggestion`).
enum Suggest {
    static func closest(to word: String, in candidates: [String]) -> String? {
        NameSuggestion.closest(to: word, in: candidates)
    }
}
