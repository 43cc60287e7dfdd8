import CGSL

/// A mean with its two-sided Student-t confidence interval.
public struct ConfidenceInterval: Sendable, Equatable, Codable {
    public var mean: Double
    /// Half-width of the interval; nil when it is undefined (fewer than two values).
    public var halfWidth: Double?
    public var count: Int
    /// The confidence level, e.g. 0.95.
    public var level: Double

    public init(mean: Double, halfWidth: Double?, count: Int, level: Double) {
        self.mean = mean
        self.halfWidth = halfWidth
        self.count = count
        self.level = level
    }

    /// The t interval for the mean of `values` (replication outputs or batch means),
    /// skipping NaN values (a metric undefined in one replication, e.g. the ASA of an
    /// interval in which nobody was answered). Nil when no value is defined.
    public init?(values: [Double], level: Double = 0.95) {
        self.init(stats: RunningStats(values.lazy.filter { !$0.isNaN }), level: level)
    }

    /// The t interval from the running statistics of the defined values: the same as
    /// `init(values:)` of those values added in the same order. Nil when there are none.
    public init?(stats: RunningStats, level: Double = 0.95) {
        guard stats.count > 0 else { return nil }
        self.mean = stats.mean
        self.count = stats.count
        self.level = level
        if stats.count > 1 {
            let t = StudentT.quantile(1 - (1 - level) / 2, degreesOfFreedom: Double(stats.count - 1))
            self.halfWidth = t * stats.standardError
        } else {
            self.halfWidth = nil
        }
    }

    public var low: Double? { halfWidth.map { mean - $0 } }
    public var high: Double? { halfWidth.map { mean + $0 } }

    /// Whether `value` lies inside the interval (false when the width is undefined).
    public func contains(_ value: Double) -> Bool {
        guard let h = halfWidth else { return false }
        return abs(value - mean) <= h
    }
}

/// Student's t distribution quantiles, from GSL.
public enum StudentT {
    /// The p-quantile with `degreesOfFreedom` degrees of freedom.
    public static func quantile(_ p: Double, degreesOfFreedom nu: Double) -> Double {
        cs_gsl_quiet()
        return gsl_cdf_tdist_Pinv(p, nu)
    }
}
