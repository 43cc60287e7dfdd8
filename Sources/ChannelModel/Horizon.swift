/// The simulated period: `days` days, each open for `intervalsPerDay` intervals of
/// `intervalLength` seconds starting at clock time `dayStart`.
///
/// Engine time 0 is the start of the first interval. Day d's window opens at d × 24 h;
/// when a day is shorter than 24 h, the gap until the next day has no arrivals and no
/// staff (work in progress and queued customers are finished first: see `docs/model.md`).
public struct Horizon: Sendable, Equatable {
    public var intervalLength: Double
    public var intervalsPerDay: Int
    public var days: Int
    /// Seconds after midnight at which each day's first interval starts (for labels).
    public var dayStart: Double

    public init(intervalLength: Double, intervalsPerDay: Int, days: Int = 1, dayStart: Double = 0) {
        self.intervalLength = intervalLength
        self.intervalsPerDay = intervalsPerDay
        self.days = days
        self.dayStart = dayStart
    }

    public static let day: Double = 86_400

    /// Intervals in the whole horizon.
    public var intervalCount: Int { intervalsPerDay * days }
    /// Length of one day's open window.
    public var windowLength: Double { Double(intervalsPerDay) * intervalLength }
    /// Whether consecutive days' windows touch (a 24-hour day), so nothing closes between them.
    public var isContinuous: Bool { days == 1 || windowLength >= Self.day }
    /// The distance between the starts of consecutive days.
    var dayStride: Double { max(Self.day, windowLength) }

    /// Engine time at which interval `i` starts.
    public func start(ofInterval i: Int) -> Double {
        Double(i / intervalsPerDay) * dayStride + Double(i % intervalsPerDay) * intervalLength
    }

    /// Engine time at which interval `i` ends.
    public func end(ofInterval i: Int) -> Double { start(ofInterval: i) + intervalLength }

    /// The interval containing engine time `t`, or nil in a closed gap or after the horizon.
    public func interval(at t: Double) -> Int? {
        guard t >= 0 else { return nil }
        let d = Int(t / dayStride)
        guard d < days else { return nil }
        let j = Int((t - Double(d) * dayStride) / intervalLength)
        return j < intervalsPerDay ? d * intervalsPerDay + j : nil
    }

    /// Clock label (`HH:MM`) of interval i, with a day prefix on multi-day horizons.
    public func label(ofInterval i: Int) -> String {
        let clock = Units.clock(dayStart + Double(i % intervalsPerDay) * intervalLength)
        return days > 1 ? "d\(i / intervalsPerDay + 1) \(clock)" : clock
    }

    /// Clock time (seconds after midnight) at engine time `t`.
    public func clockOfDay(_ t: Double) -> Double {
        (dayStart + t.truncatingRemainder(dividingBy: Self.day)).truncatingRemainder(dividingBy: Self.day)
    }

    /// Engine time at which the last interval ends.
    public var end: Double { end(ofInterval: intervalCount - 1) }
}
