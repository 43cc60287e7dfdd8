import ChannelModel
import Experiments
import Scenario
import Statistics

/// The human-readable comparison: the targets across strategies, then each strategy
/// against the baseline, figure by figure, with the paired difference, its interval, the
/// relative change and the verdict.
enum CompareTable {
    static func render(_ r: ExperimentResult, report: ComparisonReport, scenario: Scenario, allMetrics: Bool) -> String {
        let level = FigureFormat.level(r.design.confidence)
        let alpha = FigureFormat.level(1 - r.design.confidence)
        let names = r.variants.map(\.variant.name)
        let others = names.count - 1
        let n = r.replications
        var out = "\(scenario.name): \(others) strateg\(others == 1 ? "y" : "ies") against \(report.baseline), "
            + "\(n) replication\(n == 1 ? "" : "s"), seed \(r.design.seed), "
            + (n > 1 ? "\(level) confidence intervals" : "no confidence intervals (one replication cannot give one)")
        if r.warmup > 0 { out += ", warm-up \(Units.formatDurationCompact(r.warmup))" }
        out += "\n" + RunTable.precision(r) + "Differences are paired: replication r of every strategy saw the same visitors (common random numbers).\n"
        out += "Verdicts are Holm-adjusted over \(report.familySize) tests (family-wise error at most \(alpha)); "
            + "intervals are per comparison.\n"
        if !r.design.targets.isEmpty {
            out += "\ntargets\n"
            var t = TextTable(columns: ["target"] + names, rightAligned: [false] + names.map { _ in true })
            for (k, target) in r.design.targets.enumerated() {
                t.add([target.text] + r.variants.map { v in
                    let verdict = v.verdicts[k]
                    return "\(FigureFormat.value(verdict.interval?.mean, target.key.info.unit)) \(verdict.outcome.rawValue)"
                })
            }
            out += t.render()
        }
        for name in names where name != report.baseline {
            out += "\n\(name) vs \(report.baseline)\n"
            var t = TextTable(columns: ["figure", report.baseline, name, "difference", "\(level) CI", "relative", "verdict"],
                              rightAligned: [false, true, true, true, true, true, false])
            let applies = Set(r.variant(name)!.summary.entries(model: r.variant(name)!.variant.model).filter(\.applies).map(\.key))
            for f in report.comparisons where f.variant == name {
                guard f.verdict != nil || (allMetrics && applies.contains(f.key)) else { continue }
                let unit = f.key.info.unit
                let d = f.difference?.interval
                // One duration scale per row, the baseline's, so the columns compare at a glance.
                let s = FigureFormat.scale(for: f.baseline?.mean ?? f.value?.mean)
                let ci = d?.halfWidth == nil ? "-"
                    : "[\(FigureFormat.difference(d?.low, unit, scale: s)), \(FigureFormat.difference(d?.high, unit, scale: s))]"
                t.add([f.target.map { "target \($0.text)" } ?? f.key.description, FigureFormat.value(f.baseline?.mean, unit, scale: s),
                       FigureFormat.value(f.value?.mean, unit, scale: s), FigureFormat.difference(d?.mean, unit, scale: s), ci,
                       FigureFormat.percent(f.relative), f.verdict?.rawValue ?? ""])
            }
            out += t.render()
        }
        return out
    }
}

/// The comparison as CSV: one row per strategy and figure.
enum CompareCSV {
    static func render(_ report: ComparisonReport) -> String {
        var out = "strategy,baseline,scope,metric,baseline_mean,mean,difference,half_width,low,high,n,relative,p_value,adjusted_p,verdict\n"
        func c(_ x: Double?) -> String { ExperimentCSV.cell(x) }
        for f in report.comparisons {
            let d = f.difference
            out += [CSVField.quoted(f.variant), CSVField.quoted(report.baseline), CSVField.quoted(f.key.scope), f.key.metric,
                    c(f.baseline?.mean), c(f.value?.mean), c(d?.interval.mean), c(d?.interval.halfWidth), c(d?.interval.low),
                    c(d?.interval.high), String(d?.interval.count ?? 0), c(f.relative), c(d?.pValue), c(f.adjustedP),
                    CSVField.quoted(f.verdict?.rawValue ?? "")].joined(separator: ",") + "\n"
        }
        return out
    }
}
