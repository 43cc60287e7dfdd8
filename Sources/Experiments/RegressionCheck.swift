import ChannelModel
import Statistics

/// What happened to one figure since its baseline.
public enum FigureStatus: String, Sendable {
    /// Bit-identical in every replication.
    case identical
    /// Moved, but not beyond the tolerance (or not significantly).
    case pass
    /// Moved significantly, on a figure with no target or tolerance saying which way fails.
    case changed
    /// Moved beyond the tolerance in the direction that fails.
    case regressed
    /// Reported now, absent from the baseline (a new figure or variant).
    case new
}

/// One figure compared with its baseline.
public struct FigureCheck: Sendable {
    public var variant: String
    public var key: MetricKey
    public var status: FigureStatus
    public var baseline: ConfidenceInterval?
    public var current: ConfidenceInterval?
    /// current − baseline: paired by replication when seed and replications are the same,
    /// else Welch's difference of independent means.
    public var difference: ConfidenceInterval?
    public var pValue: Double?
    /// Holm-adjusted within the figure's family (see `RegressionCheck`).
    public var adjustedP: Double?
    public var tolerance: Tolerance?
    public var target: Target?
    /// Which way fails: the target's, else the tolerance's figure's own direction.
    public var failing: MetricDirection?
}

/// A scenario's results compared with its baseline, figure by figure (docs/ci.md).
///
/// A figure regresses when it moves the failing way — the way its target says is worse,
/// or for a figure with a tolerance and no target, its catalog direction (either way for
/// a neutral one) — by more than its tolerance: the scenario's, if it sets one, else the
/// confidence of the two estimates (a Holm-adjusted test below 1 − confidence, over the
/// figures that can regress). Every other figure that moved significantly (Holm over all
/// of them) is reported as changed, which does not fail.
public struct RegressionCheck: Sendable {
    public var paired: Bool
    public var figures: [FigureCheck]
    /// Baseline figures the current results do not report (an inconsistent baseline).
    public var missing: [BaselineFigure]

    public var regressions: [FigureCheck] { figures.filter { $0.status == .regressed } }
    public var identical: Bool { missing.isEmpty && figures.allSatisfy { $0.status == .identical } }

    public init(current: ExperimentResult, baseline: Baseline, targets: [Target], tolerances: [Tolerance]) {
        let level = current.design.confidence
        paired = current.design.seed == baseline.seed && current.replications == baseline.replications
        let now = Baseline(current, scenario: baseline.scenario, meaningHash: baseline.meaningHash, version: baseline.version)
        var old: [String: BaselineFigure] = [:]
        for f in baseline.figures { old["\(f.variant) \(f.key)"] = f }
        var out: [FigureCheck] = []
        var seen = Set<String>()
        for f in now.figures {
            let id = "\(f.variant) \(f.key)"
            seen.insert(id)
            let target = targets.first { $0.key == f.key }
            let tolerance = tolerances.first { $0.key == f.key }
            let failing: MetricDirection? = target?.direction ?? (tolerance != nil ? f.key.info.direction : nil)
            var check = FigureCheck(variant: f.variant, key: f.key, status: .new, baseline: nil,
                                    current: ConfidenceInterval(values: f.values, level: level), difference: nil, pValue: nil,
                                    adjustedP: nil, tolerance: tolerance, target: target, failing: failing)
            if let b = old[id] {
                check.baseline = ConfidenceInterval(values: b.values, level: level)
                if b == BaselineFigure(variant: f.variant, key: f.key, values: f.values) {
                    check.status = .identical
                } else if paired, let d = PairedDifference(f.values, minus: b.values, level: level) {
                    (check.difference, check.pValue, check.status) = (d.interval, d.pValue, .pass)
                } else if !paired, let d = UnpairedDifference.test(f.values, b.values, level: level) {
                    (check.difference, check.pValue, check.status) = (d.interval, d.pValue, .pass)
                } else {
                    check.status = .pass
                }
            }
            out.append(check)
        }
        missing = baseline.figures.filter { !seen.contains("\($0.variant) \($0.key)") }
        // Two families: the figures that can regress on statistics alone, and the rest.
        let alpha = 1 - level
        let canRegress = out.indices.filter { out[$0].status == .pass && out[$0].failing != nil && out[$0].tolerance == nil }
        let others = out.indices.filter { out[$0].status == .pass && !canRegress.contains($0) }
        for family in [canRegress, others] {
            let adjusted = Holm.adjust(family.map { out[$0].pValue ?? .nan })
            for (k, i) in family.enumerated() { out[i].adjustedP = adjusted[k].isNaN ? nil : adjusted[k] }
        }
        for i in out.indices where out[i].status == .pass {
            out[i].status = Self.judge(out[i], alpha: alpha)
        }
        figures = out
    }

    static func judge(_ c: FigureCheck, alpha: Double) -> FigureStatus {
        guard let d = c.difference else { return .pass }
        let significant = (c.adjustedP ?? 1) < alpha
        let badWay: Bool
        switch c.failing {
        case .higherIsBetter: badWay = d.mean < 0
        case .lowerIsBetter: badWay = d.mean > 0
        case .neutral: badWay = d.mean != 0
        case nil: badWay = false
        }
        if let t = c.tolerance {
            let beyond = abs(d.mean) > t.allowed(from: c.baseline?.mean ?? 0)
            if beyond && badWay { return .regressed }
            return significant ? .changed : .pass
        }
        if significant { return badWay ? .regressed : .changed }
        return .pass
    }
}
