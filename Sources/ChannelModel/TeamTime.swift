/// Each team's agent time per interval, on duty beyond the schedule and busy per skill,
/// split into the interval's nominal time and the overtime after its window's close. The
/// recorder uses it to give a channel only the agent time spent on it (`staff`,
/// `overtime_agent_hours`), so that a channel served by several teams, or a team with
/// several skills, is not counted in full on each channel.
struct TeamTime {
    let teams: Int, channels: Int, intervals: Int
    let starts: [Double], ends: [Double]
    /// Where interval i's overtime ends: the next interval's start (equal to `ends[i]`
    /// when no window closes between them), or +∞ after the last.
    let untils: [Double]
    /// Agent-seconds of team t on duty beyond the schedule (`leaving`, `closing`) in
    /// interval i at (t × intervals + i) × 2, its nominal part, + 1 after the close.
    var extraOnDuty: [Double]
    /// Agent-seconds team t's agents held contacts of channel c, at
    /// ((t × channels + c) × intervals + i) × 2, nominal part, + 1 after the close.
    var busy: [Double]

    init(horizon h: Horizon, teams: Int, channels: Int) {
        self.teams = teams
        self.channels = channels
        intervals = h.intervalCount
        starts = (0..<intervals).map { h.start(ofInterval: $0) }
        ends = (0..<intervals).map { h.end(ofInterval: $0) }
        untils = (0..<intervals).map { $0 + 1 < h.intervalCount ? h.start(ofInterval: $0 + 1) : .infinity }
        extraOnDuty = Array(repeating: 0, count: teams * intervals * 2)
        busy = Array(repeating: 0, count: teams * channels * intervals * 2)
    }

    /// Calls `body(i, nominal, after)` for every interval whose time [a, b) overlaps: the
    /// seconds within its nominal bounds and those after its close (time in a gap between
    /// days, or after the horizon, belongs to the day's last interval).
    func split(from a: Double, to b: Double, _ body: (Int, Double, Double) -> Void) {
        guard b > a, intervals > 0 else { return }
        // The first interval whose time (overtime included) reaches past a.
        var lo = 0, hi = intervals - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if untils[mid] > a { hi = mid } else { lo = mid + 1 }
        }
        var i = lo
        while i < intervals && starts[i] < b {
            let nominal = max(0, min(b, ends[i]) - max(a, starts[i]))
            let after = max(0, min(b, untils[i]) - max(a, ends[i]))
            if nominal > 0 || after > 0 { body(i, nominal, after) }
            i += 1
        }
    }

    mutating func addBusy(team t: Int, channel c: Int, from a: Double, to b: Double) {
        let base = (t * channels + c) * intervals
        split(from: a, to: b) { i, nominal, after in
            busy[(base + i) * 2] += nominal
            busy[(base + i) * 2 + 1] += after
        }
    }

    mutating func addExtraOnDuty(team t: Int, agents: Int, from a: Double, to b: Double) {
        guard agents > 0 else { return }
        let n = Double(agents)
        split(from: a, to: b) { i, nominal, after in
            extraOnDuty[(t * intervals + i) * 2] += n * nominal
            extraOnDuty[(t * intervals + i) * 2 + 1] += n * after
        }
    }

    /// Channel c's agent-seconds in each interval, nominal (`staff`) and after the close
    /// (`overtime`): each team's on-duty time (the scheduled head-count's, `scheduled`,
    /// plus the time beyond the schedule) split over the team's skills in proportion to
    /// the time its agents were busy with each in that part of that interval, evenly when
    /// they were busy with none. The channels' sums are the teams' on-duty time.
    func channelAreas(skills: [[Int]], scheduled: (Int, Int) -> Double) -> (staff: [Double], overtime: [Double]) {
        var staff = Array(repeating: 0.0, count: channels * intervals)
        var overtime = staff
        for t in 0..<teams where !skills[t].isEmpty {
            for i in 0..<intervals {
                for part in 0...1 {
                    var onDuty = extraOnDuty[(t * intervals + i) * 2 + part]
                    if part == 0 { onDuty += scheduled(t, i) }
                    guard onDuty > 0 else { continue }
                    let total = skills[t].reduce(0.0) { $0 + busy[((t * channels + $1) * intervals + i) * 2 + part] }
                    for c in skills[t] {
                        let own = busy[((t * channels + c) * intervals + i) * 2 + part]
                        // A sole skill (or the only one busy) takes the whole time, exactly.
                        let share = own == total && total > 0 ? onDuty
                            : total > 0 ? onDuty * own / total : onDuty / Double(skills[t].count)
                        if part == 0 { staff[c * intervals + i] += share } else { overtime[c * intervals + i] += share }
                    }
                }
            }
        }
        return (staff, overtime)
    }
}
