// The exact chat model. With exponential work and patience, the system is a CTMC on
// (occupancy histogram, queue length), and the queue can only be non-empty when every slot
// is full. So we solve the finite occupancy chain with the queue excursions censored out,
// then hang the queue tail (a birth–death chain) off the all-full state by ratios.
import Foundation

/// Which linear solver finds the chat chain's stationary distribution.
public enum ChainSolver: Sendable {
    /// Dense LU up to `ChatMarkovChain.denseLimit` states, the sparse solver above.
    case automatic
    /// Dense LU (GSL), whatever the size.
    case dense
    /// Gauss–Seidel with aggregation, to a checked residual, whatever the size; for k = 2
    /// it starts from the direct level solution and accepts it as it is when it balances.
    case sparse
}

/// Exact stationary solution of the fluid chat-concurrency model.
public enum ChatMarkovChain {
    /// Exact stationary solution of the fluid chat model: `agents` agents each hold up to `concurrency`
    /// chats; a chat has exponential work (mean `meanWork` seconds if alone); while an agent holds m chats
    /// each progresses at speed `speeds[m-1]` (speeds.count == concurrency; default from slowdown α:
    /// speed(m) = 1/(1+α(m−1))), so the agent completes chats at total rate m·speed(m)/meanWork.
    /// FIFO queue for a free slot, arrival joins a least-loaded agent, exponential patience (meanPatience; pass
    /// .infinity for none — then require stability: arrivalRate < agents*concurrency*speed(k)/meanWork, else .unstable).
    public static func solve(arrivalRate: Double, agents: Int, concurrency: Int, meanWork: Double,
                             speeds: [Double], meanPatience: Double, slTime: Double,
                             solver: ChainSolver = .automatic) throws -> ChatMetrics {
        try validate(arrivalRate: arrivalRate, agents: agents, concurrency: concurrency, meanWork: meanWork,
                     speeds: speeds, slTime: slTime)
        let theta = try Validate.abandonmentRate(meanPatience: meanPatience)

        let k = concurrency
        // completion[m] = one agent's total completion rate holding m chats.
        let completion = (0...k).map { m in m == 0 ? 0 : Double(m) * speeds[m - 1] / meanWork }
        let fullRate = Double(agents) * completion[k]
        if theta == 0, arrivalRate >= fullRate {
            throw AnalyticError.unstable("arrival rate \(arrivalRate)/s >= full-capacity completion rate \(fullRate)/s and no abandonment")
        }

        let space = try OccupancySpace(agents: agents, levels: k)
        let occupancy = try stationary(space, arrivalRate: arrivalRate, completion: completion, solver: solver).pi
        let full = space.fullState

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
        for i in 0..<space.count where i != full {
            let mass = occupancy[i] * shrink
            otherMass += mass
            otherChats += mass * Double((0...k).reduce(0) { $0 + $1 * space.agents(in: i, holding: $1) })
            otherBusy += mass * Double(agents - space.agents(in: i, holding: 0))
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
                           states: space.count)
    }

    /// Exact up to `OccupancySpace.limit(levels:)` states, the balanced-load approximation
    /// beyond (`method` says which). Same parameters as `solve`.
    public static func solveOrApproximate(arrivalRate: Double, agents: Int, concurrency: Int, meanWork: Double,
                                          speeds: [Double], meanPatience: Double, slTime: Double) throws -> ChatMetrics {
        guard OccupancySpace.isExact(agents: agents, levels: concurrency) else {
            return try ChatApproximation.solve(arrivalRate: arrivalRate, agents: agents, concurrency: concurrency,
                                               meanWork: meanWork, speeds: speeds, meanPatience: meanPatience, slTime: slTime)
        }
        return try solve(arrivalRate: arrivalRate, agents: agents, concurrency: concurrency, meanWork: meanWork,
                         speeds: speeds, meanPatience: meanPatience, slTime: slTime)
    }

    /// Checks shared by the exact chain and the approximation.
    static func validate(arrivalRate: Double, agents: Int, concurrency: Int, meanWork: Double,
                         speeds: [Double], slTime: Double) throws {
        try Validate.positiveFinite(arrivalRate, "arrivalRate")
        try Validate.atLeastOne(agents, "agents")
        try Validate.atLeastOne(concurrency, "concurrency")
        try Validate.positiveFinite(meanWork, "meanWork")
        guard speeds.count == concurrency else {
            throw AnalyticError.invalidInput(field: "speeds", message: "needs one speed per concurrency level (\(concurrency)), got \(speeds.count)")
        }
        for s in speeds { try Validate.positiveFinite(s, "speeds") }
        try Validate.slTime(slTime)
    }

    /// Convenience: speeds from slowdown α.
    /// speed(m) = 1/(1 + α(m−1)) for m = 1…concurrency; empty if concurrency < 1.
    public static func speeds(concurrency: Int, slowdown: Double) -> [Double] {
        guard concurrency >= 1 else { return [] }
        return (1...concurrency).map { 1 / (1 + slowdown * Double($0 - 1)) }
    }

    /// Chains up to this size are solved by dense LU (exact to rounding, and what the
    /// published reference values were checked against); larger ones by the sparse solver.
    /// (LU is cubic: 1,000 states take 0.1 s, 2,300 states 1.7 s; the sparse solver 0.05 s.)
    public static let denseLimit = 1000

    /// Groups per level in the sparse solver's class aggregation (at 180 × 3, half load,
    /// 8 groups took 61 sweeps and 16 took 45 at about the same cost per sweep; 48 made
    /// each sweep dearer than the sweeps it saved).
    static let aggregationGroups = 16

    /// Stationary distribution of the censored occupancy chain, and the sparse solver's
    /// sweeps (0 for dense LU, and for k = 2 when the direct solution balanced as it was).
    static func stationary(_ space: OccupancySpace, arrivalRate: Double, completion: [Double],
                           solver choice: ChainSolver) throws -> (pi: [Double], sweeps: Int) {
        let emit = { (body: (Int, Int, Double) -> Void) in
            transitions(space, arrivalRate: arrivalRate, completion: completion, body)
        }
        let dense = switch choice {
        case .automatic: space.count <= denseLimit
        case .dense: true
        case .sparse: false
        }
        if dense {
            var list: [StationarySolver.Transition] = []
            emit { list.append(.init(from: $0, to: $1, rate: $2)) }
            return (try StationarySolver.solve(states: space.count, transitions: list), 0)
        }
        // The level of a state is its number of chats: arrivals add one, completions remove one.
        let level = (0..<space.count).map { i in
            Int32((1...space.levels).reduce(0) { $0 + $1 * space.agents(in: i, holding: $1) })
        }
        var solver = try SparseStationarySolver(level: level, transitions: emit)
        // Two chats per agent: the chain is solved directly (decision 131); the sparse
        // solver only checks its residual from the transitions (and polishes, if needed).
        if space.levels == 2 {
            let direct = TwoChatLevels.solve(space, arrivalRate: arrivalRate, completion: completion)
            let pi = try solver.solve(start: direct)
            return (pi, solver.sweeps)
        }
        // Start from the balanced states alone (each level's chats spread as evenly as
        // least-loaded routing would; the first aggregation step sets the level masses): a
        // uniform start would put mass on rarely visited imbalanced states that drains out
        // only slowly.
        var start = [Double](repeating: 0, count: space.count)
        var s = [Int](repeating: 0, count: space.levels + 1)
        for chats in 0...(space.agents * space.levels) {
            let (q, r) = chats.quotientAndRemainder(dividingBy: space.agents)
            for m in s.indices { s[m] = 0 }
            s[q] = space.agents - r
            if r > 0 { s[q + 1] = r }
            start[space.position(of: s)] = 1
        }
        // Second aggregation coordinate (decision 89): how far a state is from balanced
        // loads. Below the top band (T ≤ n(k−1)) it is the chats held above the balanced
        // ceiling ⌈T/n⌉ — agents holding more while others have room, which only their own
        // completions undo; in the top band, the room left below the floor ⌊T/n⌋. Capped:
        // more groups cost more per sweep than they save (docs/performance.md).
        let group = (0..<space.count).map { i -> Int32 in
            let t = Int(level[i]), n = space.agents, k = space.levels
            let ceiling = (t + n - 1) / n, floor = t / n
            var spread = 0
            for m in 0...k {
                let held = space.agents(in: i, holding: m)
                if ceiling < k { spread += max(0, m - ceiling) * held } else { spread += max(0, floor - m) * held }
            }
            return Int32(min(spread, Self.aggregationGroups - 1))
        }
        let pi = try solver.solve(start: start, group: group)
        return (pi, solver.sweeps)
    }

    /// The occupancy chain with queue excursions censored: from the all-full state an arrival
    /// starts a queue excursion that always ends back in that same state, so in the censored
    /// chain it is a self-loop and is simply left out. Calls `body(from, to, rate)` per transition.
    static func transitions(_ space: OccupancySpace, arrivalRate: Double, completion: [Double],
                                    _ body: (Int, Int, Double) -> Void) {
        let k = space.levels
        var s = [Int](repeating: 0, count: k + 1)
        for i in 0..<space.count {
            for m in 0...k { s[m] = space.agents(in: i, holding: m) }
            // Arrival joins a least-loaded agent: lowest level m < k with agents in it.
            if let m = (0..<k).first(where: { s[$0] > 0 }) {
                s[m] -= 1
                s[m + 1] += 1
                body(i, space.position(of: s), arrivalRate)
                s[m] += 1
                s[m + 1] -= 1
            }
            // A completion at level m (rate n_m · r_m) moves one agent down a level.
            for m in stride(from: 1, through: k, by: 1) where s[m] > 0 {
                let rate = Double(s[m]) * completion[m]
                s[m] -= 1
                s[m - 1] += 1
                body(i, space.position(of: s), rate)
                s[m] += 1
                s[m - 1] -= 1
            }
        }
    }
}
