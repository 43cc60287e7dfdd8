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

    /// The variate at probability `u` of the distribution (its inverse CDF), for attributes
    /// drawn as a uniform when a visitor arrives and turned into a value only once the
    /// channel, and so the distribution, is known. Count distributions round as `sample`.
    public func quantile(_ u: Double) -> Double {
        switch kind {
        case .exponential(let mean):
            return -mean * log1p(-u)
        case .lognormal(let zeta, let sigma):
            return gsl_cdf_lognormal_Pinv(u, zeta, sigma)
        case .weibull(let scale, let shape):
            return gsl_cdf_weibull_Pinv(u, scale, shape)
        case .gamma(let shape, let scale):
            return gsl_cdf_gamma_Pinv(u, shape, scale)
        case .constant(let v):
            return v
        case .uniform(let a, let w):
            return a + w * u
        case .poisson(let mean):
            // Smallest k with P(X ≤ k) ≥ u.
            var k: UInt32 = 0
            while gsl_cdf_poisson_P(k, mean) < u && k < 100_000 { k += 1 }
            return Double(k)
        case .values(let v):
            return v[min(v.count - 1, Int(u * Double(v.count)))]
        case .histogram(let h):
            var lo = 0, hi = h.cumulative.count - 1
            while lo < hi {
                let mid = (lo + hi) / 2
                if h.cumulative[mid] < u { lo = mid + 1 } else { hi = mid }
            }
            let below = lo == 0 ? 0 : h.cumulative[lo - 1]
            let width = h.cumulative[lo] - below
            let f = width > 0 ? (u - below) / width : 0.5
            return h.edges[lo] + (h.edges[lo + 1] - h.edges[lo]) * f
        }
    }
}
