/// Each channel's queue and backlog per interval, without and with surges: the surge chart's input.
///
/// Every array has one entry per interval, in the order of `intervalLabels`; an entry that
/// is missing (array too short) or not finite is drawn as a gap.
public struct SurgeSeries: Sendable, Equatable {
    /// One channel's series in the two variants.
    public struct Channel: Sendable, Equatable {
        /// The channel, e.g. "chat"; it keeps its colour in both panels.
        public var channel: String
        /// Time-average queue length per interval, plan without the surges.
        public var queuePlan: [Double]
        /// The same with the surges.
        public var queueSurge: [Double]
        /// Age of the oldest waiting contact at the interval's end, seconds, without the surges.
        public var oldestPlan: [Double]
        /// The same with the surges.
        public var oldestSurge: [Double]

        public init(channel: String, queuePlan: [Double], queueSurge: [Double], oldestPlan: [Double], oldestSurge: [Double]) {
            self.channel = channel
            self.queuePlan = queuePlan
            self.queueSurge = queueSurge
            self.oldestPlan = oldestPlan
            self.oldestSurge = oldestSurge
        }
    }

    /// What the events are called in the title and legend: `surge`, `outage` or `event`.
    public var kind = "surge"

    /// A surge's intervals, shaded in both panels and named above them.
    public struct Window: Sendable, Equatable {
        /// The first interval index of the surge.
        public var first: Int
        /// How many intervals it lasts.
        public var count: Int
        /// The surge as written, e.g. "x3 12:00 30m".
        public var label: String

        public init(first: Int, count: Int, label: String) {
            self.first = first
            self.count = count
            self.label = label
        }
    }

    /// Heading, e.g. the scenario name.
    public var title: String
    /// Axis label of each interval, e.g. "08:00".
    public var intervalLabels: [String]
    public var windows: [Window]
    public var channels: [Channel]

    public init(title: String, intervalLabels: [String], windows: [Window], channels: [Channel]) {
        self.title = title
        self.intervalLabels = intervalLabels
        self.windows = windows
        self.channels = channels
    }
}
