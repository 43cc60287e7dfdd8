import ChannelModel
import Foundation

/// A sweep's input that cannot make a grid: a bad `--vary` value list, unequal `--zip`
/// lists, or too many points. `flag` is the `--vary` text it concerns, if one.
public struct SweepError: Error, Sendable, Equatable, CustomStringConvertible {
    public var flag: String?
    public var problem: String

    public init(flag: String?, problem: String) {
        self.flag = flag
        self.problem = problem
    }

    public var description: String { flag.map { "--vary \($0): \(problem)" } ?? problem }
}

/// One value a sweep gives a parameter: the text written into the scenario (`8`, `0.5`,
/// `90s`) and the number it stands for in the axis's unit (for charts).
public struct SweepValue: Sendable, Equatable {
    public var text: String
    public var number: Double

    public init(text: String, number: Double) {
        self.text = text
        self.number = number
    }
}

/// One `--vary PATH=VALUES`: a parameter and the values it takes, in order.
///
/// VALUES is a comma list (`1,2,3,4`) whose items may be ranges: `A..B` steps by 1,
/// `A..B:STEP` by STEP, both ends included, `A + k·STEP` computed afresh for every k so
/// that 0.1 steps do not drift. A value may carry a unit (`60s`, `2m`, `75/h`); a range's
/// ends and step must share its dimension, and values are written in the unit of its start.
public struct SweepAxis: Sendable, Equatable {
    /// The flag's text after `--vary`, for messages.
    public var flag: String
    public var path: String
    public var values: [SweepValue]
    /// The unit suffix of the first value (`s`, `/h`, or empty).
    public var unit: String

    public static let expectedValues = "expected a list such as 1,2,3, a range such as 8..14, or 0.4..0.7:0.1"
    static let expectedNumber = "expected a number, with a unit where the field has one: 8, 0.4, 60s, 75/h"

    /// Parses `PATH=VALUES`.
    public static func parse(_ flag: String) throws(SweepError) -> SweepAxis {
        func fail(_ problem: String) -> SweepError { SweepError(flag: flag, problem: problem) }
        guard let eq = flag.firstIndex(of: "=") else {
            throw fail("expected PATH=VALUES, e.g. teams.web.headcount=8..14")
        }
        let path = flag[..<eq].trimmingCharacters(in: .whitespaces)
        let text = flag[flag.index(after: eq)...].trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else { throw fail("no field path before '=' (expected e.g. teams.web.headcount=8..14)") }
        guard !text.isEmpty else { throw fail("no values (\(expectedValues))") }
        var values: [SweepValue] = []
        var unit: Quantity?
        for item in text.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard !item.isEmpty else { throw fail("an empty value in '\(text)' (\(expectedValues))") }
            for q in try expand(item, flag: flag) {
                let first = unit ?? q
                guard first.dimension == q.dimension else {
                    throw fail("\(first.text) and \(q.text) are not in the same unit (write the unit on every value, e.g. 60s..180s)")
                }
                unit = first
                guard !values.contains(where: { $0.text == q.text }) else { throw fail("the value \(q.text) is listed twice") }
                values.append(SweepValue(text: q.text, number: q.suffix == first.suffix ? q.value : q.value * q.factor / first.factor))
                guard values.count <= SweepGrid.maxPoints else {
                    throw fail("more than \(SweepGrid.grouped(SweepGrid.maxPoints)) values")
                }
            }
        }
        return SweepAxis(flag: flag, path: path, values: values, unit: unit?.suffix ?? "")
    }

    /// The values of one comma item: itself, or the range it writes.
    static func expand(_ item: String, flag: String) throws(SweepError) -> [Quantity] {
        func fail(_ problem: String) -> SweepError { SweepError(flag: flag, problem: problem) }
        guard let dots = item.range(of: "..") else { return [try Quantity.parse(item, flag: flag)] }
        let start = try Quantity.parse(String(item[..<dots.lowerBound]), flag: flag)
        var rest = String(item[dots.upperBound...])
        var stepText: String?
        if let colon = rest.firstIndex(of: ":") {
            stepText = String(rest[rest.index(after: colon)...])
            rest = String(rest[..<colon])
        }
        let end = try Quantity.parse(rest, flag: flag)
        let step = try stepText.map { t throws(SweepError) in try Quantity.parse(t, flag: flag) }
            ?? Quantity(text: "1", value: 1, suffix: start.suffix, dimension: start.dimension, factor: start.factor, decimals: 0)
        for q in [end, step] where q.dimension != start.dimension {
            throw fail("\(start.text) and \(q.text) are not in the same unit (write the unit on every value, e.g. 60s..180s:30s)")
        }
        // Everything in the unit of the start, so the values read as the user wrote them.
        func inStart(_ q: Quantity) -> Double { q.suffix == start.suffix ? q.value : q.value * q.factor / start.factor }
        let a = start.value, b = inStart(end), s = inStart(step)
        guard s > 0 else { throw fail("the step \(step.text) is not positive (expected A..B:STEP with STEP > 0)") }
        guard a <= b else { throw fail("the range \(item) is empty (expected A..B with A ≤ B)") }
        let q = (b - a) / s
        guard q + 1 <= Double(SweepGrid.maxPoints) else {
            throw fail("the range \(item) has more than \(SweepGrid.grouped(SweepGrid.maxPoints)) values")
        }
        // A tolerance so that 0.4..0.7:0.1 includes 0.7 although (0.7 − 0.4) / 0.1 < 3.
        let count = Int((q + 1e-9 * max(1, q)).rounded(.down)) + 1
        let decimals = max(start.decimals, step.suffix == start.suffix ? step.decimals : Quantity.decimals(of: s))
        return (0..<count).map { k in
            let x = a + Double(k) * s
            var text = String(format: "%.\(decimals)f", x)
            if Double(text) == 0 { text = String(format: "%.\(decimals)f", 0.0) }
            return Quantity(text: text + start.suffix, value: Double(text) ?? x, suffix: start.suffix,
                            dimension: start.dimension, factor: start.factor, decimals: decimals)
        }
    }
}

/// A number with an optional unit, as a sweep value is written.
struct Quantity: Equatable {
    enum Dimension: Equatable { case plain, duration, rate }

    var text: String
    /// The number as written, in the unit of `suffix`.
    var value: Double
    var suffix: String
    var dimension: Dimension
    /// Seconds (durations) or events per second (rates) in one unit of `suffix`.
    var factor: Double
    /// Decimal places written.
    var decimals: Int

    static func parse(_ raw: String, flag: String) throws(SweepError) -> Quantity {
        let t = raw.trimmingCharacters(in: .whitespaces)
        let numberChars = Set("+-0123456789.eE")
        var cut = t.startIndex
        while cut < t.endIndex, numberChars.contains(t[cut]) {
            // An `e` is an exponent only when a digit follows it (else it may start a unit).
            if "eE".contains(t[cut]), !(t.index(after: cut) < t.endIndex && t[t.index(after: cut)].isNumber
                                        || t.index(after: cut) < t.endIndex && "+-".contains(t[t.index(after: cut)])) { break }
            cut = t.index(after: cut)
        }
        let numberText = String(t[..<cut]), suffix = String(t[cut...]).trimmingCharacters(in: .whitespaces)
        guard let value = Double(numberText), value.isFinite, numberText.contains(where: \.isNumber) else {
            throw SweepError(flag: flag, problem: "'\(t)' is not a number (\(SweepAxis.expectedNumber))")
        }
        var q = Quantity(text: t, value: value, suffix: suffix, dimension: .plain, factor: 1, decimals: decimals(in: numberText))
        if suffix.isEmpty { return q }
        if let seconds = Units.parseDuration("1" + suffix) {
            q.dimension = .duration
            q.factor = seconds
        } else if let rate = Units.parseRate("1" + suffix) {
            q.dimension = .rate
            q.factor = rate
        } else {
            throw SweepError(flag: flag, problem: "'\(t)' is not a number (\(SweepAxis.expectedNumber))")
        }
        return q
    }

    /// Decimal places in a number's text (`0.25` → 2), ignoring an exponent's.
    static func decimals(in text: String) -> Int {
        let mantissa = text.split(whereSeparator: { $0 == "e" || $0 == "E" }).first.map(String.init) ?? text
        guard let dot = mantissa.firstIndex(of: ".") else { return 0 }
        return mantissa.distance(from: dot, to: mantissa.endIndex) - 1
    }

    /// Decimal places of a computed step (shortest round-trip text, at most 12).
    static func decimals(of x: Double) -> Int {
        // Twelve significant digits hide the conversion's rounding (0.5000000000000001).
        var text = String(format: "%.12f", Double(String(format: "%.12g", x)) ?? x)
        while text.hasSuffix("0") { text.removeLast() }
        return decimals(in: text)
    }
}
