import ChannelModel

/// `channelsim staff`: the formulas' plan per interval, corrected by simulating the whole
/// horizon with queues and backlogs carried across interval boundaries, in the spirit of
/// the iterative staffing algorithm (Feldman, Mandelbaum, Massey and Whitt, 2008).
/// docs/model.md, "Staffing", gives the rules.
public struct StaffingSearch: Sendable {
    public var model: ModelSpec
    public var targets: StaffedTargets
    public var seed: UInt64
    public var replications: Int
    public var confidence: Double
    public var warmup: WarmupRule = .fixed
    /// Simulation rounds at most; each simulates the whole horizon once.
    public var maxRounds = 30

    public init(model: ModelSpec, targets: StaffedTargets, seed: UInt64, replications: Int, confidence: Double) {
        self.model = model
        self.targets = targets
        self.seed = seed
        self.replications = replications
        self.confidence = confidence
    }

    /// The experiment that simulates `model` alone with this search's settings.
    func design(_ model: ModelSpec, name: String) -> ExperimentDesign {
        var d = ExperimentDesign(variants: [Variant(name: name, model: model)], seed: seed, replications: replications,
                                 confidence: confidence, targets: targets.entries.map(\.target) + targets.wholeHorizon)
        d.warmup = warmup
        return d
    }

    /// Runs the search; `progress` hears (round, maxRounds) as rounds begin.
    public func run(threads: Int, progress: (@Sendable (Int, Int) -> Void)? = nil) -> StaffingPlan {
        let (rates, fromPilot) = arrivalRates(threads: threads)
        var needs: [[AnalyticNeed]?] = Array(repeating: nil, count: model.channels.count)
        var caps = Array(repeating: Array(repeating: 0, count: model.horizon.intervalCount), count: model.teams.count)
        for c in Set(targets.entries.map(\.channel)) {
            let team = targets.entries.first { $0.channel == c }!.team
            // A class's target is sized as if on the classes' mixture, which is all the
            // formulas see (docs/model.md, "Staffing"); the correction sizes on the class's
            // own figures. One no finite team meets on the mixture is left to the correction.
            let own = targets.entries.filter { e in
                e.channel == c && (e.contactClass == nil || !AnalyticNeed.isImpossible(e.target, channel: model.channels[c]))
            }.map(\.target)
            needs[c] = rates[c].indices.map { i in
                // The interval's handle time and patience when they change over the day.
                let channel = model.channels[c].inInterval(i)
                let cap = AnalyticNeed.cap(channel: channel, team: model.teams[team], rate: rates[c][i])
                caps[team][i] += cap
                return AnalyticNeed.of(channel: channel, team: model.teams[team], rate: rates[c][i], targets: own, cap: cap)
            }
        }
        let teams = targets.teams
        let analytic = teams.map { t in
            model.teams[t].headcount.indices.map { i in
                let onDuty = targets.channels(of: t).reduce(0) { $0 + needs[$1]![i].agents }
                return Rostering.headcount(onDuty: onDuty, shrinkage: model.teams[t].shrinkage(inInterval: i))
            }
        }
        let headCaps = teams.map { t in caps[t].indices.map { Rostering.headcount(onDuty: caps[t][$0], shrinkage: model.teams[t].shrinkage(inInterval: $0)) } }
        var correction = Correction(analytic: analytic, caps: headCaps,
                                    shrinkage: teams.map { t in model.teams[t].headcount.indices.map { model.teams[t].shrinkage(inInterval: $0) } })
        var plan = StaffingPlan(teams: teams, analytic: analytic, simulated: analytic, needs: needs, rates: rates,
                                ratesFromPilot: fromPilot, rounds: 0, feasible: false, missed: [], hitRoundLimit: false)
        // A plan the correction comes back to is judged from memory: the rounds are
        // deterministic (common random numbers), so simulating it again would say the same.
        var judged: [[[Int]]: ([IntervalJudge.Miss], Set<Cell>)] = [:]
        for _ in 0..<(4 * maxRounds) {
            let key = correction.plan
            if judged[key] == nil {
                guard plan.rounds < maxRounds else {
                    plan.hitRoundLimit = true
                    break
                }
                progress?(plan.rounds, maxRounds)
                plan.simulated = key
                let summary = Experiment.run(design(plan.apply(to: model), name: "round \(plan.rounds + 1)"),
                                             threads: threads).variants[0].summary
                judged[key] = (IntervalJudge.misses(summary, targets: targets),
                               IntervalJudge.undefinedIntervals(summary, targets: targets, teams: teams))
                plan.rounds += 1
            }
            let (misses, undefined) = judged[key]!
            guard correction.step(misses: misses, teams: teams, undefined: undefined, targets: targets) else { break }
        }
        plan.simulated = correction.best?.plan ?? correction.plan
        plan.missed = (correction.best?.misses ?? []).map { m in
            let k = teams.firstIndex(of: targets.entries[m.entry].team)!
            return StaffingMiss(entry: m.entry, interval: m.interval, atCap: correction.exhausted.contains(Cell(team: k, interval: m.interval)))
        }
        plan.impossible = targets.entries.indices.filter { k in
            let e = targets.entries[k], ch = model.channels[e.channel]
            // A class's own laws decide (its patience may be the only finite one).
            return AnalyticNeed.isImpossible(e.target, channel: e.contactClass.map { ch.forClass($0) } ?? ch)
        }
        plan.feasible = plan.missed.isEmpty && plan.impossible.isEmpty
        return plan
    }

    /// Arrivals per second per channel and interval. Direct arrivals are the scenario's own
    /// rates; when visitors or form re-contacts also feed the channels, the offered counts of
    /// a pilot simulation of the scenario as written are used instead.
    func arrivalRates(threads: Int) -> ([[Double]], Bool) {
        let fed = model.visitors != nil || model.channels.contains { $0.recontact != nil }
        guard fed else { return (model.channels.map(\.arrivalRates), false) }
        let pilot = Experiment.run(design(model, name: "pilot"), threads: threads).variants[0].summary
        let length = model.horizon.intervalLength
        return (pilot.channels.map { ch in ch.intervals.map { max(0, ($0[Metric.offered.index]?.mean ?? 0) / length) } }, true)
    }
}
