/// Soak tests (`stress --soak DAYS`): the scenario's horizon repeated back to back.
extension ModelSpec {
    /// Why the horizon cannot be repeated, or nil when it can: a window longer than a day
    /// has no next day to follow it (a horizon of several days needs windows of at most 24 h).
    public var repeatingProblem: String? {
        horizon.windowLength > Horizon.day + 1e-9
            ? "the horizon's window is longer than 24 h, so its days cannot follow each other" : nil
    }

    /// The model with its horizon repeated `times` times back to back: `days × times` days,
    /// with every per-interval input — each channel's arrival rates, each team's head-count,
    /// the visitors' rates — repeated, each channel's trace times shifted by whole days (with
    /// their recorded handle, patience and class), and
    /// listed shifts worked on the repeated days too. The warm-up stays at the start; queues,
    /// backlogs and agents' work carry from one day to the next as on any multi-day horizon.
    public func repeatingDays(_ times: Int) -> ModelSpec {
        precondition(times >= 1 && repeatingProblem == nil)
        var m = self
        let days = horizon.days
        m.horizon.days = days * times
        // One repetition's span: its days, each a day stride apart (the next day opens one
        // stride after the last day's open).
        let span = Double(days) * max(Horizon.day, horizon.windowLength)
        func repeated<T>(_ values: [T]) -> [T] { Array((0..<times).map { _ in values }.joined()) }
        for c in m.channels.indices {
            m.channels[c].arrivalRates = repeated(channels[c].arrivalRates)
            if let n = channels[c].arrivalTimes?.count {
                m.channels[c].repickScriptedArrivals((0..<times).flatMap { k in (0..<n).map { ($0, Double(k) * span) } })
            }
            // Out-of-service windows (a channel outage) happen on every repetition too.
            let n = horizon.intervalCount
            m.channels[c].availability.outOfService = (0..<times).flatMap { k in
                channels[c].availability.outOfService.map { ($0.lowerBound + k * n) ..< ($0.upperBound + k * n) }
            }
        }
        for t in m.teams.indices {
            m.teams[t].headcount = repeated(teams[t].headcount)
            m.teams[t].shifts = teams[t].shifts.map { list in
                list.map { s in
                    var s = s
                    s.days = (0..<times).flatMap { k in s.days.map { $0 + k * days } }
                    return s
                }
            }
        }
        if let v = visitors { m.visitors!.arrivalRates = repeated(v.arrivalRates) }
        return m
    }
}
