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
        let found = try smallest(from: lower, maxAgents: maxAgents, evaluate: metrics, meets: meets)
        return (found.agents, found.result)
    }

    /// Smallest n in lower…maxAgents whose result meets the targets, with that result — the
    /// very value `evaluate(n)` returns, so a sized answer is what evaluating n alone gives.
    /// The search gallops from `guess` (default: `lower`) up or down, doubling the step,
    /// then bisects, so it evaluates near the answer: O(log |answer − guess|) evaluations,
    /// and with a good guess none far above the answer, where a large model costs most.
    /// Meeting the targets must be monotone in n (it is for service level, P(abandon), ASA
    /// and blocking). A level at which `evaluate` throws `.unstable` does not meet them.
    /// Galloping up never steps over `boundary` (the chat model's largest exact team): it
    /// evaluates the boundary itself first, so sizes beyond it are probed only when it fails.
    public static func smallest<Result>(from lower: Int, near guess: Int? = nil, boundary: Int? = nil,
                                        maxAgents: Int = 100_000,
                                        evaluate: (Int) throws -> Result,
                                        meets: (Result) -> Bool) throws -> (agents: Int, result: Result) {
        let start = max(1, lower)
        guard start <= maxAgents else {
            throw AnalyticError.invalidInput(field: "agents", message: "lower bound \(lower) exceeds maxAgents \(maxAgents)")
        }
        func check(_ n: Int) throws -> Result? {
            do {
                let r = try evaluate(n)
                return meets(r) ? r : nil
            } catch AnalyticError.unstable {
                return nil
            }
        }
        let first = min(max(guess ?? start, start), maxAgents)
        var low = start - 1          // known not to meet (or below the range)
        var high: Int
        var found: Result
        var step = 1
        if let r = try check(first) {
            // Gallop down while levels still meet.
            (high, found) = (first, r)
            while high - step >= start {
                guard let r = try check(high - step) else { low = high - step; break }
                (high, found) = (high - step, r)
                step *= 2
            }
        } else {
            // Gallop up until one meets; every level passed is known not to.
            low = first
            while true {
                guard low < maxAgents else {
                    throw AnalyticError.invalidInput(field: "agents", message: "no staffing level from \(start) to \(maxAgents) meets the target")
                }
                var n = min(maxAgents, low + step)
                if let b = boundary, low < b, n > b { n = b }
                if let r = try check(n) { (high, found) = (n, r); break }
                low = n
                step *= 2
            }
        }
        while high - low > 1 {
            let mid = low + (high - low) / 2
            if let r = try check(mid) { (high, found) = (mid, r) } else { low = mid }
        }
        return (high, found)
    }

    /// Smallest number of servers whose Erlang B blocking is at most `maxBlocking` (in (0, 1]),
    /// up to maxServers. Blocking falls with every server and the recursion visits each n
    /// once, so this is one pass. Blocking 0 needs infinitely many servers and is refused.
    public static func smallestServers(load: Double, maxBlocking: Double,
                                       maxServers: Int = 100_000) throws -> (servers: Int, blocking: Double) {
        guard maxBlocking > 0, maxBlocking <= 1 else {
            throw AnalyticError.invalidInput(field: "target blocking",
                                             message: "must be above 0 and at most 1: no finite number of servers blocks nobody (got \(maxBlocking))")
        }
        _ = try Erlang.b(agents: 0, load: load)        // validates the load
        var blocking = 1.0
        for n in 1...maxServers {
            let x = load * blocking
            blocking = x / (Double(n) + x)
            if blocking <= maxBlocking { return (n, try Erlang.b(agents: n, load: load)) }
        }
        throw AnalyticError.invalidInput(field: "servers", message: "no number of servers up to \(maxServers) meets the target")
    }
}
