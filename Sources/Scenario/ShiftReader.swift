import ChannelModel

/// Reads `shifts:`, a team's schedule as shift definitions, into a head-count per interval.
///
/// Each shift is `{ start: "08:00", end: "16:00", agents: 4, days: [1, 2] }` (days of the
/// horizon, 1-based; all days when left out). An interval's head-count is the sum of the
/// agents of the shifts that cover it. Shifts must start and end on interval boundaries
/// inside the day's window, so every interval is either wholly in a shift or not at all.
enum ShiftReader {
    static let expected = "expected shifts: [{ start: \"08:00\", end: \"16:00\", agents: 4 }, ...]"

    static func read(_ v: YAMLValue, horizon h: Horizon) throws(ScenarioError) -> (headcount: [Int], patterns: [ShiftPattern]) {
        let items = try v.list()
        guard !items.isEmpty else { throw v.error("is empty", expected: expected) }
        var headcount = Array(repeating: 0, count: h.intervalCount)
        var patterns: [ShiftPattern] = []
        for item in items {
            var m = try item.map()
            let startV = try m.required("start", expected: "expected start: \"HH:MM\"")
            let endV = try m.required("end", expected: "expected end: \"HH:MM\"")
            let first = try boundary(startV, horizon: h)
            let last = try boundary(endV, horizon: h)
            guard last > first else {
                throw endV.error("is not after start", expected: "expected an end later the same day; night shifts are not modelled")
            }
            let agents = try TeamReader.headcountValue(m.required("agents", expected: "expected agents: N"))
            var days = Array(1...h.days)
            var given = false
            if let daysV = m.optional("days") {
                given = true
                days = []
                for d in try daysV.list() {
                    let day = try d.positiveInt("expected a day of the horizon, 1…\(h.days)")
                    guard day <= h.days else {
                        throw d.error("day \(day) is outside the horizon", expected: "expected a day of the horizon, 1…\(h.days)")
                    }
                    days.append(day)
                }
            }
            try m.finish()
            patterns.append(ShiftPattern(start: first, end: last, days: Array(Set(days)).sorted(), agents: agents,
                                         daysGiven: given))
            for d in Set(days) {
                for j in first..<last {
                    let i = (d - 1) * h.intervalsPerDay + j
                    headcount[i] += agents
                    guard headcount[i] <= Limits.maxHeadcount else {
                        throw item.error("brings the head-count to \(headcount[i])", expected: "expected at most \(Limits.maxHeadcount) agents at once")
                    }
                }
            }
        }
        return (headcount, patterns)
    }

    /// The index (0…intervalsPerDay) of the interval boundary at the clock time `v`.
    static func boundary(_ v: YAMLValue, horizon h: Horizon) throws(ScenarioError) -> Int {
        let clock = try v.clock()
        let open = Units.clock(h.dayStart), close = Units.clock(h.dayStart + h.windowLength)
        let offset = clock - h.dayStart
        guard offset >= 0 && offset <= h.windowLength else {
            throw v.error("\(Units.clock(clock)) is outside the horizon's day, \(open)–\(close)",
                          expected: "expected a time within the opening window")
        }
        let k = offset / h.intervalLength
        guard abs(k - k.rounded()) < 1e-9 else {
            throw v.error("\(Units.clock(clock)) is not on an interval boundary",
                          expected: "expected a multiple of \(Units.formatDuration(h.intervalLength)) after \(open)")
        }
        return Int(k.rounded())
    }
}
