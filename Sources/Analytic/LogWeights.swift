// The queue that forms once every server (or chat slot) is busy is a birth–death chain:
// arrivals at λ push it up, and from q waiting it comes down at R + qθ (R = completion rate
// with everyone busy, θ = abandonment rate per waiting customer). Both Erlang A and the chat
// model hang such a tail off their "all busy" state, so its weights are computed once here.

import Foundation

/// Log-weights of a birth–death chain relative to its first state, truncated where negligible.
enum LogWeights {
    /// ln(1e-18) with a little margin: terms (and bounded remainders) below max·e^this are
    /// dropped, far below the 1e-17 relative accuracy asked of the sums.
    static let negligible = -41.5

    /// Longest tail accepted. Only reached with tiny θ (or ρ → 1 without abandonment),
    /// where the chain is effectively unstable.
    static let maxTail = 2_000_000

    /// `w[q] = ln(π_q / π_0)` for the queue tail, q = 0, 1, …, with
    /// π_q/π_{q−1} = λ / (R + qθ). Computing in logs, never with powers or factorials, keeps
    /// it finite even when the tail peaks far above π_0 (overloaded, patient customers).
    /// Requires λ < R when θ = 0 (checked by callers, which throw `.unstable`).
    static func queueTail(arrivalRate lambda: Double, fullRate rate: Double, theta: Double) throws -> [Double] {
        var weights = [0.0]
        var current = 0.0
        var peak = 0.0
        var q = 1
        while true {
            let ratio = lambda / (rate + Double(q) * theta)
            current += log(ratio)
            weights.append(current)
            peak = max(peak, current)
            // Ratios only shrink as q grows, so once below 1 the rest of the tail is bounded
            // by a geometric series: Σ_{i>q} π_i ≤ π_q · r/(1−r).
            if ratio < 1, current + log(ratio / (1 - ratio)) < peak + negligible { break }
            q += 1
            guard q <= maxTail else {
                throw AnalyticError.tooLarge("queue tail needs more than \(maxTail) states (patience too long for this load)")
            }
        }
        return weights
    }

    /// Turns log-weights into probabilities relative to the largest one, so the biggest
    /// term is exactly 1 and nothing overflows; the caller normalises.
    static func scaled(_ logs: [Double], by peak: Double) -> [Double] {
        logs.map { exp($0 - peak) }
    }

    /// A birth–death chain "full" at level `top` (every server or slot busy), with the queue
    /// tail `tail` above it and, below it, π_{t−1} = π_t · ratio(t) for t = top … 1, summed
    /// in logs down to where the rest is negligible. Erlang A and the chat approximation
    /// share it; each passes its own down-ratio so its arithmetic is its own.
    static func balance(tail: [Double], top: Int, ratio: (Int) -> Double) -> FullChain {
        var peak = tail.max() ?? 0
        var below: [Double] = []
        var current = 0.0
        for t in stride(from: top, to: 0, by: -1) {
            let r = ratio(t)
            current += log(r)
            below.append(current)
            peak = max(peak, current)
            // Ratios shrink further down, so the rest is below a geometric series.
            if r < 1, current + log(r / (1 - r)) < peak + negligible { break }
        }
        let queued = scaled(tail, by: peak)
        let notFull = scaled(below, by: peak)
        let norm = queued.reduce(0, +) + notFull.reduce(0, +)
        let p = queued.map { $0 / norm }
        var meanQueue = 0.0
        for (q, pq) in p.enumerated() { meanQueue += Double(q) * pq }
        return FullChain(queued: p, notFull: notFull, norm: norm, pWait: p.reduce(0, +),
                         pNoWait: notFull.reduce(0, +) / norm, meanQueue: meanQueue)
    }
}

/// The stationary distribution of a birth–death chain around its "full" level.
struct FullChain {
    /// P(full with q waiting), q = 0, 1, …
    let queued: [Double]
    /// Unnormalised weights below full: `notFull[i]` is level top − 1 − i; divide by `norm`.
    let notFull: [Double]
    let norm: Double
    let pWait: Double
    let pNoWait: Double
    let meanQueue: Double
}
