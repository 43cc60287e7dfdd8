import CGSL
import Foundation

/// A distribution with its GSL parameters precomputed, ready to draw from a stream.
public struct Sampler: Sendable {
    @usableFromInline enum Kind: Sendable {
        case exponential(mean: Double)
        case lognormal(zeta: Double, sigma: Double)
        case weibull(scale: Double, shape: Double)
        case gamma(shape: Double, scale: Double)
        case constant(Double)
        case uniform(min: Double, width: Double)
        case poisson(mean: Double)
        case values([Double])
        case histogram(EmpiricalHistogram)
    }

    @usableFromInline let kind: Kind

    public init(_ distribution: Distribution) {
        switch distribution {
        case .exponential(let m): kind = .exponential(mean: m)
        case .lognormal(let m, let cv):
            // E[X] = exp(ζ + σ²/2) and CV² = exp(σ²) − 1.
            let s2 = log1p(cv * cv)
            kind = .lognormal(zeta: log(m) - s2 / 2, sigma: s2.squareRoot())
        case .weibull(let m, let k): kind = .weibull(scale: m / tgamma(1 + 1 / k), shape: k)
        case .gamma(let m, let cv):
            let shape = 1 / (cv * cv)
            kind = .gamma(shape: shape, scale: m / shape)
        case .deterministic(let v): kind = .constant(v)
        case .uniform(let a, let b): kind = .uniform(min: a, width: b - a)
        case .poisson(let m): kind = .poisson(mean: m)
        case .empiricalValues(let v): kind = .values(v)
        case .empiricalHistogram(let h): kind = .histogram(h)
        case .never: kind = .constant(.infinity)
        }
    }

    /// Draws one variate from `stream`. Some GSL samplers (gamma) use rejection and so
    /// consume a variable number of uniforms; common random numbers therefore rest on
    /// giving each visitor attribute its own stream, never on counting draws.
    @inlinable
    public func sample(_ stream: RandomStream) -> Double {
        switch kind {
        case .exponential(let mean):
            return -mean * log(stream.uniform())
        case .lognormal(let zeta, let sigma):
            return gsl_ran_lognormal(stream.gsl, zeta, sigma)
        case .weibull(let scale, let shape):
            return gsl_ran_weibull(stream.gsl, scale, shape)
        case .gamma(let shape, let scale):
            return gsl_ran_gamma(stream.gsl, shape, scale)
        case .constant(let v):
            return v
        case .uniform(let a, let w):
            return a + w * stream.uniform()
        case .poisson(let mean):
            return Double(gsl_ran_poisson(stream.gsl, mean))
        case .values(let v):
            return v[stream.integer(below: v.count)]
        case .histogram(let h):
            let u = stream.uniform()
            var lo = 0, hi = h.cumulative.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if h.cumulative[mid] < u { lo = mid + 1 } else { hi = mid }
            }
            return h.edges[lo] + (h.edges[lo + 1] - h.edges[lo]) * stream.uniform()
        }
    }
}
