// Stationary distribution of a large, sparse CTMC: over-relaxed symmetric Gauss–Seidel
// sweeps, an exact aggregation step (iterative aggregation–disaggregation, after Takahashi
// and Koury–McAllister–Stewart) and Anderson mixing of successive sweeps, stopped by a
// checked residual.
//
// Why this and not GSL's GMRES or plain power iteration: the chat chain's generator has a
// few transitions per state and every transition moves the total number of chats (the
// level) by exactly ±1. Power iteration on the uniformised chain needs on the order of
// (agents·k) × ln(1/tol) steps, because the total relaxes in ~1/μ while the uniformisation
// rate is ~agents·k·μ; restarted GMRES without a preconditioner (GSL offers none) stalls on
// the same ill-conditioning. Given the shape of π within levels, the level masses follow a
// birth–death chain solved in closed form, which removes that slowest mode outright; with
// a second coordinate inside each level (`ClassAggregation`: for the chat chain, agents at
// capacity beyond what balance forces) the aggregated chain is block tridiagonal and is
// solved exactly too, which removes the next slowest (decision 89). Gauss–Seidel in level
// order then fixes the shape within classes, and Anderson mixing — in effect GMRES
// preconditioned by the sweep — extrapolates what is left. The answer is accepted only
// when the residual passes; a chain that does not converge is an error.
//
// States are renumbered in level order inside the solver, so a sweep walks memory in order
// and the neighbours it reads (one level up or down) sit close together.
import Foundation

/// Solves π G = 0, Σ π = 1 for a sparse generator whose transitions move a level by ±1.
struct SparseStationarySolver {
    /// Stop when Σ_i |inflow_i − outflow_i| ≤ tolerance × Σ_i outflow_i (total flow).
    static let tolerance = 1e-13
    /// A chain that has not converged by then is reported, never returned.
    static let maxSweeps = 2000
    /// Over-relaxation ω of each sweep (measured in docs/performance.md: 1.7 is the best
    /// at half load; above 1.8 sweeps get worse, and 1.9 diverges on small chains).
    static let relaxation = 1.7
    /// Past sweeps mixed by Anderson acceleration (10 and 20 were no faster than 5).
    static let andersonDepth = 5

    /// Incoming transitions in compressed rows, in solver order: for state i, sources
    /// inFrom[inStart[i]..<inStart[i+1]].
    let inStart: [Int]
    let inFrom: [Int32]
    let inRate: [Double]
    /// Total rate out of each state (solver order).
    let outRate: [Double]
    /// Level of each state (solver order, so non-decreasing).
    let level: [Int32]
    /// original[s] = the caller's index of solver state s.
    private let original: [Int32]

    /// Sweeps used (0 when the start already balanced) and the final relative residual of
    /// the last solve (for tests and docs).
    private(set) var sweeps = 0
    private(set) var residual = Double.infinity

    /// - Parameters:
    ///   - level: level ≥ 0 of each state; every transition must change it by exactly ±1.
    ///   - transitions: calls its argument once per transition (from, to, rate > 0); called twice.
    init(level callerLevel: [Int32], transitions: ((Int, Int, Double) -> Void) -> Void) throws {
        let n = callerLevel.count
        // Solver order: by level, callers' order inside a level (a stable counting sort).
        let levels = Int(callerLevel.max() ?? 0) + 1
        var next = [Int](repeating: 0, count: levels + 1)
        for l in callerLevel { next[Int(l) + 1] += 1 }
        for l in 0..<levels { next[l + 1] += next[l] }
        var position = [Int32](repeating: 0, count: n)
        var original = [Int32](repeating: 0, count: n)
        for i in 0..<n {
            let s = next[Int(callerLevel[i])]
            position[i] = Int32(s)
            original[s] = Int32(i)
            next[Int(callerLevel[i])] += 1
        }
        self.original = original
        level = original.map { callerLevel[Int($0)] }

        var outRate = [Double](repeating: 0, count: n)
        var inDegree = [Int](repeating: 0, count: n + 1)
        var bad: (Int, Int)?
        transitions { from, to, rate in
            inDegree[Int(position[to]) + 1] += 1
            outRate[Int(position[from])] += rate
            if abs(callerLevel[to] - callerLevel[from]) != 1 { bad = (from, to) }
        }
        if let (from, to) = bad {
            throw AnalyticError.numerical("transition \(from) → \(to) does not move the level by ±1")
        }
        for i in 0..<n { inDegree[i + 1] += inDegree[i] }
        inStart = inDegree
        var fill = inDegree
        var from32 = [Int32](repeating: 0, count: inDegree[n])
        var rates = [Double](repeating: 0, count: inDegree[n])
        transitions { from, to, rate in
            let t = Int(position[to])
            from32[fill[t]] = position[from]
            rates[fill[t]] = rate
            fill[t] += 1
        }
        inFrom = from32
        inRate = rates
        self.outRate = outRate
        for s in 0..<n where !(outRate[s] > 0) {
            throw AnalyticError.numerical("state \(original[s]) has no way out; the chain is not irreducible")
        }
    }

    /// The stationary distribution (in the caller's order), or `.numerical` if the residual
    /// does not reach `tolerance`.
    /// - Parameters:
    ///   - start: a first guess (any non-negative weights; uniform if nil).
    ///   - group: a small coordinate ≥ 0 inside each level (caller's order) to aggregate
    ///     by as well (`ClassAggregation`); nil aggregates by level alone.
    mutating func solve(start: [Double]? = nil, group: [Int32]? = nil) throws -> [Double] {
        let n = outRate.count
        guard n > 1 else { return [1] }
        let classes = group.map { g in
            ClassAggregation(level: level, group: original.map { g[Int($0)] }, inStart: inStart, inFrom: inFrom, inRate: inRate)
        }
        var pi = start.map { s in original.map { s[Int($0)] } } ?? [Double](repeating: 1 / Double(n), count: n)
        sweeps = 0
        // A start that already balances (the direct k = 2 solution, decision 131) is the
        // answer; its residual is checked like any sweep's.
        if start != nil {
            normalise(&pi)
            residual = relativeResidual(pi)
            if residual <= Self.tolerance { return try output(pi) }
        }
        aggregate(&pi)
        var mixer = AndersonMixer(depth: Self.andersonDepth)
        while true {
            let x = pi
            sweep(&pi, forward: true)
            sweep(&pi, forward: false)
            if let classes, classes.apply(&pi, inStart: inStart, inFrom: inFrom, inRate: inRate) {
            } else {
                aggregate(&pi)
            }
            normalise(&pi)
            sweeps += 1
            residual = relativeResidual(pi)
            if residual <= Self.tolerance { break }
            guard sweeps < Self.maxSweeps, residual.isFinite else {
                throw AnalyticError.numerical("sparse stationary solver: relative residual \(residual) after \(sweeps) sweeps (tolerance \(Self.tolerance))")
            }
            // Anderson mixing of the last few sweeps extrapolates along the slow modes that
            // are left; it only proposes the next starting point, and the residual test
            // above, on a swept vector, decides when the answer is good.
            pi = mixer.mix(x: x, g: pi)
            for i in pi.indices where !(pi[i] >= 1e-290) { pi[i] = 0 }
            normalise(&pi)
        }
        return try output(pi)
    }

    /// π normalised, in the caller's order.
    private func output(_ pi: [Double]) throws -> [Double] {
        let total = pi.reduce(0, +)
        guard total > 0, total.isFinite else { throw AnalyticError.numerical("stationary distribution sums to \(total)") }
        var out = [Double](repeating: 0, count: pi.count)
        for s in pi.indices { out[Int(original[s])] = pi[s] / total }
        return out
    }

    /// Scales π to sum 1, so successive iterates can be compared.
    private func normalise(_ pi: inout [Double]) {
        let total = pi.reduce(0, +)
        guard total > 0, total.isFinite else { return }
        let inverse = 1 / total
        for i in pi.indices { pi[i] *= inverse }
    }

    /// One over-relaxed Gauss–Seidel pass in level order (forward) or against it:
    /// π_i ← (1−ω) π_i + ω (Σ_j π_j q_ji) / q_i, using the newest π_j.
    private func sweep(_ pi: inout [Double], forward: Bool) {
        let omega = Self.relaxation
        let n = pi.count
        inStart.withUnsafeBufferPointer { start in
        inFrom.withUnsafeBufferPointer { from in
        inRate.withUnsafeBufferPointer { rate in
        outRate.withUnsafeBufferPointer { out in
        pi.withUnsafeMutableBufferPointer { p in
            for step in 0..<n {
                let i = forward ? step : n - 1 - step
                var inflow = 0.0
                for e in start[i]..<start[i + 1] { inflow += p[Int(from[e])] * rate[e] }
                let v = (1 - omega) * p[i] + omega * inflow / out[i]
                // Below ~1e-290 a probability cannot matter to any measure, and subnormal
                // numbers would slow every later sweep down by orders of magnitude.
                p[i] = v < 1e-290 ? 0 : v
            }
        } } } } }
    }

    /// Σ_i |inflow_i − outflow_i| / Σ_i outflow_i for an unnormalised π (solver order).
    func relativeResidual(_ pi: [Double]) -> Double {
        var imbalance = 0.0
        var flow = 0.0
        inStart.withUnsafeBufferPointer { start in
        inFrom.withUnsafeBufferPointer { from in
        inRate.withUnsafeBufferPointer { rate in
        pi.withUnsafeBufferPointer { p in
            for i in 0..<p.count {
                var inflow = 0.0
                for e in start[i]..<start[i + 1] { inflow += p[Int(from[e])] * rate[e] }
                let outflow = p[i] * outRate[i]
                imbalance += abs(inflow - outflow)
                flow += outflow
            }
        } } } }
        return flow > 0 ? imbalance / flow : .infinity
    }
}
