import CGSL
import Foundation

/// A fitted continuous distribution of durations in seconds, in textbook parameters, with
/// what the fit report and the scenario need: density, survival, quantiles, mean and CV.
public enum FittedDistribution: Sendable, Equatable {
    case exponential(mean: Double)
    /// ln X ~ Normal(mu, sigma).
    case lognormal(mu: Double, sigma: Double)
    case gamma(shape: Double, scale: Double)
    case weibull(shape: Double, scale: Double)

    /// The family's name as the scenario format spells it.
    public var family: String {
        switch self {
        case .exponential: return "exponential"
        case .lognormal: return "lognormal"
        case .gamma: return "gamma"
        case .weibull: return "weibull"
        }
    }

    /// Free parameters, for the AIC.
    public var parameterCount: Int { if case .exponential = self { return 1 } else { return 2 } }

    public var mean: Double {
        switch self {
        case .exponential(let m): return m
        case .lognormal(let mu, let s): return exp(mu + s * s / 2)
        case .gamma(let k, let theta): return k * theta
        case .weibull(let k, let lambda): return lambda * exp(lgamma(1 + 1 / k))
        }
    }

    public var cv: Double {
        switch self {
        case .exponential: return 1
        case .lognormal(_, let s): return (expm1(s * s)).squareRoot()
        case .gamma(let k, _): return 1 / k.squareRoot()
        case .weibull(let k, _): return (exp(lgamma(1 + 2 / k) - 2 * lgamma(1 + 1 / k)) - 1).squareRoot()
        }
    }

    /// log f(x), x > 0.
    public func logDensity(_ x: Double) -> Double {
        switch self {
        case .exponential(let m): return -log(m) - x / m
        case .lognormal(let mu, let s):
            let z = (log(x) - mu) / s
            return -0.5 * z * z - log(s * x) - 0.5 * log(2 * Double.pi)
        case .gamma(let k, let theta): return (k - 1) * log(x) - x / theta - lgamma(k) - k * log(theta)
        case .weibull(let k, let lambda):
            let r = x / lambda
            return log(k / lambda) + (k - 1) * log(r) - pow(r, k)
        }
    }

    /// log P(X > x), accurate far in the tail (the censored likelihood needs it).
    public func logSurvival(_ x: Double) -> Double {
        guard x > 0 else { return 0 }
        switch self {
        case .exponential(let m): return -x / m
        case .lognormal(let mu, let s): return gsl_sf_log_erfc((log(x) - mu) / (s * 2.0.squareRoot())) - log(2.0)
        case .gamma(let k, let theta): return log(gsl_cdf_gamma_Q(x, k, theta))
        case .weibull(let k, let lambda): return -pow(x / lambda, k)
        }
    }

    /// P(X ≤ x).
    public func cdf(_ x: Double) -> Double {
        guard x > 0 else { return 0 }
        switch self {
        case .exponential(let m): return -expm1(-x / m)
        case .lognormal(let mu, let s): return gsl_cdf_lognormal_P(x, mu, s)
        case .gamma(let k, let theta): return gsl_cdf_gamma_P(x, k, theta)
        case .weibull(let k, let lambda): return gsl_cdf_weibull_P(x, lambda, k)
        }
    }

    public func survival(_ x: Double) -> Double { 1 - cdf(x) }

    /// The p-quantile, 0 < p < 1.
    public func quantile(_ p: Double) -> Double {
        switch self {
        case .exponential(let m): return gsl_cdf_exponential_Pinv(p, m)
        case .lognormal(let mu, let s): return gsl_cdf_lognormal_Pinv(p, mu, s)
        case .gamma(let k, let theta): return gsl_cdf_gamma_Pinv(p, k, theta)
        case .weibull(let k, let lambda): return gsl_cdf_weibull_Pinv(p, lambda, k)
        }
    }
}

/// One candidate fit: the distribution, its log-likelihood, AIC, and its distance from the
/// data (KS for complete samples; the largest gap to Kaplan–Meier for censored ones).
public struct FitCandidate: Sendable, Equatable {
    public var distribution: FittedDistribution
    public var logLikelihood: Double
    public var distance: Double
    public var aic: Double { 2 * Double(distribution.parameterCount) - 2 * logLikelihood }

    public init(distribution: FittedDistribution, logLikelihood: Double, distance: Double) {
        self.distribution = distribution; self.logLikelihood = logLikelihood; self.distance = distance
    }
}

extension Array where Element == FitCandidate {
    /// The candidate with the smallest AIC (the first on a tie, so the order is the rule).
    public var bestByAIC: FitCandidate? {
        self.min { $0.aic < $1.aic }
    }
}
