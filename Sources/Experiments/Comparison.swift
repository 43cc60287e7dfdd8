import ChannelModel
import Statistics

/// What a paired difference says about a strategy against the baseline.
public enum ComparisonVerdict: String, Sendable {
    case better
    case worse
    case noSignificantDifference = "no significant difference"
    /// Fewer than two replications define the difference: no test can be made.
    case noInterval = "no interval"
    /// Significant, on a figure neither way of which is better (volumes, occupancy).
    case higher
    case lower
}

/// One figure of one variant against the baseline, paired by replication.
public struct FigureComparison: Sendable {
    public var variant: String
    public var key: MetricKey
    /// The direction judged by: the target's, if the figure has a target, else the catalog's.
    public var direction: MetricDirection
    public var baseline: ConfidenceInterval?
    public var value: ConfidenceInterval?
    /// variant − baseline, paired.
    public var difference: PairedDifference?
    /// The difference ÷ the baseline's mean (nil when that mean is 0 or undefined).
    public var relative: Double?
    /// Holm-adjusted p-value, for figures in the verdict family; nil for the others.
    public var adjustedP: Double?
    /// For targets and headline figures only.
    public var verdict: ComparisonVerdict?
    /// The target on this figure, if it has one.
    public var target: Target?
    public var isTarget: Bool { target != nil }
}

/// Every variant compared with the baseline on every figure both report; verdicts on the
/// targets and headline figures, with Holm's adjustment over all of those tests together.
public struct ComparisonReport: Sendable {
    public var baseline: String
    public var level: Double
    /// The number of tests the family-wise error is controlled over.
    public var familySize: Int
    /// Variants in experiment order (baseline left out), each with its figures in report
    /// order: targets first, then the headline, then the rest.
    public var comparisons: [FigureComparison]

    /// Compares every variant of `result` with the one called `baseline`, which must be one
    /// of its variants.
    public init(_ result: ExperimentResult, baseline: String, headline: [MetricKey]) {
        self.baseline = baseline
        level = result.design.confidence
        guard let base = result.variant(baseline) else { preconditionFailure("baseline '\(baseline)' is not a variant of the experiment") }
        let targetKeys = result.design.targets.map(\.key)
        let verdictKeys = Self.unique(targetKeys + headline)
        var out: [FigureComparison] = []
        for v in result.variants where v.variant.name != baseline {
            let ordered = Self.unique(verdictKeys + v.figures.keys)
            for key in ordered {
                guard let x = v.figures.replications(of: key), let y = base.figures.replications(of: key) else { continue }
                let target = result.design.targets.first { $0.key == key }
                let b = ConfidenceInterval(values: y, level: level)
                let d = PairedDifference(x, minus: y, level: level)
                let relative = b.flatMap { $0.mean != 0 && d != nil ? d!.interval.mean / abs($0.mean) : nil }
                out.append(FigureComparison(
                    variant: v.variant.name, key: key, direction: target?.direction ?? key.info.direction,
                    baseline: b, value: ConfidenceInterval(values: x, level: level), difference: d, relative: relative,
                    adjustedP: nil, verdict: nil, target: target))
            }
        }
        // Holm over every verdict test of every variant: with several strategies and several
        // headline figures, "any false alarm" stays below 1 − level.
        let family = out.indices.filter { verdictKeys.contains(out[$0].key) && out[$0].difference != nil }
        let adjusted = Holm.adjust(family.map { out[$0].difference!.pValue })
        for (k, i) in family.enumerated() {
            out[i].adjustedP = adjusted[k]
            out[i].verdict = Self.verdict(out[i].difference!, adjustedP: adjusted[k], direction: out[i].direction, alpha: 1 - level)
        }
        familySize = family.count
        comparisons = out
    }

    static func verdict(_ d: PairedDifference, adjustedP: Double, direction: MetricDirection, alpha: Double) -> ComparisonVerdict {
        if d.identical { return .noSignificantDifference }
        if adjustedP.isNaN { return .noInterval }
        guard adjustedP < alpha else { return .noSignificantDifference }
        let up = d.interval.mean > 0
        switch direction {
        case .higherIsBetter: return up ? .better : .worse
        case .lowerIsBetter: return up ? .worse : .better
        case .neutral: return up ? .higher : .lower
        }
    }

    static func unique(_ keys: [MetricKey]) -> [MetricKey] {
        var seen = Set<MetricKey>()
        return keys.filter { seen.insert($0).inserted }
    }
}
