// An independent check of the exact chat chain's answer: its stationary distribution and
// the global-balance residual recomputed from the transitions themselves, not from the
// solver's own bookkeeping (renumbered states, compressed rows). Tests use it to check a
// million-state solve exactly without trusting the solver's stopping test.

extension ChatMarkovChain {
    /// The censored occupancy chain's stationary distribution (sums to 1) and its relative
    /// global-balance residual Σ_i |inflow_i − outflow_i| / Σ_i outflow_i, recomputed from
    /// the transitions, and the sparse solver's sweeps (0 when dense LU solved it, or when the
    /// direct k = 2 solution balanced as it was). Parameters as `solve` (without patience:
    /// the occupancy chain does not depend on it).
    public static func occupancyDistribution(arrivalRate: Double, agents: Int, concurrency: Int, meanWork: Double,
                                             speeds: [Double], solver: ChainSolver = .automatic)
        throws -> (probabilities: [Double], residual: Double, sweeps: Int) {
        try validate(arrivalRate: arrivalRate, agents: agents, concurrency: concurrency, meanWork: meanWork,
                     speeds: speeds, slTime: 0)
        let k = concurrency
        let completion = (0...k).map { m in m == 0 ? 0 : Double(m) * speeds[m - 1] / meanWork }
        let space = try OccupancySpace(agents: agents, levels: k)
        let (pi, sweeps) = try stationary(space, arrivalRate: arrivalRate, completion: completion, solver: solver)
        var inflow = [Double](repeating: 0, count: space.count)
        var outflow = inflow
        transitions(space, arrivalRate: arrivalRate, completion: completion) { from, to, rate in
            inflow[to] += pi[from] * rate
            outflow[from] += pi[from] * rate
        }
        var imbalance = 0.0, flow = 0.0
        for i in 0..<space.count {
            imbalance += abs(inflow[i] - outflow[i])
            flow += outflow[i]
        }
        return (pi, imbalance / flow, sweeps)
    }
}
