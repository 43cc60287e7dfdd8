import CGSL
import Foundation

/// Maximum-likelihood fits of complete (uncensored) samples of durations: handle times.
public enum HandleTimeFit {
    /// Lognormal MLE: mu and sigma are the mean and the (population) standard deviation of
    /// the logs.
    public static func lognormal(_ s: WeightedSample) -> FittedDistribution? {
        guard s.total > 1, s.values.first! > 0 else { return nil }
        let w = s.total
        let mu = zip(s.values, s.weights).reduce(0) { $0 + $1.1 * log($1.0) } / w
        let v = zip(s.values, s.weights).reduce(0) { $0 + $1.1 * pow(log($1.0) - mu, 2) } / w
        guard v > 0 else { return nil }
        return .lognormal(mu: mu, sigma: v.squareRoot())
    }

    /// Gamma MLE: the shape k solves ln k − ψ(k) = ln(mean) − mean(ln x) (Brent, GSL's
    /// digamma); scale = mean / k.
    public static func gamma(_ s: WeightedSample) -> FittedDistribution? {
        guard s.total > 1, s.values.first! > 0 else { return nil }
        let m = s.mean
        let meanLog = zip(s.values, s.weights).reduce(0) { $0 + $1.1 * log($1.0) } / s.total
        let target = log(m) - meanLog
        guard target > 0 else { return nil }
        guard let k = GSLSolvers.root(in: 1e-4, 1e7, { k in log(k) - gsl_sf_psi(k) - target }) else { return nil }
        return .gamma(shape: k, scale: m / k)
    }

    /// Weibull MLE of a complete sample: the censored fit with every observation an event.
    public static func weibull(_ s: WeightedSample) -> FittedDistribution? {
        PatienceFit.weibull(events: s, censored: .empty)
    }

    /// The three fits with their log-likelihoods and KS distances (the data's values are
    /// read as ±`halfWidth` wide: 0.5 s for logs recorded to the second), best first by AIC.
    public static func candidates(_ s: WeightedSample, halfWidth: Double) -> [FitCandidate] {
        let fits = [lognormal(s), gamma(s), weibull(s)].compactMap { $0 }
        return fits.map { d in
            let ll = zip(s.values, s.weights).reduce(0) { $0 + $1.1 * d.logDensity($1.0) }
            return FitCandidate(distribution: d, logLikelihood: ll,
                                distance: GoodnessOfFit.ks(s, cdf: d.cdf, halfWidth: halfWidth))
        }.sorted { $0.aic < $1.aic }
    }
}
