import Foundation
import Testing
import Fitting

/// The estimators on small inputs with answers worked by hand or in closed form.
@Suite struct EstimatorTests {
    /// Events 1, 3, 3, 6; censored 2, 3, 5. At t=1: 7 at risk, S = 6/7; t=2 censored;
    /// t=3: 5 at risk (the censored 3 counts), two events, S = 6/7 · 3/5 = 18/35; t=5
    /// censored; t=6: 1 at risk, S = 0.
    @Test func kaplanMeierOnAHandWorkedCensoredSample() {
        let km = KaplanMeier(events: WeightedSample([1, 3, 3, 6]), censored: WeightedSample([2, 3, 5]))
        #expect(km.times == [1, 3, 6])
        #expect(km.atRisk == [7, 5, 1])
        #expect(abs(km.survival[0] - 6.0 / 7) < 1e-15)
        #expect(abs(km.survival[1] - 18.0 / 35) < 1e-15)
        #expect(km.survival[2] == 0)
        #expect(km.value(at: 0.5) == 1 && km.value(at: 4) == km.survival[1])
        #expect(km.median == 6)
        // A model equal to KM at every step misses by the step heights only.
        #expect(abs(km.distance(to: { _ in 1 }) - 1) < 1e-15)
        #expect(abs(km.distance(to: { _ in 1 }, minAtRisk: 5) - (1 - 18.0 / 35)) < 1e-15)
    }

    @Test func censoredExponentialIsEventsOverExposure() throws {
        let d = try #require(PatienceFit.exponential(events: WeightedSample([2, 4]), censored: WeightedSample([3, 5, 6])))
        #expect(d == .exponential(mean: 10))   // (2 + 4 + 3 + 5 + 6) / 2
        #expect(PatienceFit.exponential(events: .empty, censored: WeightedSample([3])) == nil)
    }

    @Test func lognormalIsTheMeanAndSdOfLogs() throws {
        let d = try #require(HandleTimeFit.lognormal(WeightedSample([1, M_E, M_E * M_E])))
        guard case .lognormal(let mu, let sigma) = d else { Issue.record("not lognormal"); return }
        #expect(abs(mu - 1) < 1e-12)
        #expect(abs(sigma - (2.0 / 3).squareRoot()) < 1e-12)
        // Weights count as repeats.
        let w = try #require(HandleTimeFit.lognormal(WeightedSample(pairs: [(1, 2), (M_E, 1)])))
        #expect(w == HandleTimeFit.lognormal(WeightedSample([1, 1, M_E])))
    }

    /// Sample 1, 2, 3 against the uniform on [0, 4]: the largest gap is 1 − 3/4 at x = 3.
    @Test func ksDistanceOnATinySample() {
        let d = GoodnessOfFit.ks(WeightedSample([1, 2, 3]), cdf: { min(max($0 / 4, 0), 1) })
        #expect(abs(d - 0.25) < 1e-15)
        // Read as ±0.5 wide, the value 3 stands for [2.5, 3.5]: F(3.5) = 0.875, gap 0.125;
        // at 1, F(0.5) = 0.125 against 0, and F(1.5) = 0.375 against 1/3.
        let h = GoodnessOfFit.ks(WeightedSample([1, 2, 3]), cdf: { min(max($0 / 4, 0), 1) }, halfWidth: 0.5)
        #expect(abs(h - 0.125) < 1e-15)
    }

    @Test func gammaSolvesItsScoreEquation() throws {
        let s = WeightedSample([20, 35, 60, 80, 150, 300, 420])
        let d = try #require(HandleTimeFit.gamma(s))
        guard case .gamma(let k, let theta) = d else { Issue.record("not gamma"); return }
        let meanLog = s.values.map(log).reduce(0, +) / 7
        #expect(abs(log(k) - digamma(k) - (log(s.mean) - meanLog)) < 1e-7)
        #expect(abs(k * theta - s.mean) < 1e-9 * s.mean)
    }

    /// With no censoring the Weibull score is the textbook one; the fit must beat nearby shapes.
    @Test func weibullMaximisesTheCensoredLikelihood() throws {
        let events = WeightedSample([5, 12, 30, 44, 90]), censored = WeightedSample([10, 60, 120])
        let d = try #require(PatienceFit.weibull(events: events, censored: censored))
        guard case .weibull(let k, let lambda) = d else { Issue.record("not weibull"); return }
        let best = PatienceFit.logLikelihood(d, events: events, censored: censored)
        for (dk, dl) in [(1.01, 1.0), (0.99, 1.0), (1.0, 1.01), (1.0, 0.99)] {
            let other = FittedDistribution.weibull(shape: k * dk, scale: lambda * dl)
            #expect(PatienceFit.logLikelihood(other, events: events, censored: censored) < best)
        }
        // Shape 1 exactly when the data say so is the exponential's mean: check the link.
        let e = try #require(PatienceFit.exponential(events: events, censored: censored))
        #expect(abs(FittedDistribution.weibull(shape: 1, scale: e.mean).mean - e.mean) < 1e-9)
    }

    @Test func censoredLognormalBeatsNearbyParameters() throws {
        let events = WeightedSample([5, 12, 30, 44, 90, 15]), censored = WeightedSample([10, 60, 120, 200])
        let d = try #require(PatienceFit.lognormal(events: events, censored: censored))
        guard case .lognormal(let mu, let s) = d else { Issue.record("not lognormal"); return }
        let best = PatienceFit.logLikelihood(d, events: events, censored: censored)
        for (a, b) in [(0.01, 0.0), (-0.01, 0.0), (0.0, 0.01), (0.0, -0.01)] {
            #expect(PatienceFit.logLikelihood(.lognormal(mu: mu + a, sigma: s + b), events: events, censored: censored) < best)
        }
    }

    @Test func aicPicksTheBestAndMomentsMatchTheFamilies() {
        let a = FitCandidate(distribution: .exponential(mean: 5), logLikelihood: -10, distance: 0)   // AIC 22
        let b = FitCandidate(distribution: .gamma(shape: 2, scale: 1), logLikelihood: -10.5, distance: 0)  // AIC 25
        #expect([b, a].bestByAIC == a)
        #expect(FittedDistribution.gamma(shape: 4, scale: 2).cv == 0.5)
        #expect(abs(FittedDistribution.lognormal(mu: 0, sigma: 1).mean - exp(0.5)) < 1e-15)
        #expect(abs(FittedDistribution.weibull(shape: 1, scale: 7).cv - 1) < 1e-12)
        #expect(abs(FittedDistribution.lognormal(mu: 2, sigma: 0.7).quantile(0.5) - exp(2)) < 1e-9)
    }

    @Test func countedSamplesRoundToSecondsAndTreatZeroAsAsked() {
        var c = CountedSample()
        c.add(0); c.add(0.4); c.add(2.6); c.add(3, count: 2)
        #expect(c.total == 5)
        #expect(c.sample(zeroAs: nil) == WeightedSample(pairs: [(3, 3)]))
        #expect(c.sample(zeroAs: 0.25) == WeightedSample(pairs: [(0.25, 2), (3, 3)]))
    }

    func digamma(_ x: Double) -> Double {
        // Numerical derivative of lgamma, accurate enough to check the solver's equation.
        let h = 1e-5
        return (lgamma(x + h) - lgamma(x - h)) / (2 * h)
    }
}
