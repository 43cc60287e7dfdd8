import ChannelModel
import Experiments
import Scenario

/// The sweep as one JSON document: the experiment's header, the axes, and each point
/// with its parameters, target verdicts and every whole-horizon figure (docs/cli.md, sweep).
enum SweepJSON {
    /// The grid and axes as stored in the experiment's settings, for `plot` to redraw the
    /// sweep's charts: each axis' path, unit, values as written and as numbers.
    static func settings(_ sweep: PreparedSweep) -> [(String, JSON)] {
        [("grid", .string(sweep.zip ? "zip" : "full")),
         ("axes", .array(sweep.axes.map { a in
             .object([("path", .string(a.path)), ("unit", .string(a.unit)),
                      ("values", .array(a.values.map { .string($0.text) })), ("numbers", .array(a.values.map { .num($0.number) }))])
         }))]
    }

    static func document(_ r: ExperimentResult, sweep: PreparedSweep) -> String {
        let axes = JSON.array(sweep.axes.map { a in
            .object([("path", .string(a.path)), ("unit", .string(a.unit)),
                     ("values", .array(a.values.map { .string($0.text) }))])
        })
        let points = JSON.array(zip(r.variants, sweep.points).map { v, point in
            .object([("name", .string(v.variant.name)),
                     ("parameters", .object(point.enumerated().map { a, k in (sweep.axes[a].path, .string(sweep.axes[a].values[k].text)) })),
                     ("values", .object(point.enumerated().map { a, k in (sweep.axes[a].path, .num(sweep.axes[a].values[k].number)) })),
                     ("targets", ExperimentJSON.targets(v.verdicts)), ("figures", ExperimentJSON.figures(v))])
        })
        let fields = ExperimentJSON.header(r, scenario: sweep.prepared.base, kind: "sweep")
            + [("grid", .string(sweep.zip ? "zip" : "full")), ("axes", axes)]
            + (r.design.shard.map { s in [("shard", JSON.object([("index", .int(s.index)), ("count", .int(s.count)),
                                                                  ("points", .int(SweepTable.gridSize(sweep)))]))] } ?? [])
            + [("points", points)]
        return JSON.object(fields).text
    }
}

/// The sweep as CSV: one row per point and whole-horizon figure, the point's parameters
/// as the leading columns (named by their paths).
enum SweepCSV {
    static func render(_ r: ExperimentResult, sweep: PreparedSweep) -> String {
        var out = (sweep.axes.map { CSVField.quoted($0.path) } + ["scope", "metric", "mean", "half_width", "low", "high", "n"])
            .joined(separator: ",") + "\n"
        for (v, point) in zip(r.variants, sweep.points) {
            let lead = point.enumerated().map { a, k in CSVField.quoted(sweep.axes[a].values[k].text) }.joined(separator: ",")
            for e in v.summary.entries(model: v.variant.model) {
                let ci = e.interval
                out += "\(lead),\(CSVField.quoted(e.key.scope)),\(e.key.metric),\(ExperimentCSV.cell(ci?.mean)),"
                    + "\(ExperimentCSV.cell(ci?.halfWidth)),\(ExperimentCSV.cell(ci?.low)),\(ExperimentCSV.cell(ci?.high)),\(ci?.count ?? 0)\n"
            }
        }
        return out
    }
}
