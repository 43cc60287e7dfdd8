import ArgumentParser
import ChannelModel
import Experiments
import Foundation
import Scenario

/// `channelsim stress FILE`: the load test. Finds the largest multiplier of every arrival
/// rate at which the plan still meets its targets, with a confidence interval, names the
/// target that fails first and where in the day, and stores the plan at load ×1 and at
/// its breaking point as one experiment.
struct StressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stress",
        abstract: "Load-test a plan: the arrival multiplier at which it stops meeting its targets, with a confidence interval.")

    @Argument(help: "Scenario file (YAML) with targets (or give --target).")
    var file: String

    @Option(parsing: .unconditional, help: "The strategy whose plan is tested (default: base).")
    var strategy: String = ScenarioSet.baseName

    @Option(name: .customLong("min-multiplier"), parsing: .unconditional, help: "Lowest multiplier searched.")
    var minMultiplier: Double = 0.05

    @Option(name: .customLong("max-multiplier"), parsing: .unconditional, help: "Highest multiplier searched.")
    var maxMultiplier: Double = 4

    @Option(parsing: .unconditional, help: "Stop bisecting when the bracket is this narrow.")
    var resolution: Double = 0.01

    @Option(name: .customLong("surge"), parsing: .unconditionalSingleValue,
            help: "A surge instead of the breaking point: 'x3 12:00 30m' (every rate ×3 for 30 minutes; 'x2 d2 09:00 1h' on day 2). Repeatable.")
    var surges: [String] = []

    @Option(name: .customLong("outage"), parsing: .unconditionalSingleValue,
            help: "An outage instead of the breaking point: a channel out of service ('chat 14:00 45m' or 'channel chat 14:00 45m') or a team taken away ('team web 14:00 45m', head-count 0 for 45 minutes). Repeatable.")
    var outages: [String] = []

    @Option(name: .customLong("soak"), parsing: .unconditional,
            help: "A soak test instead of the breaking point: the horizon repeated DAYS times (2…365) back to back, backlogs carried over; says whether each backlog grows.")
    var soak: Int?

    @OptionGroup var options: ExperimentOptions

    func validate() throws {
        guard minMultiplier > 0, minMultiplier.isFinite else { throw ValidationError("--min-multiplier must be a number > 0, got \(minMultiplier)") }
        guard maxMultiplier > minMultiplier, maxMultiplier <= 1000 else {
            throw ValidationError("--max-multiplier must be above --min-multiplier (\(minMultiplier)) and at most 1000, got \(maxMultiplier)")
        }
        guard resolution > 0, resolution < maxMultiplier - minMultiplier else {
            throw ValidationError("--resolution must be > 0 and below the searched range, got \(resolution)")
        }
        guard options.precision.isEmpty else { throw ValidationError("--precision does not apply to stress (use --replications)") }
        if let soak {
            guard Self.soakDays.contains(soak) else {
                throw ValidationError("--soak must be a number of days from \(Self.soakDays.lowerBound) to \(Self.soakDays.upperBound), got \(soak)")
            }
            guard surges.isEmpty && outages.isEmpty else {
                throw ValidationError("--soak runs the plan alone over consecutive days; it cannot be combined with --surge or --outage")
            }
        }
    }

    func run() throws {
        let o = options
        let prepared = try ExperimentSetup.prepare(file: file, options: o, names: [strategy])
        if let soak {
            // A soak needs no targets: its question is whether backlogs grow.
            return try runSoak(prepared, variant: prepared.design.variants[0], days: soak, output: try ExperimentOutput(options: o))
        }
        guard !prepared.design.targets.isEmpty else {
            throw CLIFailure(status: .badInput, description: "stress: \(file) has no targets to break (add targets: or give --target)")
        }
        let output = try ExperimentOutput(options: o)
        let variant = prepared.design.variants[0]
        if !surges.isEmpty || !outages.isEmpty { return try runEvents(prepared, variant: variant, output: output) }
        var search = BreakingPoint.Search(model: variant.model, targets: prepared.design.targets, seed: prepared.design.seed,
                                          replications: prepared.design.replications, confidence: prepared.design.confidence)
        (search.lower, search.upper, search.resolution) = (minMultiplier, maxMultiplier, resolution)
        let progress = Progress(label: "stress \(prepared.base.name)", enabled: !o.quiet)
        let started = Date()
        let found = BreakingPoint.run(search, threads: o.threadCount, progress: progress.update)
        progress.finish()
        // The plan at its usual load and at the breaking point, side by side, for the record.
        var design = prepared.design
        let at = found.interval?.mean ?? 1
        design.variants = [Variant(name: "x1", parameters: [("arrivals.scale", "1")], model: variant.model),
                           Variant(name: "x" + StressReport.multiplier(at), parameters: [("arrivals.scale", StressReport.multiplier(at))],
                                   model: variant.model.scalingArrivals(by: at))]
        let result = ExperimentSetup.run(PreparedExperiment(scenarios: prepared.scenarios, design: design,
                                                            commandLine: prepared.commandLine),
                                         options: o, label: "stress \(prepared.base.name) at the breaking point").result
        let report = StressReport(found: found, scenario: prepared.base, strategy: strategy)
        switch o.format {
        case .table: print(report.table(), terminator: "")
        case .json, .jsonl: print(report.json().text)
        case .csv: print(report.csv(), terminator: "")
        }
        var stored = prepared
        stored.design = design
        try output.store(result, prepared: stored, kind: "stress", started: started, wall: Date().timeIntervalSince(started),
                         extraSettings: [("breaking_point", report.json())])
        try output.loadChart(prepared, model: variant.model, found: found)
    }

    /// The plan with and without the surges and outages, paired: recovery, losses, spill-over, backlog.
    func runEvents(_ prepared: PreparedExperiment, variant: Variant, output: ExperimentOutput) throws {
        let o = options, h = variant.model.horizon
        let parsedSurges = try surges.map { text in
            try ExperimentSetup.flag("--surge", text) { () throws(TargetError) in try Surge.parse(text, horizon: h) }
        }
        let parsedOutages = try outages.map { text in
            try ExperimentSetup.flag("--outage", text) { () throws(TargetError) in try Outage.parse(text, model: variant.model) }
        }
        var changed = variant.model
        for s in parsedSurges { changed = changed.applying(s) }
        for x in parsedOutages { changed = changed.applying(x) }
        let events = parsedSurges.map { StressEvent(text: $0.text, intervals: $0.intervals) }
            + parsedOutages.map { StressEvent(text: $0.text, intervals: $0.intervals) }
        var design = prepared.design
        design.variants = [Variant(name: "plan", parameters: variant.parameters, model: variant.model),
                           Variant(name: parsedOutages.isEmpty ? "surge" : parsedSurges.isEmpty ? "outage" : "events",
                                   parameters: variant.parameters + parsedSurges.map { ("surge", $0.text) } + parsedOutages.map { ("outage", $0.text) },
                                   model: changed)]
        let p = PreparedExperiment(scenarios: prepared.scenarios, design: design, commandLine: prepared.commandLine)
        let (result, started, wall) = ExperimentSetup.run(p, options: o, label: "stress \(prepared.base.name) events")
        let impacts = SurgeImpact.analyse(surged: result.variants[1], base: result.variants[0], surges: events, targets: design.targets)
        let report = SurgeReport(impacts: impacts, lost: SurgeImpact.lost(result.variants[1], base: result.variants[0],
                                                                         level: design.confidence),
                                 result: result, scenario: prepared.base)
        switch o.format {
        case .table: print(report.table(), terminator: "")
        case .json, .jsonl: print(report.json().text)
        case .csv: print(ExperimentCSV.render(result), terminator: "")
        }
        let record = try output.store(result, prepared: p, kind: "stress", started: started, wall: wall,
                                      extraSettings: [("events", report.json())])
        try output.charts(record, kinds: [.intraday, .surge], models: ExperimentOutput.models(result))
    }
}
