// The exact chat model. With exponential work and patience, the system is a CTMC on
// (occupancy histogram, queue length), and the queue can only be non-empty when every slot
// is full. So we solve the finite occupancy chain with the queue excursions censored out,
// then hang the queue tail (a birth–death chain) off the all-full state by ratios.
import Foundation

/// Exact stationary solution of the fluid chat-concurrency model.
public enum ChatMarkovChain {
    /// Exact stationary solution of the fluid chat model: `agents` agents each hold up to `concurrency`
    /// chats; a chat has exponential work (mean `meanWork` seconds if alone); while an agent holds m chats
    /// each progresses at speed `speeds[m-1]` (speeds.count == concurrency; default from slowdown α:
    /// speed(m) = 1/(1+α(m−1))), so the agent completes chats at total rate m·speed(m)/meanWork.
    /// FIFO queue for a free slot, arrival joins a least-loaded agent, exponential patience (meanPatience; pass
    /// .infinity for none — then require stability: arrivalRate < agents*concurrency*speed(k)/meanWork, else .unstable).
    public static func solve(arrivalRate: Double, agents: Int, concurrency: Int, meanWork: Double,
                             speeds: [Double], meanPatience: Double, slTime: Double) throws -> ChatMetrics {
        try Validate.positiveFinite(arrivalRate, "arrivalRate")
        try Validate.atLeastOne(agents, "agents")
        try Validate.atLeastOne(concurrency, "concurrency")
        try Validate.positiveFinite(meanWork, "meanWork")
        guard speeds.count == concurrency else {
            throw AnalyticError.invalidInput(field: "speeds", message: "needs one speed per concurrency level (\(concurrency)), got \(speeds.count)")
        }
        for s in speeds { try Validate.positiveFinite(s, "speeds") }
        let theta = try Validate.abandonmentRate(meanPatience: meanPatience)
        try Validate.slTime(slTime)

        let k = concurrency
        // completion[m] = one agent's total completion rate holding m chats.
        let completion = (0...k).map { m in m == 0 ? 0 : Double(m) * speeds[m - 1] / meanWork }
        let fullRate = Double(agents) * completion[k]
        if theta == 0, arrivalRate >= fullRate {
            throw AnalyticError.unstable("arrival rate \(arrivalRate)/s >= full-capacity completion rate \(fullRate)/s and no abandonment")
        }

        let space = try OccupancySpace(agents: agents, levels: k)
        let occupancy = try StationarySolver.solve(states: space.states.count,
                                                   transitions: transitions(space, arrivalRate: arrivalRate, completion: completion))
        guard let full = space.position(of: space.fullState) else {
            throw AnalyticError.numerical("all-full state missing from the occupancy space")
        }

        // Unnormalised masses, scaled by e^{−peak} so a tail that towers over π(full, 0)
        // (overload with long patience) cannot overflow: non-full states π_i e^{−peak},
        // queue states π_full · e^{w_q − peak}.
        let tail = try LogWeights.queueTail(arrivalRate: arrivalRate, fullRate: fullRate, theta: theta)
        let peak = tail.max() ?? 0
        let queuedMass = LogWeights.scaled(tail, by: peak).map { occupancy[full] * $0 }
        let shrink = exp(-peak)
        var otherMass = 0.0
        var otherChats = 0.0
        var otherBusy = 0.0
        for (i, s) in space.states.enumerated() where i != full {
            let mass = occupancy[i] * shrink
            otherMass += mass
            otherChats += mass * Double((0...k).reduce(0) { $0 + $1 * s[$1] })
            otherBusy += mass * Double(agents - s[0])
        }
        let norm = otherMass + queuedMass.reduce(0, +)
        let p = queuedMass.map { $0 / norm }          // p_k = π(full, q = k)
        let pWait = p.reduce(0, +)
        let pNoWait = otherMass / norm
        var meanQueue = 0.0
        for (q, pq) in p.enumerated() { meanQueue += Double(q) * pq }
        let meanChats = otherChats / norm + pWait * Double(agents * k)
        let meanBusy = otherBusy / norm + pWait * Double(agents)

        let waiters = try WaiterMetrics(rate: fullRate, theta: theta, queued: p, pNoWait: pNoWait, slTime: slTime)
        let busyFraction = meanBusy / Double(agents)
        let queue = QueueMetrics(agents: agents, offeredLoad: arrivalRate * meanWork, pWait: pWait,
                                 pAbandon: theta * meanQueue / arrivalRate,
                                 asaAnswered: waiters.asaAnswered, meanWaitAll: meanQueue / arrivalRate,
                                 slOffered: waiters.slOffered, slAnswered: waiters.slAnswered,
                                 occupancy: busyFraction, meanQueue: meanQueue, slTime: slTime)
        return ChatMetrics(queue: queue, slotUtilisation: meanChats / Double(agents * k),
                           agentBusyFraction: busyFraction,
                           meanConcurrencyBusy: meanBusy > 0 ? meanChats / meanBusy : 0,
                           states: space.states.count)
    }

    /// Convenience: speeds from slowdown α.
    /// speed(m) = 1/(1 + α(m−1)) for m = 1…concurrency; empty if concurrency < 1.
    public static func speeds(concurrency: Int, slowdown: Double) -> [Double] {
        guard concurrency >= 1 else { return [] }
        return (1...concurrency).map { 1 / (1 + slowdown * Double($0 - 1)) }
    }

    /// The occupancy chain with queue excursions censored: from the all-full state an arrival
    /// starts a queue excursion that always ends back in that same state, so in the censored
    /// chain it is a self-loop and is simply left out.
    private static func transitions(_ space: OccupancySpace, arrivalRate: Double,
                                    completion: [Double]) -> [StationarySolver.Transition] {
        let k = space.levels
        var out: [StationarySolver.Transition] = []
        for (i, s) in space.states.enumerated() {
            // Arrival joins a least-loaded agent: lowest level m < k with agents in it.
            if let m = (0..<k).first(where: { s[$0] > 0 }) {
                var t = s
                t[m] -= 1
                t[m + 1] += 1
                if let j = space.position(of: t) { out.append(.init(from: i, to: j, rate: arrivalRate)) }
            }
            // A completion at level m (rate n_m · r_m) moves one agent down a level.
            for m in stride(from: 1, through: k, by: 1) where s[m] > 0 {
                var t = s
                t[m] -= 1
                t[m - 1] += 1
                if let j = space.position(of: t) {
                    out.append(.init(from: i, to: j, rate: Double(s[m]) * completion[m]))
                }
            }
        }
        return out
    }
}
