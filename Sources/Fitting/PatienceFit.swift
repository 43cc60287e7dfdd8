import CGSL
import Foundation

/// Maximum-likelihood fits of patience from right-censored data, as the field does it:
/// abandonments are observed patience (events); served contacts' waits are censored
/// patience (the customer would have waited at least that long).
public enum PatienceFit {
    /// Exponential: mean = total exposure (every wait, events and censored) / events.
    public static func exponential(events: WeightedSample, censored: WeightedSample) -> FittedDistribution? {
        let d = events.total
        guard d > 0 else { return nil }
        return .exponential(mean: (events.sum + censored.sum) / d)
    }

    /// Weibull: the shape k solves the profile score
    /// Σ t^k ln t / Σ t^k − 1/k − (1/d) Σ_events ln t = 0 (Brent, over the shapes the
    /// scenario accepts, 0.05 … 100); scale = (Σ t^k / d)^(1/k). Times are divided by the
    /// largest first, so t^k cannot overflow (the score does not change).
    public static func weibull(events: WeightedSample, censored: WeightedSample) -> FittedDistribution? {
        let d = events.total
        guard d > 1, events.values.first ?? 0 > 0 else { return nil }
        let all = zip(events.values + censored.values, events.weights + censored.weights).filter { $0.0 > 0 }
        let c = all.map(\.0).max()!
        let t = all.map { ($0.0 / c, log($0.0 / c), $0.1) }
        let meanEventLog = zip(events.values, events.weights).reduce(0) { $0 + $1.1 * log($1.0 / c) } / d
        func sums(_ k: Double) -> (Double, Double) {
            var a = 0.0, b = 0.0
            for (x, lx, w) in t { let p = pow(x, k) * w; a += p; b += p * lx }
            return (a, b)
        }
        guard let k = GSLSolvers.root(in: 0.05, 100, { k in
            let (a, b) = sums(k)
            return b / a - 1 / k - meanEventLog
        }) else { return nil }
        let (a, _) = sums(k)
        return .weibull(shape: k, scale: c * pow(a / d, 1 / k))
    }

    /// Lognormal: (mu, ln sigma) maximising Σ_events log f + Σ_censored log S, by GSL's
    /// simplex from the moments of the logs of all waits.
    public static func lognormal(events: WeightedSample, censored: WeightedSample) -> FittedDistribution? {
        guard events.total > 1, events.values.first ?? 0 > 0 else { return nil }
        let start = HandleTimeFit.lognormal(events) ?? .lognormal(mu: log(events.mean), sigma: 1)
        guard case .lognormal(let mu0, let s0) = start else { return nil }
        let nll: ([Double]) -> Double = { p in
            -logLikelihood(.lognormal(mu: p[0], sigma: exp(p[1])), events: events, censored: censored)
        }
        guard let best = GSLSolvers.minimize(from: [mu0 + 0.5, log(s0)], step: [0.5, 0.3], size: 1e-7, nll) else { return nil }
        return .lognormal(mu: best.x[0], sigma: exp(best.x[1]))
    }

    /// Σ_events w log f(t) + Σ_censored w log S(t).
    public static func logLikelihood(_ d: FittedDistribution, events: WeightedSample, censored: WeightedSample) -> Double {
        zip(events.values, events.weights).reduce(0) { $0 + $1.1 * d.logDensity($1.0) }
            + zip(censored.values, censored.weights).reduce(0) { $0 + $1.1 * d.logSurvival($1.0) }
    }

    /// The three fits, best first by AIC, each with its largest gap to the Kaplan–Meier curve
    /// (while 1% of the contacts, at least 20, are still at risk).
    public static func candidates(events: WeightedSample, censored: WeightedSample, km: KaplanMeier) -> [FitCandidate] {
        let fits = [exponential(events: events, censored: censored), weibull(events: events, censored: censored),
                    lognormal(events: events, censored: censored)].compactMap { $0 }
        return fits.map { d in
            FitCandidate(distribution: d, logLikelihood: logLikelihood(d, events: events, censored: censored),
                         distance: km.distance(to: d.survival, minAtRisk: km.reportAtRisk))
        }.sorted { $0.aic < $1.aic }
    }
}
