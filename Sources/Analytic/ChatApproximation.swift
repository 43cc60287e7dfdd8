// Beyond the exact chain's size limit the chat model is approximated by assuming that
// least-loaded routing keeps loads perfectly balanced: with T chats on n agents, T mod n
// agents hold ⌈T/n⌉ and the rest ⌊T/n⌋. The total number of chats is then a birth–death
// chain (arrivals up, the balanced completion rate down) with the usual queue tail hanging
// off "all slots full". It is exact for k = 1 (Erlang A/C) and, for the queue measures,
// for slowdown 0 (every chat then runs at full speed, so it is M/M/(n·k)+M). With slowdown
// it errs on the optimistic side: real loads spread, and spread agents complete less work.
// docs/validation.md measures the error against the exact chain.
import Foundation

/// Balanced-load birth–death approximation of the chat model, for teams too large to solve exactly.
public enum ChatApproximation {
    /// Same parameters and result as `ChatMarkovChain.solve`, with `method == .approximation`
    /// and `states` the size the exact chain would have had.
    public static func solve(arrivalRate: Double, agents: Int, concurrency: Int, meanWork: Double,
                             speeds: [Double], meanPatience: Double, slTime: Double) throws -> ChatMetrics {
        try ChatMarkovChain.validate(arrivalRate: arrivalRate, agents: agents, concurrency: concurrency,
                                     meanWork: meanWork, speeds: speeds, slTime: slTime)
        let theta = try Validate.abandonmentRate(meanPatience: meanPatience)
        let k = concurrency
        let completion = (0...k).map { m in m == 0 ? 0 : Double(m) * speeds[m - 1] / meanWork }
        let fullRate = Double(agents) * completion[k]
        if theta == 0, arrivalRate >= fullRate {
            throw AnalyticError.unstable("arrival rate \(arrivalRate)/s >= full-capacity completion rate \(fullRate)/s and no abandonment")
        }
        let slots = agents * k
        // Balanced completion rate with t chats held.
        func down(_ t: Int) -> Double {
            let (q, r) = t.quotientAndRemainder(dividingBy: agents)
            return Double(agents - r) * completion[q] + (r > 0 ? Double(r) * completion[q + 1] : 0)
        }
        let tail = try LogWeights.queueTail(arrivalRate: arrivalRate, fullRate: fullRate, theta: theta)
        // Below full: π_{t−1} = π_t · D(t)/λ. D falls with t (m·speed(m) grows with m), so
        // once the ratio is below 1 the rest is geometric.
        let chain = LogWeights.balance(tail: tail, top: slots) { t in down(t) / arrivalRate }
        let (p, pWait, pNoWait, meanQueue, norm) = (chain.queued, chain.pWait, chain.pNoWait, chain.meanQueue, chain.norm)
        let notFull = chain.notFull      // notFull[i] is t = slots−1−i chats
        var chats = Double(slots) * pWait
        var busy = Double(agents) * pWait
        for (i, w) in notFull.enumerated() {
            let t = slots - 1 - i
            chats += Double(t) * w / norm
            busy += Double(min(t, agents)) * w / norm
        }
        let waiters = try WaiterMetrics(rate: fullRate, theta: theta, queued: p, pNoWait: pNoWait, slTime: slTime)
        let busyFraction = unit(busy / Double(agents))
        let queue = QueueMetrics(agents: agents, offeredLoad: arrivalRate * meanWork, pWait: unit(pWait),
                                 pAbandon: unit(theta * meanQueue / arrivalRate),
                                 asaAnswered: waiters.asaAnswered, meanWaitAll: meanQueue / arrivalRate,
                                 slOffered: unit(waiters.slOffered), slAnswered: unit(waiters.slAnswered),
                                 occupancy: busyFraction, meanQueue: meanQueue, slTime: slTime)
        let size = OccupancySpace.count(agents: agents, levels: k)
        return ChatMetrics(queue: queue, slotUtilisation: unit(chats / Double(slots)), agentBusyFraction: busyFraction,
                           meanConcurrencyBusy: busy > 0 ? chats / busy : 0,
                           states: size < Double(Int.max) ? Int(size) : Int.max, method: .approximation)
    }
}
