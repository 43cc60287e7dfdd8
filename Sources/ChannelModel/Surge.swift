/// A burst of demand for a load test (`stress --surge 'x3 12:00 30m'`): every arrival rate
/// times `multiplier` over whole intervals of the horizon.
public struct Surge: Sendable, Equatable {
    public var multiplier: Double
    /// The intervals it covers, `first ..< first + count`.
    public var first: Int
    public var count: Int
    /// As written.
    public var text: String

    public init(multiplier: Double, first: Int, count: Int, text: String) {
        self.multiplier = multiplier
        self.first = first
        self.count = count
        self.text = text
    }

    public var intervals: Range<Int> { first ..< first + count }

    /// Reads `xM [dN] HH:MM DURATION` against `horizon` (see `StressWindow.parse`).
    public static func parse(_ text: String, horizon: Horizon) throws(TargetError) -> Surge {
        let parts = text.split(separator: " ").map(String.init)
        let grammar = "expected xMULTIPLIER [dDAY] HH:MM DURATION, e.g. x3 12:00 30m"
        guard parts.count == 3 || parts.count == 4, parts[0].lowercased().hasPrefix("x") else {
            throw TargetError(offset: 0, problem: "'\(text)' is not a surge", expected: grammar)
        }
        guard let m = Double(parts[0].dropFirst()), m.isFinite, m > 0, m <= 1000 else {
            throw TargetError(offset: 0, problem: "'\(parts[0])' is not a multiplier > 0", expected: "expected e.g. x3 or x1.5 (at most x1000)")
        }
        let w = try StressWindow.parse(Array(parts.dropFirst()), horizon: horizon, what: "surge")
        return Surge(multiplier: m, first: w.lowerBound, count: w.count, text: text)
    }
}

/// When a load-test event happens: `[dN] HH:MM DURATION`, on whole intervals of a horizon.
public enum StressWindow {
    /// The intervals `[dN] HH:MM DURATION` covers. It must start on an interval boundary
    /// inside the day's window and last whole intervals: rates and head-counts are per
    /// interval, so anything else would need values the model does not have.
    public static func parse(_ parts: [String], horizon: Horizon, what: String) throws(TargetError) -> Range<Int> {
        guard parts.count == 2 || parts.count == 3 else {
            throw TargetError(offset: 0, problem: "'\(parts.joined(separator: " "))' is not a time window", expected: "expected [dDAY] HH:MM DURATION, e.g. 12:00 30m")
        }
        var day = 1
        if parts.count == 3 {
            guard parts[0].hasPrefix("d"), let d = Int(parts[0].dropFirst()), d >= 1 else {
                throw TargetError(offset: 0, problem: "'\(parts[0])' is not a day", expected: "expected d1, d2, …")
            }
            day = d
        }
        guard day <= horizon.days else {
            throw TargetError(offset: 0, problem: "day \(day) is outside the horizon", expected: "expected a day from 1 to \(horizon.days)")
        }
        let clockText = parts[parts.count - 2], lengthText = parts[parts.count - 1]
        guard let clock = Units.parseClock(clockText) else {
            throw TargetError(offset: 0, problem: "'\(clockText)' is not a clock time", expected: "expected HH:MM")
        }
        guard let length = Units.parseDuration(lengthText), length > 0 else {
            throw TargetError(offset: 0, problem: "'\(lengthText)' is not a positive duration", expected: "expected e.g. 30m")
        }
        let offset = clock - horizon.dayStart
        let step = horizon.intervalLength
        let window = "\(Units.clock(horizon.dayStart))–\(Units.clock(horizon.dayStart + horizon.windowLength))"
        guard offset >= 0, offset + length <= horizon.windowLength + 1e-9 else {
            throw TargetError(offset: 0, problem: "\(clockText) for \(lengthText) is outside the day's window \(window)",
                              expected: "expected a \(what) inside the horizon")
        }
        func whole(_ x: Double) -> Bool { abs(x / step - (x / step).rounded()) < 1e-9 }
        guard whole(offset), whole(length) else {
            throw TargetError(offset: 0, problem: "the \(what) does not start and end on interval boundaries",
                              expected: "expected a start on the \(Units.formatDurationCompact(step)) grid from \(Units.clock(horizon.dayStart)) and a length of whole \(Units.formatDurationCompact(step)) intervals")
        }
        let first = (day - 1) * horizon.intervalsPerDay + Int((offset / step).rounded())
        return first ..< first + Int((length / step).rounded())
    }
}

extension ModelSpec {
    /// The model with every arrival rate (channels' and visitors') multiplied in the
    /// surge's intervals.
    public func applying(_ surge: Surge) -> ModelSpec {
        var m = self
        func scaled(_ rates: [Double]) -> [Double] {
            rates.enumerated().map { surge.intervals.contains($0.offset) ? $0.element * surge.multiplier : $0.element }
        }
        for c in m.channels.indices { m.channels[c].arrivalRates = scaled(m.channels[c].arrivalRates) }
        if let v = m.visitors { m.visitors!.arrivalRates = scaled(v.arrivalRates) }
        return m
    }
}
