import ChannelModel
import Foundation
import Yams

/// A YAML node with the path and position needed to report a problem with it.
///
/// Every accessor throws a `ScenarioError` pointing at the node itself, so the loader
/// reads as a plain description of the schema.
struct YAMLValue {
    let node: Node
    let path: String
    let file: String

    var line: Int { node.mark?.line ?? 1 }
    var column: Int { node.mark?.column ?? 1 }

    func error(_ problem: String, expected: String = "") -> ScenarioError {
        ScenarioError(file: file, line: line, column: column, field: path, problem: problem, expected: expected)
    }

    /// A short description of what the node is, for "found X" messages.
    var kindName: String {
        switch node {
        case .mapping: return "a map"
        case .sequence: return "a list"
        case .scalar(let s): return s.string.isEmpty ? "an empty value" : "'\(s.string)'"
        case .alias: return "an alias"
        }
    }

    func child(_ key: String, _ node: Node) -> YAMLValue {
        YAMLValue(node: node, path: path == "(root)" ? key : "\(path).\(key)", file: file)
    }

    func map() throws(ScenarioError) -> YAMLMap {
        guard case .mapping(let m) = node else { throw error("is \(kindName)", expected: "expected a map of fields") }
        return YAMLMap(value: self, mapping: m)
    }

    func list() throws(ScenarioError) -> [YAMLValue] {
        guard case .sequence(let s) = node else { throw error("is \(kindName)", expected: "expected a list") }
        return s.enumerated().map { i, n in YAMLValue(node: n, path: "\(path)[\(i)]", file: file) }
    }

    var isList: Bool { if case .sequence = node { return true } else { return false } }
    var isMap: Bool { if case .mapping = node { return true } else { return false } }

    func string() throws(ScenarioError) -> String {
        guard case .scalar(let s) = node else { throw error("is \(kindName)", expected: "expected text") }
        return s.string
    }

    func double(_ expected: String = "expected a number") throws(ScenarioError) -> Double {
        let s = try string()
        guard let v = Double(s.trimmingCharacters(in: .whitespaces)), v.isFinite else {
            throw error("'\(s)' is not a number", expected: expected)
        }
        return v
    }

    func int(_ expected: String = "expected a whole number") throws(ScenarioError) -> Int {
        let s = try string()
        let t = s.trimmingCharacters(in: .whitespaces)
        guard let v = Int(t) else {
            // Digits that do not fit an Int are a size problem, not a typing one.
            let digits = t.hasPrefix("-") || t.hasPrefix("+") ? t.dropFirst() : t[...]
            if !digits.isEmpty && digits.allSatisfy({ ("0"..."9").contains($0) }) {
                throw error("\(t) is too large", expected: expected)
            }
            throw error("'\(s)' is not a whole number", expected: expected)
        }
        return v
    }

    func positiveInt(_ what: String = "expected a whole number ≥ 1") throws(ScenarioError) -> Int {
        let v = try int(what)
        guard v >= 1 else { throw error("must be at least 1, got \(v)", expected: what) }
        return v
    }

    func nonNegativeInt() throws(ScenarioError) -> Int {
        let v = try int("expected a whole number ≥ 0")
        guard v >= 0 else { throw error("must not be negative, got \(v)", expected: "expected a whole number ≥ 0") }
        return v
    }

    func probability() throws(ScenarioError) -> Double {
        let v = try double("expected a number between 0 and 1")
        guard (0...1).contains(v) else { throw error("\(v) is outside 0…1", expected: "expected a number between 0 and 1") }
        return v
    }

    /// A duration with a unit (`45s`, `5m`, `1.5h`, `2d`, `90 seconds`), in seconds.
    func duration(positive: Bool = true) throws(ScenarioError) -> Double {
        let expected = "expected a duration such as 45s, 5m, 1.5h"
        let s = try string()
        guard let v = Units.parseDuration(s) else {
            if Double(s) != nil { throw error("'\(s)' has no unit", expected: expected) }
            // Not a number with a known unit: list the units, which a planner cannot guess.
            throw error("'\(s)' is not a duration", expected: "expected a number and a unit: \(Units.durationUnitList)")
        }
        if positive && v <= 0 { throw error("must be positive, got \(s)", expected: expected) }
        if v < 0 { throw error("must not be negative, got \(s)", expected: expected) }
        // Durations beyond ~30 years are input mistakes, and would overflow the engine's clock arithmetic.
        if v > Limits.maxDuration { throw error("\(s) is longer than the supported 10⁹ s (about 31 years)", expected: expected) }
        return v
    }

    /// An amount of money (a plain number in the scenario's currency).
    func money(positive: Bool = false) throws(ScenarioError) -> Double {
        let expected = positive ? "expected an amount of money > 0, e.g. 28.50" : "expected an amount of money ≥ 0, e.g. 28.50"
        let x = try double(expected)
        if positive && x <= 0 { throw error("must be positive, got \(x)", expected: expected) }
        if x < 0 { throw error("must not be negative, got \(x)", expected: expected) }
        if x > Limits.maxMoney { throw error("\(x) is above the supported 10¹²", expected: expected) }
        return x
    }

    /// A rate with a unit (`2/min`, `120/h`), in events per second.
    func rate() throws(ScenarioError) -> Double {
        let expected = "expected a rate such as 2/min or 120/h"
        let s = try string()
        guard let v = Units.parseRate(s) else { throw error("'\(s)' is not a rate", expected: expected) }
        guard v >= 0 else { throw error("must not be negative, got \(s)", expected: expected) }
        guard v <= Limits.maxRate else { throw error("\(s) is above the supported 1,000 per second", expected: expected) }
        return v
    }

    /// A clock time `HH:MM`, in seconds after midnight.
    func clock() throws(ScenarioError) -> Double {
        let s = try string()
        guard let v = Units.parseClock(s) else { throw error("'\(s)' is not a clock time", expected: "expected HH:MM, e.g. \"08:00\"") }
        return v
    }
}

/// A YAML mapping whose keys are checked: reading marks a key as known, and `finish()`
/// rejects any key that was never read (with a "did you mean" when one is close).
struct YAMLMap {
    let value: YAMLValue
    private var entries: [(key: String, keyNode: Node, value: Node)] = []
    private var known: Set<String> = []

    init(value: YAMLValue, mapping: Node.Mapping) {
        self.value = value
        entries = mapping.map { ($0.key.string ?? "", $0.key, $0.value) }
    }

    var keys: [String] { entries.map(\.key) }

    mutating func optional(_ key: String) -> YAMLValue? {
        known.insert(key)
        guard let e = entries.first(where: { $0.key == key }) else { return nil }
        // An empty value, `~` or `null` (unquoted) means the field is absent.
        if case .scalar(let s) = e.value, s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) {
            return nil
        }
        return value.child(key, e.value)
    }

    mutating func required(_ key: String, expected: String) throws(ScenarioError) -> YAMLValue {
        guard let v = optional(key) else {
            throw value.error("missing required field '\(key)'", expected: expected)
        }
        return v
    }

    /// All entries, each marked known (for maps keyed by user-chosen names).
    mutating func all() -> [(String, YAMLValue)] {
        entries.map { e in
            known.insert(e.key)
            return (e.key, value.child(e.key, e.value))
        }
    }

    /// Rejects unknown keys.
    func finish() throws(ScenarioError) {
        for e in entries where !known.contains(e.key) {
            let k = value.child(e.key, e.keyNode)
            var expected = "expected one of: " + known.sorted().joined(separator: ", ")
            if let s = Suggest.closest(to: e.key, in: Array(known)) { expected = "did you mean '\(s)'?" }
            throw k.error("unknown field '\(e.key)'", expected: expected)
        }
    }

    /// Exactly one of the keys must be present; returns it and its value.
    mutating func oneOf(_ keys: [String], expected: String) throws(ScenarioError) -> (String, YAMLValue) {
        let present = keys.compactMap { k in optional(k).map { (k, $0) } }
        guard present.count == 1 else {
            if present.isEmpty { throw value.error("needs one of \(keys.joined(separator: ", "))", expected: expected) }
            throw present[1].1.error("conflicts with '\(present[0].0)'", expected: "give only one of \(keys.joined(separator: ", "))")
        }
        return present[0]
    }
}
