// The three long-format row types: one row per channel × metric, further keyed by a
// replication or an interval. Long format keeps the schema fixed while the set of metrics
// grows; pivoting is a one-line query (see docs/results.md).
//
// Optional doubles are stored as SQL NULL, and so is NaN: a NaN in SQLite would read back as
// NULL anyway on some paths and as a real on others, so the store normalises it up front.

/// One metric of one replication for one channel, e.g. (3, "chat", "asa", 41.2).
public struct ReplicationMetricRow: Sendable, Equatable {
    /// Replication index as numbered by the caller (0-based or 1-based, but non-negative).
    public var replication: Int
    public var channel: String
    public var metric: String
    /// Value in the metric's unit (durations in seconds); nil when undefined (e.g. ASA with no answers).
    public var value: Double?

    public init(replication: Int, channel: String, metric: String, value: Double?) {
        self.replication = replication
        self.channel = channel
        self.metric = metric
        self.value = value
    }
}

/// Mean over replications of one metric in one interval of the horizon, with its CI half-width.
public struct IntervalSeriesRow: Sendable, Equatable {
    public var channel: String
    /// Interval index, 0 for the first interval of the horizon.
    public var interval: Int
    /// Start of the interval, seconds from the horizon start.
    public var intervalStart: Double
    public var metric: String
    /// Mean over the replications that define the metric; nil when none does.
    public var mean: Double?
    /// Confidence-interval half-width; nil when it is undefined (n < 2).
    public var halfWidth: Double?
    /// Number of replications that contributed.
    public var n: Int

    public init(channel: String, interval: Int, intervalStart: Double, metric: String,
                mean: Double?, halfWidth: Double?, n: Int) {
        self.channel = channel
        self.interval = interval
        self.intervalStart = intervalStart
        self.metric = metric
        self.mean = mean
        self.halfWidth = halfWidth
        self.n = n
    }
}

/// Whole-horizon summary of one metric for one channel across replications.
public struct SummaryRow: Sendable, Equatable {
    public var channel: String
    public var metric: String
    public var mean: Double?
    /// Confidence-interval half-width; nil when it is undefined (n < 2).
    public var halfWidth: Double?
    /// Lower and upper confidence limits (usually mean ∓ half-width, but the caller may clamp
    /// them, e.g. to 0...1 for probabilities).
    public var low: Double?
    public var high: Double?
    /// Number of replications that contributed.
    public var n: Int
    /// Confidence level of the interval, e.g. 0.95.
    public var confidence: Double

    public init(channel: String, metric: String, mean: Double?, halfWidth: Double?,
                low: Double?, high: Double?, n: Int, confidence: Double) {
        self.channel = channel
        self.metric = metric
        self.mean = mean
        self.halfWidth = halfWidth
        self.low = low
        self.high = high
        self.n = n
        self.confidence = confidence
    }
}
