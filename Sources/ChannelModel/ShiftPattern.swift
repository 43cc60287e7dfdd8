/// One shift a team's schedule is built from, as the scenario lists it: which intervals of
/// which days it covers, and how many agents work it. `staff --shifts` keeps the patterns
/// and chooses the agents.
public struct ShiftPattern: Sendable, Equatable {
    /// First interval of the day it covers (0-based) and the boundary it ends at.
    public var start: Int
    public var end: Int
    /// Days of the horizon it is worked, 1-based, ascending.
    public var days: [Int]
    public var agents: Int
    /// Whether the scenario listed `days` (written back only then).
    public var daysGiven: Bool

    public init(start: Int, end: Int, days: [Int], agents: Int, daysGiven: Bool) {
        self.start = start
        self.end = end
        self.days = days
        self.agents = agents
        self.daysGiven = daysGiven
    }

    /// The intervals of the horizon it covers.
    public func intervals(in h: Horizon) -> [Int] {
        days.flatMap { d in (start..<end).map { (d - 1) * h.intervalsPerDay + $0 } }
    }

    /// Its start and end as clock times ("08:00").
    public func clock(in h: Horizon) -> (start: String, end: String) {
        (Units.clock(h.dayStart + Double(start) * h.intervalLength), Units.clock(h.dayStart + Double(end) * h.intervalLength))
    }
}
