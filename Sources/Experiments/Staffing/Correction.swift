/// The simulation's correction of a plan, one round at a time. Each (team, interval) cell
/// remembers the largest head-count seen to miss there and the smallest seen to meet, and
/// moves between them by bisection; with no bound on one side it gallops (1, 2, 4, … agents
/// on duty). Cells that miss rise; once every cell meets, every cell is offered fewer.
/// Counts seen to miss only rise and head-counts are capped, so the rounds end; the best
/// plan seen (fewest misses, then fewest agent-intervals) is the answer (docs/model.md,
/// "Staffing").
struct Correction {
    private(set) var plan: [[Int]]
    let caps: [[Int]]
    /// [team][interval] the shrinkage (it may change over the day).
    let shrinkage: [[Double]]
    /// [team][interval] the largest head-count seen to miss there (-1: none).
    private var short: [[Int]]
    /// [team][interval] the smallest head-count seen to meet there (Int.max: none).
    private var good: [[Int]]
    /// [team][interval] agents on duty of the next gallop up (doubling while the cell keeps
    /// missing) and down (doubling while its trims hold); each resets when the other way is taken.
    private var upSteps: [[Int]]
    private var downSteps: [[Int]]
    private(set) var best: (plan: [[Int]], misses: [IntervalJudge.Miss], total: Int)?
    /// Cells seen to miss even at their cap: more agents cannot be the answer there.
    private(set) var exhausted = Set<Cell>()

    init(analytic: [[Int]], caps: [[Int]], shrinkage: [[Double]]) {
        plan = zip(analytic, caps).map { zip($0, $1).map { min($0, $1) } }
        self.caps = caps
        self.shrinkage = shrinkage
        short = analytic.map { $0.map { _ in -1 } }
        good = analytic.map { $0.map { _ in Int.max } }
        upSteps = analytic.map { $0.map { _ in 1 } }
        downSteps = upSteps
    }

    /// Takes the round's misses and moves the plan; false when there is nothing left to try.
    mutating func step(misses: [IntervalJudge.Miss], teams: [Int], undefined: Set<Cell>,
                       targets: StaffedTargets) -> Bool {
        let total = plan.joined().reduce(0, +)
        if best == nil || (misses.count, total) < (best!.misses.count, best!.total) { best = (plan, misses, total) }
        let missing = Set(misses.map { Cell(team: teams.firstIndex(of: targets.entries[$0.entry].team)!, interval: $0.interval) })
        var moved = false
        for k in plan.indices {
            for i in plan[k].indices {
                let cell = Cell(team: k, interval: i), h = plan[k][i]
                if missing.contains(cell) {
                    if h >= caps[k][i] { exhausted.insert(cell) }
                    short[k][i] = max(short[k][i], h)
                    downSteps[k][i] = 1
                    let next = min(caps[k][i], raise(h, team: k, interval: i))
                    if next != h { (plan[k][i], moved) = (next, true) }
                } else if !undefined.contains(cell) {
                    good[k][i] = min(good[k][i], h)
                    upSteps[k][i] = 1
                }
            }
        }
        guard missing.isEmpty else { return moved }
        // Every cell met: offer each fewer agents.
        for k in plan.indices {
            for i in plan[k].indices where plan[k][i] > 0 && !undefined.contains(Cell(team: k, interval: i)) {
                let next = lower(plan[k][i], team: k, interval: i)
                if next < plan[k][i] { (plan[k][i], moved) = (next, true) }
            }
        }
        return moved
    }

    /// A missing cell's next head-count: halfway to the smallest seen to meet, or a gallop up.
    private mutating func raise(_ h: Int, team k: Int, interval i: Int) -> Int {
        let s = shrinkage[k][i], now = Rostering.onDuty(h, shrinkage: s)
        if good[k][i] != Int.max && good[k][i] > h {
            let target = (now + Rostering.onDuty(good[k][i], shrinkage: s) + 1) / 2
            return Rostering.headcount(onDuty: max(now + 1, target), shrinkage: s)
        }
        defer { upSteps[k][i] *= 2 }
        return Rostering.headcount(onDuty: now + upSteps[k][i], shrinkage: s)
    }

    /// A meeting cell's next head-count: halfway down to the largest seen to miss, or a
    /// gallop down; never a count seen to miss.
    private mutating func lower(_ h: Int, team k: Int, interval i: Int) -> Int {
        let s = shrinkage[k][i], now = Rostering.onDuty(h, shrinkage: s)
        if short[k][i] >= 0 {
            let floor = Rostering.onDuty(short[k][i], shrinkage: s)
            let target = (floor + now) / 2
            return target > floor ? Rostering.headcount(onDuty: target, shrinkage: s) : h
        }
        defer { downSteps[k][i] *= 2 }
        return Rostering.headcount(onDuty: max(0, now - downSteps[k][i]), shrinkage: s)
    }
}
