import Analytic
import ChannelModel
import Experiments
import Testing

/// `staff` against theory: in steady state the simulation agrees with Erlang A, and on a
/// peaked day the queue carried out of the peak needs agents the formulas do not see.
@Suite struct StaffingValidationTests {
    static func phone(rates: [Double], aht: Double, patience: Double, intervalLength: Double, headcount: Int) -> ModelSpec {
        let phone = ChannelSpec(name: "phone", kind: .phone, patience: .exponential(mean: patience), work: .exponential(mean: aht),
                                slTime: 20, arrivalRates: rates)
        let team = TeamSpec(name: "voice", skills: [0], headcount: Array(repeating: headcount, count: rates.count), concurrency: 1, speeds: [1])
        return ModelSpec(horizon: Horizon(intervalLength: intervalLength, intervalsPerDay: rates.count), channels: [phone], teams: [team])
    }

    /// A stationary M/M/n+M: the bound is set halfway between Erlang A's service level at
    /// n−1 and at n agents, far beyond the replications' noise on either side, so the
    /// simulation must land on exactly the formulas' n in every measured interval.
    @Test func stationaryErlangAIsTheFormulasAnswer() throws {
        let rate = 100.0 / 3600, aht = 180.0, patience = 120.0, n = 7
        let above = try Erlang.a(arrivalRate: rate, meanService: aht, meanPatience: patience, agents: n, slTime: 20).slOffered
        let below = try Erlang.a(arrivalRate: rate, meanService: aht, meanPatience: patience, agents: n - 1, slTime: 20).slOffered
        #expect(above - below > 0.08, "\(below) … \(above)")
        let bound = (above + below) / 2
        var model = Self.phone(rates: Array(repeating: rate, count: 6), aht: aht, patience: patience, intervalLength: 3600, headcount: 1)
        model.warmup = 3600       // the first hour starts empty: left out, so it sets no requirement
        let target = Target(scope: "phone", metric: Metric.slOffered.rawValue, threshold: 20, comparison: .atLeast, bound: bound)
        let search = StaffingSearch(model: model, targets: try StaffedTargets(targets: [target], model: model), seed: 11,
                                    replications: 40, confidence: 0.95)
        let plan = search.run(threads: 2)
        print(String(format: "staff, stationary M/M/n+M: bound %.4f between Erlang A's %.4f (n−1) and %.4f (n = %d); plan %@ after %d rounds",
                     bound, below, above, n, "\(plan.simulated[0])", plan.rounds))
        #expect(plan.analytic == [Array(repeating: n, count: 6)])
        #expect(plan.simulated == [Array(repeating: n, count: 6)], "\(plan.simulated)")
        #expect(plan.feasible && !plan.ratesFromPilot && !plan.hitRoundLimit)
    }

    /// Calls of 20 minutes, a one-hour peak at six times the load in 15-minute intervals:
    /// the formulas staff the interval after the peak for its own low rate, but the agents
    /// still hold the peak's calls and its queue, so the simulation adds agents there.
    @Test func theIntervalAfterAPeakNeedsMoreThanTheFormulas() throws {
        let low = 20.0 / 3600, high = 120.0 / 3600
        let rates = Array(repeating: low, count: 8) + Array(repeating: high, count: 4) + Array(repeating: low, count: 8)
        let model = Self.phone(rates: rates, aht: 1200, patience: 300, intervalLength: 900, headcount: 1)
        let target = try Target.parse("phone.sl(20s) >= 0.8")
        let search = StaffingSearch(model: model, targets: try StaffedTargets(targets: [target], model: model), seed: 5,
                                    replications: 30, confidence: 0.95)
        let plan = search.run(threads: 2)
        print("staff, peaked day: formulas \(plan.analytic[0]) → plan \(plan.simulated[0]) after \(plan.rounds) rounds")
        #expect(plan.feasible, "\(plan.missed)")
        let after = 12
        #expect(plan.simulated[0][after] > plan.analytic[0][after], "\(plan.analytic[0]) → \(plan.simulated[0])")
        let staffed = try StaffedTargets(targets: [target], model: model)
        #expect(StaffingReason.of(plan: plan, team: 0, interval: after, model: model, targets: staffed) == .carriedOver)
        // Long before the peak the formulas' steady state holds (within one agent).
        #expect(abs(plan.simulated[0][6] - plan.analytic[0][6]) <= 1)
    }
}
