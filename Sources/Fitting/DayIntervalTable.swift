/// One interval of one day of one channel, as observed in the log.
public struct IntervalCounts: Sendable, Equatable {
    /// Offered to the agent queue (served + abandoned), by the time they were offered.
    public var offered = 0
    public var served = 0
    public var abandoned = 0
    /// Hung up before the agent queue (not offered).
    public var leftBeforeQueue = 0
    /// Sum of the queue waits of the offered contacts (abandoners' time to abandon included).
    public var waitSum = 0.0
    /// Agent-seconds of service that fall in this interval (whatever the contact's own interval).
    public var busySeconds = 0.0
    /// Agents (indices into the table's `agentNames`) serving at some moment of this interval.
    public var agents = Set<Int>()
    public init() {}
}

/// The log summarised per day and interval: the table later work (validation against a
/// simulated day, replay) compares with, and the source of the arrival profile and the
/// agents-present estimate. Memory grows with days × intervals, not with contacts.
public struct DayIntervalTable: Sendable {
    public let intervalLength: Double
    public var intervalsPerDay: Int { Int((86_400 / intervalLength).rounded()) }
    /// Day number → one entry per interval of the day.
    public private(set) var days: [Int: [IntervalCounts]] = [:]
    /// Days on which the selection saw at least one contact (service spilling past midnight
    /// into an unselected day does not make that day count).
    public private(set) var daysSeen = Set<Int>()
    public private(set) var agentNames: [String] = []
    private var agentIndex: [String: Int] = [:]

    public init(intervalLength: Double) { self.intervalLength = intervalLength }

    private mutating func update(day: Int, interval: Int, _ body: (inout IntervalCounts) -> Void) {
        if days[day] == nil { days[day] = Array(repeating: IntervalCounts(), count: intervalsPerDay) }
        body(&days[day]![interval])
    }

    private func interval(_ second: Double) -> Int { min(Int(second / intervalLength), intervalsPerDay - 1) }

    public mutating func add(_ r: ContactRecord) {
        daysSeen.insert(r.day)
        let i = interval(r.second)
        update(day: r.day, interval: i) { c in
            switch r.outcome {
            case .served: c.offered += 1; c.served += 1; c.waitSum += r.wait
            case .abandoned: c.offered += 1; c.abandoned += 1; c.waitSum += r.wait
            case .leftBeforeQueue: c.leftBeforeQueue += 1
            }
        }
        guard r.outcome == .served else { return }
        var agent: Int?
        if let name = r.agent {
            if let a = agentIndex[name] { agent = a } else {
                agent = agentNames.count; agentIndex[name] = agentNames.count; agentNames.append(name)
            }
        }
        // The service runs from the end of the wait for `handle` seconds, possibly across
        // interval and day boundaries.
        var start = Double(r.day) * 86_400 + r.second + r.wait
        let end = start + r.handle
        while start < end {
            let day = Int((start / 86_400).rounded(.down))
            let second = start - Double(day) * 86_400
            let i = interval(second)
            let boundary = Double(day) * 86_400 + Double(i + 1) * intervalLength
            let stop = min(end, boundary)
            update(day: day, interval: i) { c in
                c.busySeconds += stop - start
                if let agent { c.agents.insert(agent) }
            }
            start = stop
        }
    }

    /// The seen days, ascending.
    public var sortedDays: [Int] { daysSeen.sorted() }

    /// Per interval of the day, the mean over the seen days of `value`.
    public func meanPerInterval(_ value: (IntervalCounts) -> Double) -> [Double] {
        let ds = sortedDays
        guard !ds.isEmpty else { return [] }
        return (0..<intervalsPerDay).map { i in
            ds.reduce(0.0) { $0 + value(days[$1]![i]) } / Double(ds.count)
        }
    }

    /// The day's total of `value`.
    public func dayTotal(_ day: Int, _ value: (IntervalCounts) -> Double) -> Double {
        days[day]?.reduce(0) { $0 + value($1) } ?? 0
    }
}
