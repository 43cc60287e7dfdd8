/// The paired difference of one metric between a variant and the baseline of its experiment.
///
/// Differences are variant − baseline, per replication on common random numbers, averaged
/// with a confidence interval; the caller computes them and the store keeps them.
public struct ComparisonRow: Sendable, Equatable {
    /// What the difference says, in the metric's sense of better (the caller decides which).
    public enum Verdict: String, Sendable, CaseIterable {
        case better
        case worse
        case noSignificantDifference = "no significant difference"
        /// Fewer than two replications define the difference: no test was made.
        case noInterval = "no interval"
        /// Significantly higher or lower, on a metric neither way of which is better.
        case higher
        case lower
        /// Equal in every replication: no interval to draw.
        case identical
        /// The metric is undefined in too many replications to compare.
        case undefined
        /// Not judged: the figure is neither a target nor a headline figure (only its
        /// difference is kept).
        case none
    }

    /// Strategy name of the compared variant (`RunRecord.strategy`).
    public var variant: String
    /// Strategy name of the baseline variant it is compared with.
    public var baseline: String
    /// Scope key of the metric (a channel, `team/NAME`, `totals`, …).
    public var channel: String
    public var metric: String
    /// Mean of variant − baseline over the paired replications; nil when undefined.
    public var difference: Double?
    /// Confidence half-width of that mean; nil when n < 2.
    public var halfWidth: Double?
    /// Confidence limits of the difference.
    public var low: Double?
    public var high: Double?
    /// Number of pairs that contributed.
    public var n: Int
    /// `difference` ÷ the baseline's mean; nil when undefined (e.g. a zero baseline).
    public var relative: Double?
    /// Two-sided p-value of the paired test, and after adjustment for multiple comparisons.
    public var pValue: Double?
    public var adjustedP: Double?
    public var verdict: Verdict

    public init(variant: String, baseline: String, channel: String, metric: String,
                difference: Double?, halfWidth: Double?, low: Double?, high: Double?, n: Int,
                relative: Double?, pValue: Double?, adjustedP: Double?, verdict: Verdict) {
        self.variant = variant
        self.baseline = baseline
        self.channel = channel
        self.metric = metric
        self.difference = difference
        self.halfWidth = halfWidth
        self.low = low
        self.high = high
        self.n = n
        self.relative = relative
        self.pValue = pValue
        self.adjustedP = adjustedP
        self.verdict = verdict
    }
}
