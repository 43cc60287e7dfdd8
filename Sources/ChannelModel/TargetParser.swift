import Foundation

/// Reads the text of a target: `SCOPE.FIGURE[(T)] >= BOUND` or `… <= BOUND`.
///
/// Only the syntax, the figure's name and the bound's unit are checked here; whether the
/// scope exists in a scenario is `Target.check(against:)`'s job.
extension Target {
    /// Short names people write for the figures they mean most often.
    public static let aliases: [String: String] = [
        "sl": "sl_offered", "service_level": "sl_offered", "abandon": "p_abandon", "abandonment": "p_abandon",
        "satisfaction": "satisfaction_proxy", "cost": "agent_cost", "backlog_age": "oldest_waiting_age",
        "reply_time": "reply_delay",
    ]

    /// Every figure name a target may use (canonical names; aliases come on top).
    public static var knownFigures: [String] {
        var names = Metric.allCases.map(\.rawValue) + GroupFigures.team + GroupFigures.totals
        names += VisitorOutcome.allCases.map(\.name) + ["visitors", "proactive_invited", "proactive_accepted"]
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    static let grammar = "expected SCOPE.FIGURE >= BOUND or <= BOUND, e.g. chat.sl(60s) >= 0.8"

    /// Parses `text`; throws with the offset of the part that is wrong.
    public static func parse(_ text: String) throws(TargetError) -> Target {
        let chars = Array(text)
        let ops: [(String, Comparison)] = [(">=", .atLeast), ("≥", .atLeast), ("<=", .atMost), ("≤", .atMost)]
        var found: (range: Range<Int>, Comparison)?
        for (op, cmp) in ops {
            if let r = text.range(of: op) {
                let at = text.distance(from: text.startIndex, to: r.lowerBound)
                found = (at..<at + op.count, cmp)
                break
            }
        }
        guard let (opRange, comparison) = found else {
            let bad = chars.firstIndex { "<>=".contains($0) }
            throw TargetError(offset: bad ?? 0, problem: bad == nil ? "has no comparison" : "uses a comparison other than >= or <=",
                              expected: grammar)
        }
        let lhsText = String(chars[..<opRange.lowerBound])
        let rhsText = String(chars[opRange.upperBound...])
        let lhsLead = lhsText.prefix { $0 == " " }.count
        let lhs = lhsText.trimmingCharacters(in: .whitespaces)
        let rhs = rhsText.trimmingCharacters(in: .whitespaces)
        let rhsOffset = opRange.upperBound + rhsText.prefix { $0 == " " }.count

        let figure = try parseFigure(lhs, offset: lhsLead)
        let (scope, metric, written, threshold) = (figure.scope, figure.metric, figure.written, figure.threshold)
        let thresholdText = figure.thresholdText
        let bound = try parseBound(rhs, unit: MetricCatalog.info(metric).unit, figure: written, offset: rhsOffset)
        let shown = "\(scope).\(written)\(threshold == nil ? "" : "(\(thresholdText))") \(comparison.rawValue) \(rhs)"
        return Target(scope: scope, metric: metric, threshold: threshold, comparison: comparison, bound: bound, text: shown)
    }

    /// Reads `SCOPE.FIGURE` or `SCOPE.FIGURE(T)` (a target's left side, a precision goal's
    /// or a tolerance's key); `offset` is where `text` starts in what the user wrote.
    public static func parseFigure(_ text: String, offset: Int = 0) throws(TargetError) -> FigureReference {
        let lhs = text
        let lhsLead = offset
        // FIGURE(T): a threshold in brackets.
        var figurePart = lhs, threshold: Double?, thresholdText = ""
        if lhs.hasSuffix(")"), let open = lhs.lastIndex(of: "(") {
            thresholdText = String(lhs[lhs.index(after: open)..<lhs.index(before: lhs.endIndex)])
            figurePart = String(lhs[..<open])
            let at = lhsLead + lhs.distance(from: lhs.startIndex, to: open) + 1
            guard let t = Units.parseDuration(thresholdText), t >= 0, t.isFinite else {
                throw TargetError(offset: at, problem: "'\(thresholdText)' is not a duration",
                                  expected: "expected a service-level threshold such as sl(60s)")
            }
            threshold = t
        }
        guard let dot = figurePart.lastIndex(of: "."), dot != figurePart.startIndex else {
            throw TargetError(offset: lhsLead, problem: "'\(lhs)' names no scope and figure", expected: grammar)
        }
        let scope = String(figurePart[..<dot])
        let written = String(figurePart[figurePart.index(after: dot)...])
        let figureOffset = lhsLead + figurePart.distance(from: figurePart.startIndex, to: dot) + 1
        let metric = aliases[written] ?? written
        guard knownFigures.contains(metric) else {
            let hint = NameSuggestion.closest(to: written, in: knownFigures + Array(aliases.keys))
            throw TargetError(offset: figureOffset, problem: "unknown figure '\(written)'",
                              expected: hint.map { "did you mean '\($0)'?" } ?? "expected a figure such as sl, p_abandon, asa, cost_per_resolved")
        }
        if threshold != nil && metric != Metric.slOffered.rawValue && metric != Metric.slAnswered.rawValue {
            throw TargetError(offset: figureOffset, problem: "'\(written)' takes no threshold",
                              expected: "only sl(T) and sl_answered(T) take one")
        }
        return FigureReference(scope: scope, metric: metric, written: written, threshold: threshold,
                               thresholdText: thresholdText)
    }

    /// The bound in the figure's unit: a share (`0.8` or `80%`), a duration with its unit,
    /// or a plain number.
    public static func parseBound(_ s: String, unit: MetricUnit, figure: String, offset: Int) throws(TargetError) -> Double {
        func number(_ t: String) -> Double? { Double(t.trimmingCharacters(in: .whitespaces)).flatMap { $0.isFinite ? $0 : nil } }
        guard !s.isEmpty else { throw TargetError(offset: offset, problem: "has no bound", expected: grammar) }
        switch unit {
        case .probability:
            if s.hasSuffix("%"), let v = number(String(s.dropLast())) {
                guard (0...100).contains(v) else {
                    throw TargetError(offset: offset, problem: "\(s) is outside 0…100%", expected: "expected a share such as 0.8 or 80%")
                }
                return v / 100
            }
            guard let v = number(s) else {
                throw TargetError(offset: offset, problem: "'\(s)' is not a share", expected: "expected a share such as 0.8 or 80% for \(figure)")
            }
            guard (0...1).contains(v) else {
                throw TargetError(offset: offset, problem: "\(s) is outside 0…1",
                                  expected: "\(figure) is a share: write \(v <= 100 ? "\(v / 100) or \(s)%" : "a number between 0 and 1")")
            }
            return v
        case .seconds:
            if number(s) != nil {
                throw TargetError(offset: offset, problem: "'\(s)' has no unit", expected: "\(figure) is a duration: expected e.g. \(s)s, 5m or 24h")
            }
            guard let v = Units.parseDuration(s) else {
                throw TargetError(offset: offset, problem: "'\(s)' is not a duration", expected: "expected a duration such as 30s, 5m or 24h")
            }
            guard v >= 0 else {
                throw TargetError(offset: offset, problem: "must not be negative, got \(s)", expected: "expected a duration ≥ 0 such as 30s")
            }
            return v
        default:
            guard let v = number(s) else {
                throw TargetError(offset: offset, problem: "'\(s)' is not a number",
                                  expected: "\(figure) is \(unit == .money ? "an amount of money" : "a plain number"): expected e.g. 6.50")
            }
            return v
        }
    }
}

/// A figure as written in a target, precision goal or tolerance: `chat.sl(60s)`.
public struct FigureReference: Sendable, Equatable {
    public var scope: String
    /// The canonical name (`sl_offered` for `sl`).
    public var metric: String
    /// The name as written.
    public var written: String
    public var threshold: Double?
    public var thresholdText: String

    public var key: MetricKey { MetricKey(scope: scope, metric: metric) }
}
