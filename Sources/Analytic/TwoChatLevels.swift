// The k = 2 occupancy chain solved directly, in time linear in the states (decision 131).
//
// With two chats per agent a state is (n₀, n₁, n₂), n₀ + n₁ + n₂ = agents. Take the level
// to be j = n₂ (agents at capacity) and the phase p = n₀ (idle agents). Then:
// - an arrival with an idle agent moves p → p − 1 (rate λ); with none (p = 0) it moves the
//   level up, (j, 0) → (j + 1, 0) — the only way up, from one phase to one phase;
// - a completion at one chat moves p → p + 1 (rate n₁ r₁), and one at two chats moves
//   the level down with the phase unchanged (rate j r₂).
// Every excursion above level j therefore starts in (j, 0) at rate λ, so
//   π(j + 1, p) = π(j, 0) · λ · x_{j+1}(p),
// where x_{j+1}(p) is the expected time spent in (j + 1, p) by an excursion entered at
// (j + 1, 0) before it first drops to level j (the rate matrix R of this level-dependent
// quasi-birth–death process has rank one). x_{j+1} needs only where excursions above
// j + 1 come back down — g_{j+1} = d_{j+2} x_{j+2}, d = the level's down rate — so one
// pass from the top level computes every x, and one pass from level 0 (a birth–death
// chain in p plus the excursions' returns, solved by its cut equations) sets the masses.
//
// Each level is a tridiagonal system plus the returns' jumps out of phase 0; it is
// eliminated from the top phase down with every pivot and every coefficient a sum of
// positive terms (the GTH idea), so there is no cancellation at any load, and level
// masses are carried in logs, since they span thousands of orders of magnitude.
import Foundation

/// Direct stationary solution of the two-chat occupancy chain (levels = agents at capacity).
enum TwoChatLevels {
    /// Unnormalised stationary weights of the censored k = 2 occupancy chain in `space`'s
    /// order, the largest 1 (weights below ~1e-300 of it are 0). `completion[m]` is one
    /// agent's completion rate holding m chats.
    static func solve(_ space: OccupancySpace, arrivalRate lambda: Double, completion: [Double]) -> [Double] {
        precondition(space.levels == 2 && completion.count == 3)
        let n = space.agents
        let r1 = completion[1], r2 = completion[2]
        // Level j has phases 0…n − j; x of all levels in one flat array, level j from offset[j].
        var offset = [Int](repeating: 0, count: n + 2)
        for j in 0...n { offset[j + 1] = offset[j] + (n - j + 1) }
        var x = [Double](repeating: 0, count: offset[n + 1])
        // Scratch for one level's elimination (phases 1…m).
        var pivot = [Double](repeating: 0, count: n + 2)   // D'_p
        var inject = pivot                                 // h_p
        if n >= 1 { x[offset[n]] = 1 / (Double(n) * r2) }  // all at capacity: only completions
        for j in stride(from: n - 1, through: 1, by: -1) {
            let m = n - j, d = Double(j) * r2
            let back = offset[j + 1]                       // x_{j+1}, phases 0…m − 1: returns g = d_{j+1} x_{j+1}
            let dUp = Double(j + 1) * r2
            // From the top phase down (up_m = 0, nothing returns to phase m):
            //   E_p  = d + up_p E_{p+1} / D'_{p+1}              (rate of leaving {p…m} other than down to p − 1)
            //   D'_p = λ + E_p                                  (the pivot)
            //   h_p  = λ g_p + λ h_{p+1} / D'_{p+1}             (returns reaching p, per unit time in phase 0)
            //   K_p  = G_p E_p / D'_p + λ K_{p+1} / D'_p        (returns to {p…m} that never come back to 0)
            // with G_p = λ Σ_{q≥p} g_q, all sums of positive terms.
            var e = d, suffix = 0.0, k = 0.0, h = 0.0
            for p in stride(from: m, through: 1, by: -1) {
                let up = Double(m - p) * r1
                let g = p <= m - 1 ? dUp * x[back + p] : 0
                suffix += lambda * g
                if p < m { e = d + up * e / pivot[p + 1] }
                let dp = lambda + e
                h = lambda * g + (p < m ? lambda * h / pivot[p + 1] : 0)
                k = suffix * e / dp + lambda * k / dp
                pivot[p] = dp
                inject[p] = h
            }
            // Phase 0: leaves to phase 1 (never to come back: up_0 E_1/D'_1), down (d), or
            // up on an excursion whose return never comes back to phase 0 (K_1).
            let up0 = Double(m) * r1
            let x0 = 1 / (up0 * e / pivot[1] + d + k)
            x[offset[j]] = x0
            var previous = x0
            for p in 1...m {
                let v = (previous * Double(m - p + 1) * r1 + x0 * inject[p]) / pivot[p]
                x[offset[j] + p] = v
                previous = v
            }
        }
        // Level 0 (nobody at capacity): a birth–death chain in p plus jumps from phase 0 to
        // where excursions return (g_0 = d_1 x_1). Cut between p and p + 1:
        //   π(p + 1) λ = π(p) (n − p) r₁ + π(0) λ Σ_{q>p} g_q   — in logs.
        var logLevel0 = [Double](repeating: 0, count: n + 1)
        var tail = [Double](repeating: 0, count: n + 2)    // λ Σ_{q≥p} g_q
        if n >= 1 {
            for p in stride(from: n - 1, through: 0, by: -1) { tail[p] = tail[p + 1] + lambda * r2 * x[offset[1] + p] }
        }
        let logLambda = log(lambda)
        for p in 0..<n {
            let a = logLevel0[p] + log(Double(n - p) * r1)
            let b = tail[p + 1] > 0 ? logLevel0[0] + log(tail[p + 1]) : -Double.infinity
            logLevel0[p + 1] = logAdd(a, b) - logLambda
        }
        // log π(j, 0) for every level, then the peak, then the weights.
        var logHead = [Double](repeating: 0, count: n + 1)
        logHead[0] = logLevel0[0]
        for j in stride(from: 1, through: n, by: 1) { logHead[j] = logHead[j - 1] + logLambda + log(x[offset[j]]) }
        var peak = logLevel0.max() ?? 0
        for j in stride(from: 1, through: n, by: 1) {
            var top = 0.0
            for p in 0...(n - j) { top = max(top, x[offset[j] + p]) }
            peak = max(peak, logHead[j - 1] + logLambda + log(top))
        }
        var weights = [Double](repeating: 0, count: space.count)
        var s = [0, 0, 0]
        for j in 0...n {
            for p in 0...(n - j) {
                s[0] = p; s[1] = n - j - p; s[2] = j
                let logWeight = j == 0 ? logLevel0[p] : logHead[j - 1] + logLambda + log(x[offset[j] + p])
                let v = exp(logWeight - peak)
                weights[space.position(of: s)] = v < 1e-300 ? 0 : v
            }
        }
        return weights
    }

    /// log(eᵃ + eᵇ) without overflow.
    private static func logAdd(_ a: Double, _ b: Double) -> Double {
        let high = max(a, b), low = min(a, b)
        return low == -.infinity ? high : high + log1p(exp(low - high))
    }
}
