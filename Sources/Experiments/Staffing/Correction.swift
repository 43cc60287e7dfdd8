/// The simulation's correction of a plan, one round at a time: intervals that miss a target
/// gain agents (1, then 2, 4, … while they keep missing), and once every interval meets its
/// targets each is offered one agent fewer, unless that count was already seen to miss.
/// Counts seen to miss only rise, head-counts are capped, so the rounds end; the best plan
/// seen (fewest misses, then fewest agent-intervals) is the answer (docs/model.md, "Staffing").
struct Correction {
    private(set) var plan: [[Int]]
    let caps: [[Int]]
    let shrinkage: [Double]
    /// [team][interval] the largest head-count seen to miss there (-1: none).
    private var knownShort: [[Int]]
    private var steps: [[Int]]
    private(set) var best: (plan: [[Int]], misses: [IntervalJudge.Miss], total: Int)?
    /// Cells seen to miss even at their cap: more agents cannot be the answer there.
    private(set) var exhausted = Set<Cell>()

    init(analytic: [[Int]], caps: [[Int]], shrinkage: [Double]) {
        plan = zip(analytic, caps).map { zip($0, $1).map { min($0, $1) } }
        self.caps = caps
        self.shrinkage = shrinkage
        knownShort = analytic.map { $0.map { _ in -1 } }
        steps = analytic.map { $0.map { _ in 1 } }
    }

    /// Takes the round's misses and moves the plan; false when there is nothing left to try.
    mutating func step(misses: [IntervalJudge.Miss], teams: [Int], undefined: Set<Cell>,
                       targets: StaffedTargets) -> Bool {
        let total = plan.joined().reduce(0, +)
        if best == nil || (misses.count, total) < (best!.misses.count, best!.total) { best = (plan, misses, total) }
        let short = Set(misses.map { Cell(team: teams.firstIndex(of: targets.entries[$0.entry].team)!, interval: $0.interval) })
        if short.isEmpty { return trim(undefined: undefined) }
        var moved = false
        for k in plan.indices {
            for i in plan[k].indices {
                guard short.contains(Cell(team: k, interval: i)) else {
                    steps[k][i] = 1
                    continue
                }
                knownShort[k][i] = max(knownShort[k][i], plan[k][i])
                if plan[k][i] >= caps[k][i] { exhausted.insert(Cell(team: k, interval: i)) }
                var h = plan[k][i]
                for _ in 0..<steps[k][i] where h < caps[k][i] { h = Rostering.up(h, shrinkage: shrinkage[k]) }
                h = min(h, caps[k][i])
                if h != plan[k][i] { moved = true }
                plan[k][i] = h
                steps[k][i] *= 2
            }
        }
        return moved
    }

    /// Every interval meets its targets: one agent fewer wherever that count has not been
    /// seen to miss. False when no interval can go lower.
    private mutating func trim(undefined: Set<Cell>) -> Bool {
        var moved = false
        for k in plan.indices {
            for i in plan[k].indices where plan[k][i] > 0 && !undefined.contains(Cell(team: k, interval: i)) {
                let lower = Rostering.down(plan[k][i], shrinkage: shrinkage[k])
                if lower > knownShort[k][i] {
                    plan[k][i] = lower
                    moved = true
                }
            }
        }
        return moved
    }
}
