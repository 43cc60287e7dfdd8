/// A figure along a sweep's one parameter: the staffing curve's input.
public struct SweepCurve: Sendable, Equatable {
    /// One point of a curve: the parameter's value and the figure's mean with its interval.
    public struct Point: Sendable, Equatable {
        /// The parameter's value, in the unit it was written in (agents, seconds, a factor).
        public var x: Double
        /// Mean over replications, raw (0...1 for shares); NaN leaves a gap.
        public var mean: Double
        /// Confidence limits; nil or NaN draws no band there (e.g. one replication).
        public var low: Double?
        public var high: Double?

        public init(x: Double, mean: Double, low: Double?, high: Double?) {
            self.x = x
            self.mean = mean
            self.low = low
            self.high = high
        }
    }

    /// The panel a series is drawn in.
    public enum Panel: String, Sendable, CaseIterable {
        case serviceLevel = "service level (offered)"
        case abandonment = "abandonment"
    }

    /// One channel's figure along the parameter.
    public struct Series: Sendable, Equatable {
        /// The channel, e.g. "chat"; a channel keeps its colour in both panels.
        public var channel: String
        public var panel: Panel
        /// The figure's target, raw (0.8), drawn dashed in the channel's colour.
        public var target: Double?
        public var points: [Point]

        public init(channel: String, panel: Panel, target: Double? = nil, points: [Point]) {
            self.channel = channel
            self.panel = panel
            self.target = target
            self.points = points
        }
    }

    /// Heading, e.g. the scenario name.
    public var title: String
    /// The parameter on the x axis, e.g. "teams.web.headcount".
    public var parameter: String
    /// Each point's value as the user wrote it ("8", "90s"), for the x tics; empty: numeric tics.
    public var labels: [String]
    /// The x of each label, in the same order.
    public var positions: [Double]
    public var series: [Series]

    public init(title: String, parameter: String, labels: [String], positions: [Double], series: [Series]) {
        self.title = title
        self.parameter = parameter
        self.labels = labels
        self.positions = positions
        self.series = series
    }
}
