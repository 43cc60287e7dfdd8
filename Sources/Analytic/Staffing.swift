// Turning a service target into a head count: the rules of thumb (square-root staffing,
// Halfin–Whitt) give a quick estimate, and `smallestAgents` finds the exact answer against
// any of the exact models.

/// Staffing rules and the exact smallest-head-count search.
public enum Staffing {
    /// Square-root staffing n = ceil(a + β√a), at least 1.
    /// `load` must be finite and ≥ 0 and `beta` finite (a programming error otherwise).
    public static func squareRoot(load: Double, beta: Double) -> Int {
        precondition(load.isFinite && load >= 0 && beta.isFinite, "squareRoot needs finite load >= 0 and finite beta")
        let exact = load + beta * load.squareRoot()
        // A hair below the value before rounding up, so that a + β√a landing one rounding
        // error above an integer (say 110.00000000000001) does not cost a whole agent.
        let n = (exact - 1e-9).rounded(.up)
        return max(1, Int(n))
    }

    /// Halfin–Whitt β for a target P(wait): solve P(wait) = [1 + β Φ(β)/φ(β)]^{-1} for β.
    /// The right side falls from 1 at β = 0 towards 0, so every P(wait) in (0, 1) has exactly
    /// one root β > 0, found by bisection.
    public static func halfinWhittBeta(pWait: Double) throws -> Double {
        guard pWait.isFinite, pWait > 0, pWait < 1 else {
            throw AnalyticError.invalidInput(field: "pWait", message: "must be in (0, 1) (got \(pWait))")
        }
        var low = 0.0
        var high = 10.0
        // P(wait) below ~1e-23 needs β beyond 10; widen until bracketed (φ underflows to 0
        // near β ≈ 38, where the formula gives exactly 0 < pWait).
        while halfinWhittPWait(high) > pWait { high *= 2 }
        for _ in 0..<200 {
            let mid = 0.5 * (low + high)
            if mid <= low || mid >= high { break }   // interval is down to adjacent doubles
            if halfinWhittPWait(mid) > pWait { low = mid } else { high = mid }
        }
        return 0.5 * (low + high)
    }

    /// The Halfin–Whitt P(wait) for a given β: [1 + β Φ(β)/φ(β)]^{-1}.
    public static func halfinWhittPWait(_ beta: Double) -> Double {
        GSL.prepare()
        return 1 / (1 + beta * GSL.normalCDF(beta) / GSL.normalPDF(beta))
    }

    /// Smallest n ≥ 1 whose metrics (from `metrics(n)`) satisfy `meets`; searches upward from a lower bound
    /// (e.g. ceil(load) for Erlang C +1), up to maxAgents (default 100_000), throws invalidInput if none.
    /// A level at which `metrics` throws `.unstable` counts as not meeting the target; any
    /// other error is passed on.
    public static func smallestAgents(from lower: Int, maxAgents: Int = 100_000,
                                      metrics: (Int) throws -> QueueMetrics,
                                      meets: (QueueMetrics) -> Bool) throws -> (agents: Int, metrics: QueueMetrics) {
        let start = max(1, lower)
        guard start <= maxAgents else {
            throw AnalyticError.invalidInput(field: "agents", message: "lower bound \(lower) exceeds maxAgents \(maxAgents)")
        }
        // Service level, P(abandon), P(wait) and ASA all improve with every added agent, so
        // whether n meets the targets is monotone in n: bracket the answer by doubling,
        // then bisect. That is O(log n) evaluations instead of one per agent, which matters
        // at thousands of agents (each evaluation is itself O(n)).
        func check(_ n: Int) throws -> QueueMetrics? {
            do {
                let m = try metrics(n)
                return meets(m) ? m : nil
            } catch AnalyticError.unstable {
                return nil
            }
        }
        var low = start - 1          // known not to meet (or below the range)
        var step = 1
        var high = start
        var found: QueueMetrics?
        while true {
            if let m = try check(high) {
                found = m
                break
            }
            low = high
            guard high < maxAgents else {
                throw AnalyticError.invalidInput(field: "agents", message: "no staffing level from \(start) to \(maxAgents) meets the target")
            }
            high = min(maxAgents, high + step)
            step *= 2
        }
        while high - low > 1 {
            let mid = low + (high - low) / 2
            if let m = try check(mid) {
                high = mid
                found = m
            } else {
                low = mid
            }
        }
        return (high, found!)
    }
}
