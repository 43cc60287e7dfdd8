/// Per-interval series for the intraday profile chart.
///
/// Every array has one entry per interval, in the order of `intervalLabels`; an entry that
/// is missing (array too short) or not finite is drawn as a gap.
public struct IntradaySeries: Sendable, Equatable {
    /// Chart heading, e.g. the scenario name; the channel is appended to it.
    public var title: String
    /// Axis label of each interval, e.g. "08:00".
    public var intervalLabels: [String]
    /// Offered contacts per interval (mean over replications).
    public var arrivals: [Double]
    /// Agents on duty per interval (time average over the interval).
    public var staff: [Double]
    /// Chat slots per interval (agents × concurrency), drawn beside the staff line; empty
    /// for channels without concurrency.
    public var slots: [Double]
    /// Time-average queue length per interval.
    public var meanQueue: [Double]
    /// Service level of offered contacts, 0...1; nil where the interval had no arrivals.
    public var serviceLevel: [Double?]
    /// Lower limit of the service level's confidence band (at `confidence`).
    public var serviceLevelLow: [Double?]
    /// Upper limit of the service level's confidence band (at `confidence`).
    public var serviceLevelHigh: [Double?]
    /// The service level's threshold as people read it, e.g. "60 s", named on its axis.
    public var serviceLevelThreshold: String?
    /// The confidence level of the band, e.g. 0.95, named in the legend.
    public var confidence: Double
    /// Target service level, drawn as a dashed horizontal line, if any.
    public var serviceLevelTarget: Double?
    /// The channel the series belongs to, e.g. "chat".
    public var channel: String

    public init(title: String, intervalLabels: [String], arrivals: [Double], staff: [Double],
                meanQueue: [Double], serviceLevel: [Double?], serviceLevelLow: [Double?],
                serviceLevelHigh: [Double?], serviceLevelTarget: Double?, channel: String,
                slots: [Double] = [], serviceLevelThreshold: String? = nil, confidence: Double = 0.95) {
        self.title = title
        self.intervalLabels = intervalLabels
        self.arrivals = arrivals
        self.staff = staff
        self.meanQueue = meanQueue
        self.serviceLevel = serviceLevel
        self.serviceLevelLow = serviceLevelLow
        self.serviceLevelHigh = serviceLevelHigh
        self.serviceLevelTarget = serviceLevelTarget
        self.channel = channel
        self.slots = slots
        self.serviceLevelThreshold = serviceLevelThreshold
        self.confidence = confidence
    }

    /// Number of intervals on the x axis.
    var count: Int { intervalLabels.count }
}
