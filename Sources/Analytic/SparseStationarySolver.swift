// Stationary distribution of a large, sparse CTMC: over-relaxed symmetric Gauss–Seidel
// sweeps, an exact aggregation step over levels (iterative aggregation–disaggregation,
// after Takahashi) and Anderson mixing of successive sweeps, stopped by a checked residual.
//
// Why this and not GSL's GMRES or plain power iteration: the chat chain's generator has a
// few transitions per state and every transition moves the total number of chats (the
// level) by exactly ±1. Power iteration on the uniformised chain needs on the order of
// (agents·k) × ln(1/tol) steps, because the total relaxes in ~1/μ while the uniformisation
// rate is ~agents·k·μ; restarted GMRES without a preconditioner (GSL offers none) stalls on
// the same ill-conditioning. Given the shape of π within levels, the level masses follow a
// birth–death chain solved in closed form, which removes that slowest mode outright;
// Gauss–Seidel in level order then fixes the shape within levels. What is left converges
// geometrically but slowly for a half-loaded team (344 sweeps, 46 s at 1,004,731 states);
// over-relaxation (ω = 1.7) with Anderson mixing — in effect GMRES preconditioned by the
// sweep — needs ~71 (9 s), where Aitken extrapolation of the one slowest mode, used before,
// saved only a factor of three at small sizes. (Also aggregating by "agents holding at least
// m chats" was tried: it diverged.) The answer is
// accepted only when the residual passes; a chain that does not converge is an error.
import Foundation

/// Solves π G = 0, Σ π = 1 for a sparse generator whose transitions move a level by ±1.
struct SparseStationarySolver {
    /// Stop when Σ_i |inflow_i − outflow_i| ≤ tolerance × Σ_i outflow_i (total flow).
    static let tolerance = 1e-13
    /// A chain that has not converged by then is reported, never returned.
    static let maxSweeps = 2000
    /// Over-relaxation ω of each sweep. Measured on 180 agents × 3 at half load (1,004,731
    /// states, with Anderson mixing): ω = 1 took 84+ sweeps, 1.6 84, 1.7 71, 1.8 70; on
    /// 60 × 3 ω = 1.9 was already worse than 1.6. 1.7 leaves room below the cliff.
    static let relaxation = 1.7
    /// Past sweeps mixed by Anderson acceleration (8 was no faster than 5 and costs memory).
    static let andersonDepth = 5

    /// Incoming transitions in compressed rows: for state i, sources inFrom[inStart[i]..<inStart[i+1]].
    private var inStart: [Int]
    private var inFrom: [Int32]
    private var inRate: [Double]
    /// Total rate out of each state.
    private var outRate: [Double]
    /// Level of each state; it orders the sweeps and defines the aggregation classes.
    private let level: [Int32]

    /// Sweeps used and the final relative residual of the last solve (for tests and docs).
    private(set) var sweeps = 0
    private(set) var residual = Double.infinity

    /// - Parameters:
    ///   - level: level ≥ 0 of each state; every transition must change it by exactly ±1.
    ///   - transitions: calls its argument once per transition (from, to, rate > 0); called twice.
    init(level: [Int32], transitions: ((Int, Int, Double) -> Void) -> Void) throws {
        let n = level.count
        self.level = level
        var outRate = [Double](repeating: 0, count: n)
        var inDegree = [Int](repeating: 0, count: n + 1)
        var bad: (Int, Int)?
        transitions { from, to, rate in
            inDegree[to + 1] += 1
            outRate[from] += rate
            if abs(level[to] - level[from]) != 1 { bad = (from, to) }
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
            from32[fill[to]] = Int32(from)
            rates[fill[to]] = rate
            fill[to] += 1
        }
        inFrom = from32
        inRate = rates
        self.outRate = outRate
        for i in 0..<n where !(outRate[i] > 0) {
            throw AnalyticError.numerical("state \(i) has no way out; the chain is not irreducible")
        }
    }

    /// The stationary distribution, or `.numerical` if the residual does not reach `tolerance`.
    /// - Parameter start: a first guess (any non-negative weights; uniform if nil).
    mutating func solve(start: [Double]? = nil) throws -> [Double] {
        let n = outRate.count
        guard n > 1 else { return [1] }
        // States in level order (for the chat chain, chats held), so a forward sweep sees
        // every arrival source already updated, a backward one every completion.
        let levels = Int(level.max() ?? 0) + 1
        var order = [Int32](repeating: 0, count: n)
        var next = [Int](repeating: 0, count: levels + 1)
        for l in level { next[Int(l) + 1] += 1 }
        for l in 0..<levels { next[l + 1] += next[l] }
        for i in 0..<n { order[next[Int(level[i])]] = Int32(i); next[Int(level[i])] += 1 }

        var pi = start ?? [Double](repeating: 1 / Double(n), count: n)
        aggregate(&pi)
        sweeps = 0
        var mixer = AndersonMixer(depth: Self.andersonDepth)
        while true {
            let x = pi
            sweep(&pi, order.indices, order)
            sweep(&pi, order.indices.reversed(), order)
            aggregate(&pi)
            normalise(&pi)
            sweeps += 1
            residual = relativeResidual(pi)
            if residual <= Self.tolerance { break }
            guard sweeps < Self.maxSweeps, residual.isFinite else {
                throw AnalyticError.numerical("sparse stationary solver: relative residual \(residual) after \(sweeps) sweeps (tolerance \(Self.tolerance))")
            }
            // What is left converges geometrically but slowly at half load (mass moving
            // between agents at neighbouring loads). Anderson mixing of the last few sweeps
            // extrapolates along those slow modes; it only proposes the next starting point,
            // and the residual test above, on a swept vector, decides when the answer is good.
            pi = mixer.mix(x: x, g: pi)
            for i in pi.indices where !(pi[i] >= 1e-290) { pi[i] = 0 }
            normalise(&pi)
        }
        let total = pi.reduce(0, +)
        guard total > 0, total.isFinite else { throw AnalyticError.numerical("stationary distribution sums to \(total)") }
        return pi.map { $0 / total }
    }

    /// Scales π to sum 1, so successive iterates can be compared.
    private func normalise(_ pi: inout [Double]) {
        let total = pi.reduce(0, +)
        guard total > 0, total.isFinite else { return }
        for i in pi.indices { pi[i] /= total }
    }

    /// One over-relaxed Gauss–Seidel pass: π_i ← (1−ω) π_i + ω (Σ_j π_j q_ji) / q_i, using the newest π_j.
    private func sweep<S: Sequence<Int>>(_ pi: inout [Double], _ positions: S, _ order: [Int32]) {
        let omega = Self.relaxation
        pi.withUnsafeMutableBufferPointer { p in
            for position in positions {
                let i = Int(order[position])
                var inflow = 0.0
                for e in inStart[i]..<inStart[i + 1] { inflow += p[Int(inFrom[e])] * inRate[e] }
                let v = (1 - omega) * p[i] + omega * inflow / outRate[i]
                // Below ~1e-290 a probability cannot matter to any measure, and subnormal
                // numbers would slow every later sweep down by orders of magnitude.
                p[i] = v < 1e-290 ? 0 : v
            }
        }
    }

    /// Sets the total mass of each level to the birth–death solution implied
    /// by the current shape within classes: M_{c+1} · d_{c+1} = M_c · u_c, with u and d the
    /// mean rates into the level above and below.
    /// Done in logs, since class masses span hundreds of orders of magnitude; levels beyond the
    /// first one (counting out from the heaviest) whose mass has underflowed get none.
    private func aggregate(_ pi: inout [Double]) {
        let coordinate = level
        let classes = Int(coordinate.max() ?? 0) + 1
        guard classes > 1 else { return }
        var mass = [Double](repeating: 0, count: classes)
        var up = mass, down = mass
        for i in pi.indices {
            let target = coordinate[i]
            mass[Int(target)] += pi[i]
            for e in inStart[i]..<inStart[i + 1] {
                let j = Int(inFrom[e])
                let source = coordinate[j]
                if target > source { up[Int(source)] += pi[j] * inRate[e] }
                else if target < source { down[Int(source)] += pi[j] * inRate[e] }
            }
        }
        // Solve outwards from the heaviest level, as far as masses and rates are positive.
        // Levels beyond that cannot be reached in floating point and get no mass: their
        // share is below the smallest double, and stale values there would feed back into
        // the sweeps. (Overload puts the mass at the top, light load at the bottom.)
        guard let heaviest = mass.indices.max(by: { mass[$0] < mass[$1] }), mass[heaviest] > 0 else { return }
        var logMass = [Double](repeating: -.infinity, count: classes)
        logMass[heaviest] = 0
        var c = heaviest
        while c + 1 < classes, mass[c + 1] > 0, up[c] > 0, down[c + 1] > 0 {
            logMass[c + 1] = logMass[c] + log(up[c] / mass[c]) - log(down[c + 1] / mass[c + 1])
            c += 1
        }
        c = heaviest
        while c > 0, mass[c - 1] > 0, up[c - 1] > 0, down[c] > 0 {
            logMass[c - 1] = logMass[c] - log(up[c - 1] / mass[c - 1]) + log(down[c] / mass[c])
            c -= 1
        }
        let peak = logMass.max() ?? 0
        let scale = (0..<classes).map { logMass[$0] == -.infinity ? 0 : exp(logMass[$0] - peak) / mass[$0] }
        for i in pi.indices {
            // Below ~1e-290 a probability cannot matter to any measure, and subnormal
            // numbers would slow every later sweep down by orders of magnitude.
            let v = pi[i] * scale[Int(coordinate[i])]
            pi[i] = v < 1e-290 ? 0 : v
        }
    }

    /// Σ_i |inflow_i − outflow_i| / Σ_i outflow_i for an unnormalised π.
    func relativeResidual(_ pi: [Double]) -> Double {
        var imbalance = 0.0
        var flow = 0.0
        for i in pi.indices {
            var inflow = 0.0
            for e in inStart[i]..<inStart[i + 1] { inflow += pi[Int(inFrom[e])] * inRate[e] }
            let outflow = pi[i] * outRate[i]
            imbalance += abs(inflow - outflow)
            flow += outflow
        }
        return flow > 0 ? imbalance / flow : .infinity
    }
}
