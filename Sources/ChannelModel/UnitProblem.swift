import Foundation

/// Why a text is not the duration or rate it should be: what is wrong and what was expected,
/// worded once so the command line's flags explain a bad value as the scenario loader does.
public struct UnitProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, quoting the text: `'90' has no unit`.
    public var problem: String
    /// What would have been right: `expected 90s, or 90m for minutes`.
    public var expected: String

    public init(problem: String, expected: String) {
        self.problem = problem
        self.expected = expected
    }

    public var description: String { "\(problem) (\(expected))" }
}

extension Units {
    /// Seconds in `text`, or why it is not a duration ≥ 0; `example` is a good value for the
    /// field (`4m`), quoted when the text is not a duration at all.
    public static func duration(_ text: String, example: String) throws(UnitProblem) -> Double {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let v = parseDuration(t) {
            guard v >= 0 else { throw UnitProblem(problem: "'\(t)' must not be negative", expected: "expected e.g. \(example)") }
            return v
        }
        if let n = Double(t), n.isFinite {
            throw UnitProblem(problem: "'\(t)' has no unit", expected: "expected \(t)s, or \(t)m for minutes")
        }
        if let split = splitUnit(t), let n = Double(split.number), n.isFinite {
            throw UnitProblem(problem: "'\(t)': '\(split.unit)' is not a unit of time", expected: "expected one of: \(durationUnitList)")
        }
        throw UnitProblem(problem: "'\(t)' is not a duration", expected: "expected e.g. \(example); units: \(durationUnitList)")
    }

    /// Events per second in `text`, or why it is not a rate > 0; `example` as for durations.
    public static func rate(_ text: String, example: String) throws(UnitProblem) -> Double {
        let t = text.trimmingCharacters(in: .whitespaces)
        if let v = parseRate(t) {
            guard v >= 0 else { throw UnitProblem(problem: "'\(t)' must not be negative", expected: "expected e.g. \(example)") }
            guard v > 0 else { throw UnitProblem(problem: "'\(t)' must be positive", expected: "expected e.g. \(example)") }
            return v
        }
        if let n = Double(t), n.isFinite {
            throw UnitProblem(problem: "'\(t)' has no unit", expected: "expected COUNT/UNIT, e.g. \(t)/min or \(t)/h")
        }
        let parts = t.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count == 2, let n = Double(parts[0].trimmingCharacters(in: .whitespaces)), n.isFinite {
            throw UnitProblem(problem: "'\(t)': '\(parts[1].trimmingCharacters(in: .whitespaces))' is not a unit of time",
                              expected: "expected one of: \(durationUnitList), or a duration such as 15m")
        }
        throw UnitProblem(problem: "'\(t)' is not a rate", expected: "expected COUNT/UNIT, e.g. \(example); units: \(durationUnitList)")
    }
}
