/// The verdict on one target (e.g. `chat.sl(60s) >= 0.8`) for one variant of an experiment.
///
/// The store keeps what the caller decided; it does not evaluate targets. The enums spell
/// the values the table's CHECK constraints allow, so a row that reads back is one of them.
public struct TargetVerdictRow: Sendable, Equatable {
    /// Which side of the bound meets the target.
    public enum Comparison: String, Sendable, CaseIterable {
        case atLeast = ">="
        case atMost = "<="
    }

    /// Whether the confidence interval meets the target.
    public enum Verdict: String, Sendable, CaseIterable {
        /// The whole interval is on the right side of the bound.
        case met
        /// The whole interval is on the wrong side.
        case missed
        /// The interval straddles the bound: more replications might decide it.
        case undecided
        /// The metric is undefined (e.g. no replication answered anything).
        case undefined
    }

    /// Strategy name of the variant the verdict belongs to (`RunRecord.strategy`).
    public var variant: String
    /// Order of the target as given (0-based), unique per variant.
    public var position: Int
    /// The target as written, e.g. `chat.sl(60s) >= 0.8`.
    public var target: String
    /// Scope key of the metric: a channel, `team/NAME`, `totals`, … (as in `summaries`).
    public var channel: String
    public var metric: String
    public var comparison: Comparison
    /// The target's bound, in the metric's unit.
    public var bound: Double
    /// The metric's mean and confidence limits; nil when undefined.
    public var mean: Double?
    public var low: Double?
    public var high: Double?
    /// Replications that contributed.
    public var n: Int
    public var verdict: Verdict

    public init(variant: String, position: Int, target: String, channel: String, metric: String,
                comparison: Comparison, bound: Double, mean: Double?, low: Double?, high: Double?,
                n: Int, verdict: Verdict) {
        self.variant = variant
        self.position = position
        self.target = target
        self.channel = channel
        self.metric = metric
        self.comparison = comparison
        self.bound = bound
        self.mean = mean
        self.low = low
        self.high = high
        self.n = n
        self.verdict = verdict
    }
}
