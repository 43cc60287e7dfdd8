// Erlang B (loss) and Erlang C (M/M/n delay). Both go through the Erlang B recursion, which
// only ever forms ratios below 1 — no a^n, no n! — so thousands of agents are no problem.
import Foundation

/// Exact formulas for the classic call-centre queues: Erlang B, C and A.
public enum Erlang {
    /// Erlang B blocking probability for `agents` servers and offered load `load` (Erlangs).
    /// Stable recursion, fine for agents ≥ 2000. `agents` may be 0 (everything blocked)
    /// and `load` 0 (nothing blocked).
    public static func b(agents: Int, load: Double) throws -> Double {
        guard agents >= 0 else {
            throw AnalyticError.invalidInput(field: "agents", message: "must be at least 0 (got \(agents))")
        }
        guard load.isFinite, load >= 0 else {
            throw AnalyticError.invalidInput(field: "load", message: "must be finite and >= 0 (got \(load))")
        }
        // B(0) = 1, B(n) = a·B(n−1) / (n + a·B(n−1)): every step stays in [0, 1].
        var blocking = 1.0
        if agents > 0 {
            for n in 1...agents {
                let x = load * blocking
                blocking = x / (Double(n) + x)
            }
        }
        return blocking
    }

    /// Erlang C, M/M/n. Throws .unstable when load >= agents.
    public static func c(arrivalRate: Double, meanService: Double, agents: Int, slTime: Double) throws -> QueueMetrics {
        try Validate.positiveFinite(arrivalRate, "arrivalRate")
        try Validate.positiveFinite(meanService, "meanService")
        try Validate.atLeastOne(agents, "agents")
        try Validate.slTime(slTime)
        let load = arrivalRate * meanService
        let n = Double(agents)
        guard load < n else {
            throw AnalyticError.unstable("offered load \(load) Erlangs >= \(agents) agents")
        }
        let blocking = try b(agents: agents, load: load)
        // C from B avoids a second sum: C = n·B / (n − a(1 − B)).
        let pWait = n * blocking / (n - load * (1 - blocking))
        let drain = n / meanService - arrivalRate            // nμ − λ: rate the queue empties at
        let meanWait = pWait / drain                          // nobody abandons: answered == all
        let sl = 1 - pWait * exp(-drain * slTime)
        return QueueMetrics(agents: agents, offeredLoad: load, pWait: pWait, pAbandon: 0,
                            asaAnswered: meanWait, meanWaitAll: meanWait,
                            slOffered: sl, slAnswered: sl, occupancy: load / n,
                            meanQueue: arrivalRate * meanWait, slTime: slTime)
    }
}
