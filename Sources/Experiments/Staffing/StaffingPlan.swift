import ChannelModel

/// A staffing plan: head-counts per staffed team and interval, from the formulas and after
/// the simulation's correction, with how the search ended.
public struct StaffingPlan: Sendable {
    /// Indices into `ModelSpec.teams`, in model order; the other teams keep their head-counts.
    public var teams: [Int]
    /// [team position][interval] scheduled head-count by the formulas (before shrinkage is
    /// taken off, so what a planner rosters).
    public var analytic: [[Int]]
    /// [team position][interval] scheduled head-count after the simulation's correction.
    public var simulated: [[Int]]
    /// [channel][interval] what the formulas gave each staffed channel (nil for channels
    /// without a staffed target).
    public var needs: [[AnalyticNeed]?]
    /// [channel][interval] arrival rate per second the formulas were given.
    public var rates: [[Double]]
    /// Whether the rates were measured by a pilot simulation (visitors or re-contacts feed
    /// the channels) rather than read from the scenario.
    public var ratesFromPilot: Bool
    /// Simulation rounds the correction took.
    public var rounds: Int
    /// Whether every staffed target is met (on the mean) in every interval, and none is a
    /// bound no finite team meets.
    public var feasible: Bool
    /// Entries (into `StaffedTargets.entries`) whose bound no finite team meets by theory.
    public var impossible: [Int] = []
    /// (entry index into `StaffedTargets.entries`, interval) still missed by the plan.
    public var missed: [StaffingMiss]
    /// Whether the search stopped at its round limit rather than at a plan it could not improve.
    public var hitRoundLimit: Bool

    /// The model with the plan's head-counts (`simulated`, or `analytic` when `formulas`).
    public func apply(to model: ModelSpec, formulas: Bool = false) -> ModelSpec {
        var m = model
        for (k, t) in teams.enumerated() { m.teams[t].headcount = formulas ? analytic[k] : simulated[k] }
        return m
    }

    /// Scheduled agent-hours of one team position over the horizon.
    public func agentHours(_ plan: [[Int]], team k: Int, horizon: Horizon) -> Double {
        Double(plan[k].reduce(0, +)) * horizon.intervalLength / 3600
    }
}

/// A staffed target the plan misses in one interval, on the mean of the replications.
public struct StaffingMiss: Sendable, Equatable {
    public var entry: Int
    public var interval: Int
    /// Whether the search took the answerable team up to its cap there and it still missed:
    /// more agents do not meet it (the plan reported is the cheapest with as few misses).
    public var atCap: Bool
}

/// Head-count arithmetic with shrinkage: a team of h scheduled has round(h(1 − s)) on duty.
public enum Rostering {
    /// The smallest scheduled head-count that puts at least `onDuty` agents on duty.
    public static func headcount(onDuty n: Int, shrinkage s: Double) -> Int {
        guard n > 0 else { return 0 }
        guard s > 0 else { return n }
        var h = max(n, Int((Double(n) / (1 - s)).rounded(.down)) - 1)
        while onDuty(h, shrinkage: s) < n { h += 1 }
        // Step back while one fewer still suffices (the estimate may overshoot by one).
        while h > 0, onDuty(h - 1, shrinkage: s) >= n { h -= 1 }
        return h
    }

    /// The next scheduled head-count above `h` that puts one more agent on duty.
    public static func up(_ h: Int, shrinkage s: Double) -> Int {
        headcount(onDuty: onDuty(h, shrinkage: s) + 1, shrinkage: s)
    }

    /// The scheduled head-count below `h` that puts one fewer agent on duty (0 stays 0).
    public static func down(_ h: Int, shrinkage s: Double) -> Int {
        let n = onDuty(h, shrinkage: s)
        return n == 0 ? 0 : headcount(onDuty: n - 1, shrinkage: s)
    }

    /// Agents on duty out of `h` scheduled: the model's own rule.
    public static func onDuty(_ h: Int, shrinkage s: Double) -> Int { TeamSpec.onDuty(h, shrinkage: s) }
}
