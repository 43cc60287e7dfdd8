// What happens to a customer who finds everyone busy. Erlang A and the chat model share it:
// both have a FIFO queue that, with all capacity busy, is served at a constant total rate R
// and loses each waiting customer at rate θ. Only R and the arrival-point queue distribution
// differ, so the wait/abandon/service-level maths lives here once.
import Foundation

/// Answer/wait/service-level measures derived from the queue length an arrival sees.
struct WaiterMetrics {
    /// P(an arrival is answered), over all arrivals.
    var pServed: Double
    /// Mean wait of answered customers (immediate answers count as 0).
    var asaAnswered: Double
    /// P(answered within t), over all arrivals.
    var slOffered: Double
    /// P(answered within t), over answered customers.
    var slAnswered: Double

    /// - Parameters:
    ///   - rate: R, total completion rate while all capacity is busy.
    ///   - theta: abandonment rate of one waiting customer (0 = none).
    ///   - queued: p_k = P(arrival finds all busy with k already waiting), k = 0, 1, ….
    ///   - pNoWait: P(arrival is answered at once); passed in rather than 1 − Σp_k so it
    ///     keeps full relative precision when it is tiny.
    ///   - slTime: service-level threshold t.
    init(rate: Double, theta: Double, queued: [Double], pNoWait: Double, slTime: Double) throws {
        // A customer with k ahead moves through stages j = k…0, each ending after
        // Exp(R + (j+1)θ) by the head of the line moving up (prob (R+jθ)/(R+(j+1)θ)) or by
        // their own abandonment. The product of those probabilities telescopes:
        // P(served | k) = R / (R + (k+1)θ); the sum of stage means gives E[W; served | k].
        var servedWaiters = 0.0
        var waitServed = 0.0
        var stageMeans = 0.0
        for (k, p) in queued.enumerated() {
            let exitRate = rate + Double(k + 1) * theta
            stageMeans += 1 / exitRate
            let pServedGivenK = rate / exitRate
            servedWaiters += p * pServedGivenK
            waitServed += p * pServedGivenK * stageMeans
        }
        pServed = pNoWait + servedWaiters
        asaAnswered = pServed > 0 ? waitServed / pServed : 0
        let within = try Self.servedWithin(rate: rate, theta: theta, queued: queued, time: slTime)
        slOffered = min(1, pNoWait + within)
        slAnswered = pServed > 0 ? min(1, slOffered / pServed) : 0
    }

    /// P(arrival waits, and is answered within `time`) by uniformisation of the tagged
    /// customer's chain: transient states "j ahead", j → j−1 at R + jθ (j = 0 → served),
    /// each → abandoned at θ. With Λ ≥ every exit rate, P = Σ_s Poisson(s; Λt) · S_s, S_s the
    /// mass absorbed in "served" after s uniformised steps. Unlike a matrix exponential this
    /// is all positive terms (no cancellation) and costs O(steps · states).
    static func servedWithin(rate: Double, theta: Double, queued: [Double], time: Double) throws -> Double {
        guard time > 0, !queued.isEmpty else { return 0 }
        let uniformRate = rate + Double(queued.count) * theta   // max over j < count of R+(j+1)θ
        let weights = try PoissonWeights(mean: uniformRate * time)
        let steps = weights.values.count - 1
        // A customer with j ahead needs j+1 steps to be served, so nobody starting at
        // j ≥ steps can count; nor, after s steps, anyone still at j ≥ steps − s.
        var top = min(queued.count, steps)
        var mass = Array(queued[0..<top])
        var served = 0.0
        var total = weights.values[0] * served
        var weightSoFar = weights.values[0]
        let down0 = rate / uniformRate
        mass.withUnsafeMutableBufferPointer { v in
            var s = 1
            while s <= steps, top > 0 {
                served += v[0] * down0
                var remaining = 0.0
                // In place, ascending: v[j] reads the old v[j+1] before that is overwritten.
                for j in 0..<top {
                    let leave = (rate + Double(j + 1) * theta) / uniformRate
                    var next = v[j] * (1 - leave)
                    if j + 1 < top { next += v[j + 1] * (rate + Double(j + 1) * theta) / uniformRate }
                    v[j] = next
                    remaining += next
                }
                let w = weights.values[s]
                total += w * served
                weightSoFar += w
                // Nothing left that could still be served: S stays put for every later step.
                if remaining < 1e-18 { break }
                top = min(top, steps - s)
                s += 1
            }
        }
        total += served * max(0, 1 - weightSoFar)
        guard total.isFinite else { throw AnalyticError.numerical("service level is not finite") }
        return min(max(total, 0), 1)
    }
}
