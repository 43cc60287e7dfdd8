import CGSL

/// The paired difference of two outputs measured on the same replications (common random
/// numbers): its mean, Student-t interval and two-sided p-value.
///
/// Pairing removes the noise the two share: replication r of both saw the same visitors,
/// so the variance of (x_r − y_r) is var x + var y − 2 cov(x, y), far below the unpaired
/// var x + var y when the outputs move together.
public struct PairedDifference: Sendable, Equatable {
    /// Mean and interval of x_r − y_r over the replications where both are defined.
    public var interval: ConfidenceInterval
    /// Two-sided p-value of the paired t-test of a zero mean difference: 1 when every
    /// difference is 0, 0 when they all equal one non-zero value.
    public var pValue: Double
    /// Whether every paired difference is exactly zero (the two outputs are bit-identical
    /// where defined).
    public var identical: Bool

    /// Nil when no replication defines both values.
    public init?(_ x: [Double], minus y: [Double], level: Double) {
        let d = zip(x, y).compactMap { a, b -> Double? in a.isNaN || b.isNaN ? nil : a - b }
        guard let ci = ConfidenceInterval(values: d, level: level) else { return nil }
        interval = ci
        identical = d.allSatisfy { $0 == 0 }
        let stats = RunningStats(d)
        if identical {
            pValue = 1
        } else if stats.count < 2 {
            pValue = .nan
        } else if stats.standardError == 0 {
            pValue = 0
        } else {
            pValue = StudentT.twoSidedP(stats.mean / stats.standardError, degreesOfFreedom: Double(stats.count - 1))
        }
    }
}

/// Welch's interval for the difference of two independent means: what the difference's
/// uncertainty would be without pairing (shown beside the paired one to say what common
/// random numbers bought).
public enum UnpairedDifference {
    /// The half-width of the Welch interval for mean(x) − mean(y); nil below two values each.
    public static func halfWidth(_ x: [Double], _ y: [Double], level: Double) -> Double? {
        test(x, y, level: level)?.interval.halfWidth
    }
}

extension UnpairedDifference {
    /// Welch's test of mean(x) − mean(y) = 0 for independent samples: the difference with
    /// its interval (count: the smaller sample) and the two-sided p-value. Nil below two
    /// defined values in either sample.
    public static func test(_ x: [Double], _ y: [Double], level: Double) -> (interval: ConfidenceInterval, pValue: Double)? {
        let a = RunningStats(x.filter { !$0.isNaN }), b = RunningStats(y.filter { !$0.isNaN })
        guard a.count > 1, b.count > 1 else { return nil }
        let va = a.variance / Double(a.count), vb = b.variance / Double(b.count)
        let se2 = va + vb, diff = a.mean - b.mean
        guard se2 > 0 else {
            return (ConfidenceInterval(mean: diff, halfWidth: 0, count: min(a.count, b.count), level: level), diff == 0 ? 1 : 0)
        }
        // Welch–Satterthwaite degrees of freedom.
        let nu = se2 * se2 / (va * va / Double(a.count - 1) + vb * vb / Double(b.count - 1))
        let h = StudentT.quantile(1 - (1 - level) / 2, degreesOfFreedom: nu) * se2.squareRoot()
        return (ConfidenceInterval(mean: diff, halfWidth: h, count: min(a.count, b.count), level: level),
                StudentT.twoSidedP(diff / se2.squareRoot(), degreesOfFreedom: nu))
    }
}

extension StudentT {
    /// P(|T| ≥ |t|) for Student's t with `degreesOfFreedom`.
    public static func twoSidedP(_ t: Double, degreesOfFreedom nu: Double) -> Double {
        cs_gsl_quiet()
        return min(1, 2 * gsl_cdf_tdist_Q(abs(t), nu))
    }
}

/// Holm's step-down adjustment of p-values: controls the family-wise error rate (the chance
/// of any false "significant") at the chosen level for any dependence between the tests,
/// and rejects at least as much as Bonferroni.
public enum Holm {
    /// Adjusted p-values, in the order given. NaN p-values are left out of the family and
    /// stay NaN.
    public static func adjust(_ p: [Double]) -> [Double] {
        let order = p.indices.filter { !p[$0].isNaN }.sorted { p[$0] < p[$1] || (p[$0] == p[$1] && $0 < $1) }
        let m = order.count
        var out = Array(repeating: Double.nan, count: p.count)
        var running = 0.0
        for (rank, i) in order.enumerated() {
            running = max(running, min(1, Double(m - rank) * p[i]))
            out[i] = running
        }
        return out
    }
}
