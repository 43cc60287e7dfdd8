import Foundation
import ResultStore

/// What `results show` prints in table format: provenance, variants, target verdicts,
/// comparisons (when there are any), then each variant's channel summaries.
enum ResultsShowTable {
    static func render(_ details: ExperimentDetails) -> String {
        let e = details.experiment
        var out = "experiment \(e.id): \(e.kind) of \(e.scenarioName)\n"
        let provenance: [(String, String)] = [
            ("command", e.command), ("scenario", e.scenarioPath), ("scenario hash", e.scenarioHash),
            ("seed", String(e.seed)), ("replications", String(e.replications)),
            ("threads", String(e.threads)), ("confidence", number(e.confidence)),
            ("started at", e.startedAt), ("wall time", e.wallSeconds.map { String(format: "%.2fs", $0) } ?? "-"),
            ("version", e.version), ("baseline", e.baseline ?? "-"), ("settings", e.settings),
        ]
        let width = provenance.map(\.0.count).max() ?? 0
        for (label, value) in provenance {
            out += "  " + label + ":" + String(repeating: " ", count: width - label.count + 1) + value + "\n"
        }

        var variants = TextTable(columns: ["run", "variant", "parameters", "started_at", "wall_s"],
                                 rightAligned: [true, false, false, false, true])
        for v in details.variants {
            variants.add([String(v.run.id), v.run.strategy, v.run.parameters, v.run.startedAt,
                          v.run.wallSeconds.map { String(format: "%.2f", $0) } ?? "-"])
        }
        out += "\nvariants\n" + variants.render()

        if !details.targetVerdicts.isEmpty {
            var targets = TextTable(columns: ["variant", "target", "mean", "low", "high", "n", "verdict"],
                                    rightAligned: [false, false, true, true, true, true, false])
            for t in details.targetVerdicts {
                targets.add([t.variant, t.target, number(t.mean), number(t.low), number(t.high), String(t.n),
                             t.verdict.rawValue])
            }
            out += "\ntargets\n" + targets.render()
        }
        if !details.comparisons.isEmpty {
            var comparisons = TextTable(
                columns: ["variant", "baseline", "channel", "metric", "difference", "half_width", "relative",
                          "p", "adjusted_p", "verdict"],
                rightAligned: [false, false, false, false, true, true, true, true, true, false])
            for c in details.comparisons {
                comparisons.add([c.variant, c.baseline, c.channel, c.metric, number(c.difference),
                                 number(c.halfWidth), number(c.relative), number(c.pValue), number(c.adjustedP),
                                 c.verdict.rawValue])
            }
            out += "\ncomparisons\n" + comparisons.render()
        }
        for v in details.variants { out += "\n" + summaries(v) }
        return out
    }

    /// One row per metric, one column per channel, each cell `mean ± half-width` over the
    /// horizon. Groups (visitors, teams, totals, channel × group) are in `export`.
    private static func summaries(_ variant: ExperimentDetails.Variant) -> String {
        let rows = variant.summaries.filter { !$0.channel.contains("/") && $0.channel != "totals" }
        var channels: [String] = [], metrics: [String] = []
        var cells: [String: String] = [:]
        for row in rows {
            if !channels.contains(row.channel) { channels.append(row.channel) }
            if !metrics.contains(row.metric) { metrics.append(row.metric) }
            cells[row.channel + "\u{0}" + row.metric] = row.halfWidth.map { "\(number(row.mean)) ± \(number($0))" }
                ?? number(row.mean)
        }
        var table = TextTable(columns: ["metric"] + channels,
                              rightAligned: [false] + channels.map { _ in true })
        for metric in metrics {
            table.add([metric] + channels.map { cells[$0 + "\u{0}" + metric] ?? "-" })
        }
        return "summaries of \(variant.run.strategy) (channels, whole horizon, mean ± half-width)\n"
            + table.render()
    }

    /// Four significant digits, plain notation up to the millions; `-` when undefined.
    static func number(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "-" }
        if x == x.rounded() && abs(x) < 1e9 { return String(Int64(x)) }
        return abs(x) >= 1000 ? String(format: "%.1f", x) : String(format: "%.4g", x)
    }
}
