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

        // ln(π_{c+k}/π_c) for k ≥ 0: the queue.
        let tail = try LogWeights.queueTail(arrivalRate: arrivalRate, fullRate: fullRate, theta: theta)
        var peak = tail.max() ?? 0
        // ln(π_n/π_c) for n = c−1 down to 0: π_{n−1} = π_n · n/a.
        var below: [Double] = []
        var current = 0.0
        for n in stride(from: agents, to: 0, by: -1) {
            let ratio = Double(n) / load
            current += log(ratio)
            below.append(current)
            peak = max(peak, current)
            // Ratios shrink further down, so the rest is below a geometric series.
            if ratio < 1, current + log(ratio / (1 - ratio)) < peak + LogWeights.negligible { break }
        }

        let queued = LogWeights.scaled(tail, by: peak)
        let idle = LogWeights.scaled(below, by: peak)        // idle[i] is n = c−1−i busy
        let norm = queued.reduce(0, +) + idle.reduce(0, +)
        let p = queued.map { $0 / norm }
        let pWait = p.reduce(0, +)
        let pNoWait = idle.reduce(0, +) / norm
        var meanQueue = 0.0
        for (k, pk) in p.enumerated() { meanQueue += Double(k) * pk }
        var busy = Double(agents) * pWait
        for (i, w) in idle.enumerated() { busy += Double(agents - 1 - i) * w / norm }

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
