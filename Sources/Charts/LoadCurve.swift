/// The targets' figures against a multiplier of every arrival rate: the load chart's input.
public struct LoadCurve: Sendable, Equatable {
    /// One target's figure along the multiplier, drawn as one panel.
    public struct Panel: Sendable, Equatable {
        /// The heading, e.g. the target as written (`chat.sl(60s) >= 0.8`).
        public var title: String
        /// How the figure is shown: shares in percent, durations in s, min or h.
        public var unit: ChartUnit
        /// The target's bound, raw (0.8, 30 s as 30), drawn dashed.
        public var bound: Double?
        /// The figure at each multiplier, raw; NaN means leave a gap.
        public var points: [SweepCurve.Point]

        public init(title: String, unit: ChartUnit, bound: Double?, points: [SweepCurve.Point]) {
            self.title = title
            self.unit = unit
            self.bound = bound
            self.points = points
        }
    }

    /// The breaking point: the mean multiplier and its confidence limits (nil with one replication).
    public struct Mark: Sendable, Equatable {
        public var mean: Double
        public var low: Double?
        public var high: Double?

        public init(mean: Double, low: Double?, high: Double?) {
            self.mean = mean
            self.low = low
            self.high = high
        }
    }

    /// Heading, e.g. the scenario name.
    public var title: String
    public var panels: [Panel]
    /// Drawn as a vertical line with its interval shaded in every panel; nil draws none.
    public var breakingPoint: Mark?

    public init(title: String, panels: [Panel], breakingPoint: Mark?) {
        self.title = title
        self.panels = panels
        self.breakingPoint = breakingPoint
    }
}
