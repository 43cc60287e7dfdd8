import ChannelModel
import Experiments
import Foundation
import Scenario
import Statistics

/// The human-readable result of one variant: its targets with verdicts, each channel's
/// headline figures (every figure with --all-metrics), then visitors, teams and totals.
enum RunTable {
    static func header(_ result: ExperimentResult, scenario: Scenario) -> String {
        let n = result.replications
        var s = "\(scenario.name): \(n) replication\(n == 1 ? "" : "s"), seed \(result.design.seed), "
        s += n > 1 ? "\(FigureFormat.level(result.design.confidence)) confidence intervals"
            : "no confidence intervals (one replication cannot give one)"
        if result.warmup > 0 {
            s += ", warm-up \(Units.formatDurationCompact(result.warmup))\(result.design.warmup == .auto ? " (auto)" : "")"
        }
        return s + "\n" + precision(result)
    }

    /// One line per precision goal: what it asked, what it reached.
    static func precision(_ result: ExperimentResult) -> String {
        result.precision.map { p in
            let unit = p.goal.key.info.unit, scale = FigureFormat.scale(for: p.goal.halfWidth)
            let got = p.achieved.map { "±" + FigureFormat.value($0, unit, scale: scale) } ?? "no interval"
            return "precision \(p.goal.key): \(got) (asked ±\(FigureFormat.value(p.goal.halfWidth, unit, scale: scale))) "
                + "\(p.reached ? "reached" : "NOT reached")\n"
        }.joined()
    }

    static func render(_ v: VariantResult, result: ExperimentResult, scenario: Scenario, allMetrics: Bool, intervals: Bool) -> String {
        let level = FigureFormat.level(result.design.confidence)
        let model = v.variant.model, summary = v.summary
        var out = ""
        if !v.verdicts.isEmpty { out += "\ntargets\n" + targets(v.verdicts, level: level) }
        for (c, ch) in summary.channels.enumerated() {
            let spec = model.channels[c]
            out += "\nchannel \(ch.channel) (service level within \(Units.formatDurationCompact(spec.slTime)))\n"
            var t = TextTable(columns: ["metric", "mean", "±", "\(level) CI"], rightAligned: [false, true, true, true])
            let metrics = allMetrics ? Metric.allCases : model.headlineMetrics(channel: c)
            for m in metrics { t.add([m.rawValue] + FigureFormat.cells(ch[m], MetricCatalog.info(m).unit)) }
            out += t.render()
            if allMetrics && !ch.groups.isEmpty {
                let cols = [Metric.offered, .answered, .abandoned, .pAbandon, .asa, .slOffered, .resolved, .transferredOut,
                            .abandonedMidChat, .conversions, .revenue, .satisfaction].filter { model.metricApplies($0, channel: c) }
                out += "\nby segment / enquiry (means)\n"
                var gt = TextTable(columns: ["segment / enquiry"] + cols.map(\.rawValue), rightAligned: [false] + cols.map { _ in true })
                for (label, row) in zip(summary.visitorGroupLabels, ch.groups) {
                    gt.add([label] + cols.map { FigureFormat.value(row[$0.index]?.mean, MetricCatalog.info($0).unit) })
                }
                out += gt.render()
            }
            if !ch.classes.isEmpty {
                // Shown whenever the channel has classes: per-class figures are what classes are for.
                let cols = [Metric.offered, .answered, .abandoned, .pAbandon, .asa, .waitP90, .slOffered]
                    .filter { model.metricApplies($0, channel: c) }
                out += "\nby class (means)\n"
                var ct = TextTable(columns: ["class"] + cols.map(\.rawValue), rightAligned: [false] + cols.map { _ in true })
                for (label, row) in zip(ch.classLabels, ch.classes) {
                    ct.add([label] + cols.map { FigureFormat.value(row[$0.index]?.mean, MetricCatalog.info($0).unit) })
                }
                out += ct.render()
            }
            if intervals {
                out += "\nper interval (means)\n"
                let cols: [Metric] = [.offered, .answered, .abandoned, .asa, .slOffered, .occupancy, .meanQueue, .staff]
                var it = TextTable(columns: ["interval"] + cols.map(\.rawValue), rightAligned: [false] + cols.map { _ in true })
                for (i, row) in ch.intervals.enumerated() {
                    it.add([model.horizon.label(ofInterval: i)] + cols.map { FigureFormat.value(row[$0.index]?.mean, MetricCatalog.info($0).unit) })
                }
                out += it.render()
            }
        }
        out += groups(summary, level: level, model: allMetrics ? nil : model)
        return out
    }

    /// Each target with the figure's interval and whether it is met.
    static func targets(_ verdicts: [TargetVerdict], level: String) -> String {
        var t = TextTable(columns: ["target", "mean", "\(level) CI", "verdict"], rightAligned: [false, true, true, false])
        for v in verdicts {
            let c = FigureFormat.cells(v.interval, v.target.key.info.unit)
            t.add([v.target.text, c[0], c[2], v.outcome.rawValue])
        }
        return t.render()
    }

    /// Visitor groups, teams and totals; with a model, only the visitor figures it can make.
    static func groups(_ summary: ExperimentSummary, level: String, model: ModelSpec?) -> String {
        var out = ""
        let visitors = summary.groups(.visitors)
        if let first = visitors.first {
            let columns = first.names.indices.filter { model?.visitorFigureApplies(first.names[$0]) ?? true }
            out += "\nvisitors (mean per replication, by segment / enquiry)\n"
            var t = TextTable(columns: ["segment / enquiry"] + columns.map { first.names[$0] },
                              rightAligned: [false] + columns.map { _ in true })
            for g in visitors {
                t.add([g.label.replacingOccurrences(of: "/", with: " / ")]
                      + columns.map { FigureFormat.value(g.values[$0]?.mean, MetricCatalog.info(g.names[$0]).unit) })
            }
            out += t.render()
        }
        let teams = summary.groups(.team)
        if let first = teams.first {
            let columns = first.names.indices.filter { model?.groupFigureApplies(first.names[$0]) ?? true }
            out += "\nteams (means)\n"
            var t = TextTable(columns: ["team"] + columns.map { first.names[$0] }, rightAligned: [false] + columns.map { _ in true })
            for g in teams {
                t.add([g.label] + columns.map { FigureFormat.value(g.values[$0]?.mean, MetricCatalog.info(g.names[$0]).unit) })
            }
            out += t.render()
        }
        if let totals = summary.groups(.totals).first {
            out += "\ntotals\n"
            var t = TextTable(columns: ["metric", "mean", "±", "\(level) CI"], rightAligned: [false, true, true, true])
            for (name, ci) in zip(totals.names, totals.values) where model?.groupFigureApplies(name) ?? true {
                guard let ci, !ci.mean.isNaN else { continue }
                t.add([name] + FigureFormat.cells(ci, MetricCatalog.info(name).unit))
            }
            out += t.render()
        }
        return out
    }
}
