/// One headline metric across the strategies of a comparison: one panel of the bar chart.
public struct StrategyMetricBars: Sendable, Equatable {
    /// One strategy's value of the metric: a bar, with its confidence interval as a whisker.
    public struct Bar: Sendable, Equatable {
        /// The strategy's name, e.g. "base" or "forms-for-complex".
        public var variant: String
        /// Mean over replications, in the unit's raw terms (0...1, seconds); NaN draws no bar.
        public var mean: Double
        /// Lower confidence limit; nil or NaN draws no whisker (e.g. a single replication).
        public var low: Double?
        /// Upper confidence limit; nil or NaN draws no whisker.
        public var high: Double?
        /// True for the strategy the others are compared with; its bar is drawn in grey.
        public var isBaseline: Bool

        public init(variant: String, mean: Double, low: Double?, high: Double?, isBaseline: Bool = false) {
            self.variant = variant
            self.mean = mean
            self.low = low
            self.high = high
            self.isBaseline = isBaseline
        }
    }

    /// The metric's name as the reader knows it, e.g. "chat p_abandon" or "cost per resolved".
    public var metric: String
    /// How values are scaled and labelled (probabilities in %, durations in s or min).
    public var unit: ChartUnit
    /// The metric's target, drawn as a dashed line, in the same raw terms as the values.
    public var target: Double?
    /// One bar per strategy, drawn left to right in this order.
    public var bars: [Bar]

    public init(metric: String, unit: ChartUnit, target: Double? = nil, bars: [Bar]) {
        self.metric = metric
        self.unit = unit
        self.target = target
        self.bars = bars
    }
}
