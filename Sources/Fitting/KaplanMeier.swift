/// The Kaplan–Meier estimate of a survival curve from right-censored data: at each event
/// time t with d events among the n still at risk, S drops by the factor (1 − d/n).
/// Censored values at t count as at risk at t (the usual convention: censoring after events).
public struct KaplanMeier: Sendable, Equatable {
    /// Event times, ascending, and S just after each.
    public private(set) var times: [Double] = []
    public private(set) var survival: [Double] = []
    /// At risk just before each event time.
    public private(set) var atRisk: [Double] = []

    public init(events: WeightedSample, censored: WeightedSample) {
        var n = events.total + censored.total
        var s = 1.0
        var i = 0, j = 0
        while i < events.values.count || j < censored.values.count {
            let te = i < events.values.count ? events.values[i] : .infinity
            let tc = j < censored.values.count ? censored.values[j] : .infinity
            if tc < te {
                n -= censored.weights[j]; j += 1
                continue
            }
            let d = events.weights[i]
            let c = tc == te ? censored.weights[j] : 0
            s *= 1 - d / n
            times.append(te); survival.append(s); atRisk.append(n)
            n -= d + c
            i += 1
            if tc == te { j += 1 }
        }
    }

    /// S(t): 1 before the first event, then the value after the last event time ≤ t.
    public func value(at t: Double) -> Double {
        var lo = 0, hi = times.count
        while lo < hi { let mid = (lo + hi) / 2; if times[mid] <= t { lo = mid + 1 } else { hi = mid } }
        return lo == 0 ? 1 : survival[lo - 1]
    }

    /// The largest gap between the step curve and a model survival function, checked on both
    /// sides of every step while at least `minAtRisk` are still at risk: in the far tail a
    /// handful of contacts move the curve by large steps that say nothing about the fit.
    /// NaN when no step has that many at risk (too small a sample to judge).
    public func distance(to model: (Double) -> Double, minAtRisk: Double = 0) -> Double {
        var worst = 0.0, before = 1.0
        guard atRisk.contains(where: { $0 >= minAtRisk }) else { return .nan }
        for (i, (t, s)) in zip(times, survival).enumerated() where atRisk[i] >= minAtRisk {
            let m = model(t)
            worst = max(worst, abs(m - before), abs(m - s))
            before = s
        }
        return worst
    }

    /// The at-risk floor the fit report uses: 1% of those at risk at the start, at least 20.
    public var reportAtRisk: Double { max(20, 0.01 * (atRisk.first ?? 0)) }

    /// The median (first time S ≤ 0.5), or nil when the curve stays above one half.
    public var median: Double? { zip(times, survival).first { $0.1 <= 0.5 }?.0 }
}

/// Distances between a fitted distribution and a complete sample.
public enum GoodnessOfFit {
    /// The Kolmogorov–Smirnov distance sup |F(x) − Fn(x)| of a continuous F. With
    /// `halfWidth` h > 0 each recorded value x stands for [x − h, x + h] (values rounded to a
    /// clock's resolution): Fn jumps at x are compared with F(x − h) and F(x + h), so the
    /// rounding alone does not count as misfit.
    public static func ks(_ s: WeightedSample, cdf: (Double) -> Double, halfWidth: Double = 0) -> Double {
        let n = s.total
        guard n > 0 else { return .nan }
        var cumulative = 0.0, worst = 0.0
        for (x, w) in zip(s.values, s.weights) {
            let below = cumulative / n
            cumulative += w
            let above = cumulative / n
            worst = max(worst, abs(cdf(x - halfWidth) - below), abs(cdf(x + halfWidth) - above))
        }
        return worst
    }
}
