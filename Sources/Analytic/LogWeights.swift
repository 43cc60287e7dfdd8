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
}
