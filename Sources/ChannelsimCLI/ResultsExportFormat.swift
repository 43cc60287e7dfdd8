import Experiments
import ResultStore

/// What `results export` (and `results show` in json or csv) prints for one experiment.
///
/// Numbers are written in Swift's shortest form that reads back to the same double, so an
/// export holds exactly the stored values; a NULL is an empty CSV cell or JSON null.
enum ResultsExportFormat {
    static let csvHeader = "experiment,variant,channel,metric,mean,half_width,low,high,n,confidence"

    /// Every summary row of every variant, variants in order, rows as stored.
    static func csv(_ details: ExperimentDetails) -> String {
        var out = csvHeader + "\n"
        for variant in details.variants {
            for row in variant.summaries {
                out += [String(details.experiment.id), CSVField.quoted(variant.run.strategy), CSVField.quoted(row.channel),
                        CSVField.quoted(row.metric), ExperimentCSV.cell(row.mean), ExperimentCSV.cell(row.halfWidth), ExperimentCSV.cell(row.low),
                        ExperimentCSV.cell(row.high), String(row.n), ExperimentCSV.cell(row.confidence)].joined(separator: ",") + "\n"
            }
        }
        return out
    }

    /// One JSON document (one line): experiment, variants, summaries, target verdicts, comparisons.
    static func json(_ details: ExperimentDetails) -> String {
        let e = details.experiment
        let experiment: JSON = .object([
            ("id", .raw(String(e.id))), ("kind", .string(e.kind)),
            ("scenario_name", .string(e.scenarioName)), ("scenario_path", .string(e.scenarioPath)),
            ("scenario_hash", .string(e.scenarioHash)), ("seed", .raw(String(e.seed))),
            ("replications", .int(e.replications)), ("threads", .int(e.threads)),
            ("version", .string(e.version)), ("started_at", .string(e.startedAt)),
            ("wall_seconds", .num(e.wallSeconds)), ("command", .string(e.command)),
            ("confidence", .num(e.confidence)), ("baseline", e.baseline.map(JSON.string) ?? .null),
            ("settings", .raw(e.settings)),
        ])
        let variants: [JSON] = details.variants.map { v in
            .object([("run_id", .raw(String(v.run.id))), ("name", .string(v.run.strategy)),
                     ("parameters", .raw(v.run.parameters)), ("started_at", .string(v.run.startedAt)),
                     ("wall_seconds", .num(v.run.wallSeconds))])
        }
        let summaries: [JSON] = details.variants.flatMap { v in
            v.summaries.map { row in
                .object([("variant", .string(v.run.strategy)), ("channel", .string(row.channel)),
                         ("metric", .string(row.metric)), ("mean", .num(row.mean)),
                         ("half_width", .num(row.halfWidth)), ("low", .num(row.low)),
                         ("high", .num(row.high)), ("n", .int(row.n)), ("confidence", .num(row.confidence))])
            }
        }
        let verdicts: [JSON] = details.targetVerdicts.map { t in
            .object([("variant", .string(t.variant)), ("position", .int(t.position)),
                     ("target", .string(t.target)), ("channel", .string(t.channel)),
                     ("metric", .string(t.metric)), ("comparison", .string(t.comparison.rawValue)),
                     ("bound", .num(t.bound)), ("mean", .num(t.mean)), ("low", .num(t.low)),
                     ("high", .num(t.high)), ("n", .int(t.n)), ("verdict", .string(t.verdict.rawValue))])
        }
        let comparisons: [JSON] = details.comparisons.map { c in
            .object([("variant", .string(c.variant)), ("baseline", .string(c.baseline)),
                     ("channel", .string(c.channel)), ("metric", .string(c.metric)),
                     ("difference", .num(c.difference)), ("half_width", .num(c.halfWidth)),
                     ("low", .num(c.low)), ("high", .num(c.high)), ("n", .int(c.n)),
                     ("relative", .num(c.relative)), ("p_value", .num(c.pValue)),
                     ("adjusted_p", .num(c.adjustedP)), ("verdict", .string(c.verdict.rawValue))])
        }
        return JSON.object([("experiment", experiment), ("variants", .array(variants)),
                            ("summaries", .array(summaries)), ("target_verdicts", .array(verdicts)),
                            ("comparisons", .array(comparisons))]).text
    }
}
