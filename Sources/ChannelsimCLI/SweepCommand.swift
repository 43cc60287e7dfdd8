import ArgumentParser
import Experiments
import Foundation

/// `channelsim sweep FILE --vary PATH=VALUES …`: the scenario at every point of a grid of
/// parameter values (or of zipped lists), all on common random numbers, one row per point;
/// stored as one experiment, charted as a staffing curve when one parameter varies.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run a scenario over a grid of parameter values: one row per point, targets and headline figures.")

    @Argument(help: "Scenario file (YAML).")
    var file: String

    @Option(name: .customLong("vary"), parsing: .unconditionalSingleValue,
            help: ArgumentHelp("A field and its values, e.g. teams.web.headcount=8..14, teams.web.concurrency=1,2,3 or "
                               + "channels.chat.patience.weibull.mean=60s..180s:30s; also arrivals.scale=0.8..1.5:0.1 and "
                               + "teams.*.headcount.add=-2..+3 (repeatable).", valueName: "path=values"))
    var vary: [String] = []

    @Flag(help: "Pair the --vary lists value by value (they must have equal lengths) instead of taking every combination.")
    var zip = false

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Run only shard INDEX of COUNT of the points into --db, e.g. 2/4 (numbered from 1, as "
                               + "SLURM_ARRAY_TASK_ID); join the shards' databases with channelsim merge.", valueName: "index/count"))
    var shard: String?

    @Option(name: .customLong("shard-index-base"), parsing: .unconditional,
            help: "Number shards from 0 instead (0/4 … 3/4), as Kubernetes' JOB_COMPLETION_INDEX does.")
    var shardIndexBase: Int = 1

    @OptionGroup var options: ExperimentOptions


    func run() throws {
        let o = options
        let parsedShard = try SweepShardSetup.parse(shard, indexBase: shardIndexBase)
        var sweep = try SweepSetup.prepare(file: file, vary: vary, zip: zip, options: o)
        let total = sweep.points.count
        if let parsedShard { try SweepShardSetup.apply(parsedShard, to: &sweep) }
        let output = try ExperimentOutput(options: o)
        let base = sweep.prepared.base
        let (result, started, wall) = ExperimentSetup.run(sweep.prepared, options: o, label: "sweep \(base.name)")
        switch o.format {
        case .table: print(SweepTable.render(result, sweep: sweep, allMetrics: o.allMetrics), terminator: "")
        case .json: print(SweepJSON.document(result, sweep: sweep))
        case .jsonl: print(ExperimentJSON.lines(result, scenario: base, kind: "sweep"))
        case .csv: print(SweepCSV.render(result, sweep: sweep), terminator: "")
        }
        var extra = SweepJSON.settings(sweep)
        if let parsedShard { extra.append(SweepShardSetup.settings(parsedShard, sweep: sweep, total: total)) }
        let record = try output.store(result, prepared: sweep.prepared, kind: "sweep", started: started, wall: wall,
                                      extraSettings: extra)
        // A shard's charts would show only its own points: the merged sweep is the one to chart.
        if parsedShard == nil { try output.charts(record, kinds: [.staffingCurve, .concurrency, .heatmap], models: [:]) }
        try output.precisionReached(result)
    }
}
