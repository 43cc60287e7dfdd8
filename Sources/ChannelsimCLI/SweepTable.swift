import ChannelModel
import Experiments
import Scenario

/// The sweep as a table: one row per point, its parameters, each target's mean and
/// verdict, and each channel's headline figures (means; JSON and CSV carry the intervals).
enum SweepTable {
    /// Points in the whole grid (a shard's `sweep.points` are only its own).
    static func gridSize(_ sweep: PreparedSweep) -> Int {
        sweep.zip ? sweep.axes[0].values.count : sweep.axes.reduce(1) { $0 * $1.values.count }
    }

    /// The figures a row shows per channel by default: what a staffing curve is read for
    /// (and, for chat message by message, who leaves mid-chat as agents take more chats).
    static let headline: [Metric] = [.slOffered, .pAbandon, .asa, .abandonedMidChat, .occupancy]

    static func render(_ result: ExperimentResult, sweep: PreparedSweep, allMetrics: Bool) -> String {
        let base = sweep.prepared.base
        var text = RunTable.header(result, scenario: base)
        let shape = sweep.zip ? "zipped" : sweep.axes.map { String($0.values.count) }.joined(separator: " × ")
        // A shard says which slice of how many points it shows.
        let slice = result.design.shard.map { "shard \($0): " } ?? ""
        let total = result.design.shard.map { _ in " of \(sweep.axes.isEmpty ? 0 : gridSize(sweep))" } ?? ""
        text += "sweep: \(slice)\(result.variants.count)\(total) point\(result.variants.count == 1 && total.isEmpty ? "" : "s") (\(shape)), "
            + "common random numbers across points; means per point\n\n"
        let model = base.model
        let figures = columns(model, allMetrics: allMetrics)
        let targets = result.design.targets
        var t = TextTable(columns: sweep.axes.map(\.path) + targets.map(\.text) + figures.map(\.key.description),
                          rightAligned: sweep.axes.map { _ in true } + targets.map { _ in true } + figures.map { _ in true })
        for (v, point) in zip(result.variants, sweep.points) {
            var row = point.enumerated().map { a, k in sweep.axes[a].values[k].text }
            for verdict in v.verdicts {
                row.append(FigureFormat.value(verdict.interval?.mean, verdict.target.key.info.unit) + " " + verdict.outcome.rawValue)
            }
            for f in figures {
                row.append(FigureFormat.value(v.figures.interval(of: f.key, level: result.design.confidence)?.mean, f.unit))
            }
            t.add(row)
        }
        return text + t.render()
    }

    /// The channel figures shown: the headline four that apply, or with --all-metrics every
    /// headline figure of the channel's table.
    static func columns(_ model: ModelSpec, allMetrics: Bool) -> [(key: MetricKey, unit: MetricUnit)] {
        model.channels.indices.flatMap { c -> [(key: MetricKey, unit: MetricUnit)] in
            var metrics = headline.filter { model.metricApplies($0, channel: c) }
            if allMetrics { metrics += model.headlineMetrics(channel: c).filter { !metrics.contains($0) } }
            return metrics.map { (MetricKey(scope: model.channels[c].name, metric: $0.rawValue), MetricCatalog.info($0).unit) }
        }
    }
}
