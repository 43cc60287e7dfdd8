import ArgumentParser
import ChannelModel
import Charts
import Experiments
import Foundation
import ResultStore
import Scenario

/// `channelsim run FILE`: simulates a scenario's replications, prints the summary, stores
/// the results and draws the intraday chart.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Simulate a scenario: summary with confidence intervals, stored in SQLite, charted with gnuplot.")

    @Argument(help: "Scenario file (YAML).")
    var file: String

    @Option(parsing: .unconditional, help: "Replications (overrides the scenario's).")
    var replications: Int?

    @Option(parsing: .unconditional, help: "Seed (overrides the scenario's).")
    var seed: UInt64?

    @Option(parsing: .unconditional, help: "Threads for replications (default: all cores). Results do not depend on it.")
    var threads: Int?

    @Option(parsing: .unconditional, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    @Option(parsing: .unconditional, help: "Result database.")
    var db: String = "Results/results.sqlite"

    @Flag(help: "Do not store results.")
    var noStore = false

    @Option(parsing: .unconditional, help: "Directory for charts.")
    var plots: String = "plots"

    @Flag(help: "Do not draw charts.")
    var noCharts = false

    @Flag(help: "Also print the per-interval table (table format).")
    var intervals = false

    @Flag(help: "No progress display.")
    var quiet = false

    func validate() throws {
        if let r = replications, r < 1 { throw ValidationError("--replications must be at least 1, got \(r)") }
        if let r = replications, r > 1_000_000 { throw ValidationError("--replications must be at most 1000000, got \(r)") }
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1, got \(t)") }
    }

    func run() throws {
        let set = try ScenarioLoader.loadSet(path: file)
        // Open the database before simulating, so a bad --db fails at once, not after the run.
        let database: ResultDatabase?
        do {
            database = noStore ? nil : try ResultDatabase(path: db)
        } catch {
            throw CLIFailure(status: .runtime, description: "\(db): \(error)")
        }
        let threadCount = threads ?? ProcessInfo.processInfo.activeProcessorCount
        // Every strategy runs on the same seed and replications: common random numbers.
        var results: [(name: String, scenario: Scenario, summary: ExperimentSummary, started: Date, wall: Double)] = []
        for named in set.all {
            var scenario = named.scenario
            if let replications { scenario.replications = replications }
            if let seed { scenario.seed = seed }
            let label = set.strategies.isEmpty ? "run \(scenario.name)" : "run \(scenario.name) [\(named.name)]"
            let progress = Progress(label: label, enabled: !quiet)
            let started = Date()
            let reps = ReplicationRunner.run(spec: scenario.model, seed: scenario.seed, replications: scenario.replications,
                                             threads: threadCount, progress: progress.update)
            progress.finish()
            results.append((named.name, scenario, ExperimentSummary(replications: reps, level: scenario.confidence),
                            started, Date().timeIntervalSince(started)))
        }

        for (k, r) in results.enumerated() {
            switch format {
            case .table:
                if results.count > 1 { print("\(k == 0 ? "" : "\n")== strategy \(r.name) ==") }
                print(SummaryTable.render(scenario: r.scenario, summary: r.summary, intervals: intervals))
            case .json: print(SummaryJSON.render(scenario: r.scenario, strategy: r.name, summary: r.summary))
            case .csv:
                print(SummaryCSV.render(scenario: r.scenario, strategy: r.name, summary: r.summary, header: k == 0),
                      terminator: "")
            }
        }

        if let database {
            do {
                for r in results {
                    let record = RunRecordBuilder.build(scenario: r.scenario, summary: r.summary, command: "run",
                                                        threads: threadCount, startedAt: r.started, wallSeconds: r.wall,
                                                        version: ChannelsimVersion.current, strategy: r.name)
                    let id = try database.write(record)
                    if format == .table && !quiet { printError("stored run \(id) (\(r.name)) in \(db)") }
                }
            } catch {
                throw CLIFailure(status: .runtime, description: "\(db): \(error)")
            }
        }
        if !noCharts {
            do {
                // Strategy names that differ only in case or punctuation get distinct file names.
                var usedSlugs: Set<String> = []
                for r in results {
                    let slug = IntradayChartBuilder.unique(IntradayChartBuilder.slug(r.name), among: &usedSlugs)
                    let files = try IntradayChartBuilder.draw(scenario: r.scenario, summary: r.summary, directory: plots,
                                                              strategy: results.count > 1 ? slug : nil)
                    for file in files where format == .table && !quiet { printError("chart \(file)") }
                }
            } catch ChartError.gnuplotMissing {
                // The .dat and .gp files are written before gnuplot runs: the chart can be drawn later.
                printError("channelsim: warning: gnuplot not found; wrote the chart data and scripts to \(plots) (install gnuplot-nox to draw them)")
            } catch {
                throw CLIFailure(status: .runtime, description: "chart: \(error)")
            }
        }
    }
}
