import Charts

/// A small strategy comparison: three strategies, four headline metrics of mixed units, a
/// target on one, and one value without a confidence interval (a single replication's
/// worth), as `channelsim compare` would pass them.
enum CompareFixtures {
    static let bars: [StrategyMetricBars] = [
        StrategyMetricBars(metric: "chat p_abandon", unit: .probability, bars: [
            .init(variant: "base", mean: 0.12, low: 0.105, high: 0.135, isBaseline: true),
            .init(variant: "forms-for-complex", mean: 0.08, low: 0.068, high: 0.092),
            .init(variant: "phone-first", mean: 0.15, low: 0.133, high: 0.167),
        ]),
        StrategyMetricBars(metric: "chat sl_offered", unit: .probability, target: 0.8, bars: [
            .init(variant: "base", mean: 0.7, low: 0.66, high: 0.74, isBaseline: true),
            .init(variant: "forms-for-complex", mean: 0.85, low: 0.82, high: 0.88),
            .init(variant: "phone-first", mean: 0.6, low: 0.55, high: 0.65),
        ]),
        StrategyMetricBars(metric: "cost per resolved", unit: .money, bars: [
            .init(variant: "base", mean: 5.1, low: 4.95, high: 5.25, isBaseline: true),
            .init(variant: "forms-for-complex", mean: 5.4, low: 5.22, high: 5.58),
            .init(variant: "phone-first", mean: 4.9, low: 4.78, high: 5.02),
        ]),
        StrategyMetricBars(metric: "satisfaction_proxy", unit: .plain, bars: [
            .init(variant: "base", mean: 62, low: 60.5, high: 63.5, isBaseline: true),
            .init(variant: "forms-for-complex", mean: 66, low: 64.2, high: 67.8),
            .init(variant: "phone-first", mean: 58, low: .nan, high: nil),
        ]),
    ]

    static let differences: [PairedDifferenceRow] = [
        row("forms-for-complex", "chat p_abandon", .probability, -0.04, -0.052, -0.028, .better),
        row("phone-first", "chat p_abandon", .probability, 0.03, 0.018, 0.042, .worse),
        row("forms-for-complex", "chat sl_offered", .probability, 0.15, 0.12, 0.18, .better),
        row("phone-first", "chat sl_offered", .probability, -0.1, -0.14, -0.06, .worse),
        row("forms-for-complex", "cost per resolved", .money, 0.3, 0.12, 0.48, .worse),
        row("phone-first", "cost per resolved", .money, -0.2, -0.45, 0.05, .noDifference),
        row("forms-for-complex", "satisfaction_proxy", .plain, 4, 2.1, 5.9, .better),
        row("phone-first", "satisfaction_proxy", .plain, -4, nil, .nan, .undetermined),
    ]

    static func row(_ variant: String, _ metric: String, _ unit: ChartUnit, _ mean: Double,
                    _ low: Double?, _ high: Double?, _ verdict: DifferenceVerdict) -> PairedDifferenceRow {
        PairedDifferenceRow(variant: variant, metric: metric, unit: unit, mean: mean, low: low,
                            high: high, verdict: verdict)
    }

    /// Names that break naive gnuplot scripts: quotes of both kinds, `%` (tic labels are
    /// format strings), `_` (a subscript in enhanced text mode), a backslash and a newline.
    static let awkwardVariant = "Bob's \"best\" 50% plan_b"
    static let awkwardMetric = "chat p_abandon \\ night\nshift"

    static let awkwardBars = [
        StrategyMetricBars(metric: awkwardMetric, unit: .probability, target: 0.1, bars: [
            .init(variant: "base", mean: 0.12, low: 0.1, high: 0.14, isBaseline: true),
            .init(variant: awkwardVariant, mean: 0.09, low: 0.07, high: 0.11),
        ]),
    ]

    static let awkwardDifferences = [
        row(awkwardVariant, awkwardMetric, .probability, -0.03, -0.05, -0.01, .better),
    ]
}
