// Erlang A (Palm's M/M/n+M): exponential patience makes the queue a birth–death chain that
// is stable at any load. We sum that chain directly — relative weights in logs, truncated
// where negligible — rather than use Palm's incomplete-gamma closed form, because the same
// queue-length distribution then feeds the wait and service-level maths shared with chat.
import Foundation

extension Erlang {
    /// Erlang A, M/M/n+M (Palm): exponential patience with mean `meanPatience` (> 0). Always stable.
    /// `meanPatience` may be `.infinity` (nobody abandons): the result is then Erlang C and
    /// load >= agents throws `.unstable`.
    public static func a(arrivalRate: Double, meanService: Double, meanPatience: Double,
                         agents: Int, slTime: Double) throws -> QueueMetrics {
        try Validate.positiveFinite(arrivalRate, "arrivalRate")
        try Validate.positiveFinite(meanService, "meanService")
        let theta = try Validate.abandonmentRate(meanPatience: meanPatience)
        try Validate.atLeastOne(agents, "agents")
        try Validate.slTime(slTime)
        let load = arrivalRate * meanService
        let fullRate = Double(agents) / meanService          // R = cμ
        if theta == 0, arrivalRate >= fullRate {
            throw AnalyticError.unstable("offered load \(load) Erlangs >= \(agents) agents and no abandonment")
        }

        // The queue above c busy, and below it π_{n−1} = π_n · n/a.
        let tail = try LogWeights.queueTail(arrivalRate: arrivalRate, fullRate: fullRate, theta: theta)
        let chain = LogWeights.balance(tail: tail, top: agents) { n in Double(n) / load }
        let (p, pWait, pNoWait, meanQueue, norm) = (chain.queued, chain.pWait, chain.pNoWait, chain.meanQueue, chain.norm)
        var busy = Double(agents) * pWait
        for (i, w) in chain.notFull.enumerated() { busy += Double(agents - 1 - i) * w / norm }   // n = c−1−i busy

        let waiters = try WaiterMetrics(rate: fullRate, theta: theta, queued: p, pNoWait: pNoWait, slTime: slTime)
        // Sums of thousands of terms can overshoot 1 by a few ulps; probabilities are clamped.
        return QueueMetrics(agents: agents, offeredLoad: load, pWait: unit(pWait),
                            pAbandon: unit(theta * meanQueue / arrivalRate),      // abandonment flow / arrival flow
                            asaAnswered: waiters.asaAnswered,
                            meanWaitAll: meanQueue / arrivalRate,           // Little's law on the queue
                            slOffered: unit(waiters.slOffered), slAnswered: unit(waiters.slAnswered),
                            occupancy: unit(busy / Double(agents)), meanQueue: meanQueue, slTime: slTime)
    }
}

/// x clamped to [0, 1] (for probabilities computed as sums of many terms).
func unit(_ x: Double) -> Double { min(1, max(0, x)) }
