import CGSL
import Foundation

/// A non-negative random quantity (a duration in seconds, or a count), as a scenario gives it.
///
/// Parameterised by mean (and CV or shape) rather than by the textbook parameters,
/// because planners know averages; the conversions are in `docs/model.md`.
public enum Distribution: Sendable, Equatable {
    case exponential(mean: Double)
    /// Lognormal with the given mean and coefficient of variation.
    case lognormal(mean: Double, cv: Double)
    /// Weibull with the given mean and shape k (scale = mean / Γ(1 + 1/k)).
    case weibull(mean: Double, shape: Double)
    /// Gamma with the given mean and coefficient of variation (shape = 1/cv²).
    case gamma(mean: Double, cv: Double)
    case deterministic(Double)
    case uniform(min: Double, max: Double)
    /// Poisson count with the given mean (for numbers of messages).
    case poisson(mean: Double)
    /// One of the listed values, equally likely.
    case empiricalValues([Double])
    /// A histogram: value uniform within a bin chosen with probability ∝ weight.
    case empiricalHistogram(EmpiricalHistogram)
    /// Never happens (infinite patience).
    case never

    /// The exact mean of the distribution (infinity for `never`).
    public var mean: Double {
        switch self {
        case .exponential(let m), .lognormal(let m, _), .weibull(let m, _), .gamma(let m, _), .poisson(let m):
            return m
        case .deterministic(let v): return v
        case .uniform(let a, let b): return (a + b) / 2
        case .empiricalValues(let v): return v.isEmpty ? 0 : v.reduce(0, +) / Double(v.count)
        case .empiricalHistogram(let h): return h.mean
        case .never: return .infinity
        }
    }

    /// The coefficient of variation, where it is defined in closed form.
    public var cv: Double? {
        switch self {
        case .exponential: return 1
        case .lognormal(_, let cv), .gamma(_, let cv): return cv
        case .deterministic: return 0
        case .weibull(_, let k):
            let g1 = tgamma(1 + 1 / k), g2 = tgamma(1 + 2 / k)
            return (g2 / (g1 * g1) - 1).squareRoot()
        case .poisson(let m): return m > 0 ? 1 / m.squareRoot() : 0
        case .uniform(let a, let b): return a + b > 0 ? (b - a) / ((a + b) * 3.0.squareRoot()) : 0
        default: return nil
        }
    }

    /// Whether the variate is memoryless-exponential (the analytic formulas assume so).
    public var isExponential: Bool {
        if case .exponential = self { return true }
        return false
    }

    /// Precomputes the GSL parameters once, so sampling costs no transcendental set-up.
    public func sampler() -> Sampler { Sampler(self) }
}

/// A bin-weighted empirical distribution: `edges` has one more element than `weights`.
public struct EmpiricalHistogram: Sendable, Equatable {
    public let edges: [Double]
    public let weights: [Double]
    /// Cumulative normalised weights, for sampling by binary search.
    public let cumulative: [Double]

    /// Returns nil unless edges increase, weights are non-negative and sum to a positive value.
    public init?(edges: [Double], weights: [Double]) {
        guard edges.count == weights.count + 1, !weights.isEmpty,
              zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }),
              weights.allSatisfy({ $0 >= 0 && $0.isFinite }) else { return nil }
        let total = weights.reduce(0, +)
        guard total > 0 else { return nil }
        self.edges = edges
        self.weights = weights
        var acc = 0.0
        cumulative = weights.map { acc += $0 / total; return acc }
    }

    public var mean: Double {
        let total = weights.reduce(0, +)
        return zip(weights, zip(edges, edges.dropFirst())).reduce(0) { $0 + $1.0 * ($1.1.0 + $1.1.1) / 2 } / total
    }
}
