/// One strategy's paired difference against the baseline in one metric: a row of the
/// differences chart.
public struct PairedDifferenceRow: Sendable, Equatable {
    /// The strategy's name, e.g. "phone-first".
    public var variant: String
    /// The metric's name, e.g. "chat p_abandon"; rows of one metric share a panel and an axis.
    public var metric: String
    /// How the difference is scaled and labelled (probabilities in percentage points).
    public var unit: ChartUnit
    /// Mean of the per-replication differences strategy − baseline, in raw terms; NaN
    /// draws no point.
    public var mean: Double
    /// Lower confidence limit of the difference; nil or NaN draws the point without a bar.
    public var low: Double?
    /// Upper confidence limit of the difference; nil or NaN draws the point without a bar.
    public var high: Double?
    /// Whether the strategy is better, worse or not distinguishable from the baseline.
    public var verdict: DifferenceVerdict

    public init(variant: String, metric: String, unit: ChartUnit, mean: Double, low: Double?,
                high: Double?, verdict: DifferenceVerdict) {
        self.variant = variant
        self.metric = metric
        self.unit = unit
        self.mean = mean
        self.low = low
        self.high = high
        self.verdict = verdict
    }
}

/// The reading of a paired difference, which decides its colour and marker.
///
/// Which direction is "better" depends on the metric (a lower p_abandon, a higher service
/// level), so the caller decides; the chart only draws it.
public enum DifferenceVerdict: String, Sendable, CaseIterable {
    /// The confidence interval excludes zero on the good side.
    case better
    /// The confidence interval excludes zero on the bad side.
    case worse
    /// The confidence interval contains zero.
    case noDifference = "no-difference"
    /// No interval could be computed (e.g. a single replication, or an undefined metric).
    case undetermined

    /// The legend text.
    var legend: String {
        switch self {
        case .better: return "better"
        case .worse: return "worse"
        case .noDifference: return "no significant difference"
        case .undetermined: return "no interval"
        }
    }

    /// Colour and point type, chosen so the three main verdicts differ in shape as well as
    /// colour (readable in greyscale and by colour-blind readers): filled circle, filled
    /// square, open circle, cross.
    var style: (colour: String, pointType: Int) {
        switch self {
        case .better: return ("#1a9850", 7)
        case .worse: return ("#d73027", 5)
        case .noDifference: return ("#636363", 6)
        case .undetermined: return ("#969696", 2)
        }
    }
}
