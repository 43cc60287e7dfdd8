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

    @Option(help: "Replications (overrides the scenario's).")
    var replications: Int?

    @Option(help: "Seed (overrides the scenario's).")
    var seed: UInt64?

    @Option(help: "Threads for replications (default: all cores). Results do not depend on it.")
    var threads: Int?

    @Option(help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    @Option(help: "Result database.")
    var db: String = "Results/results.sqlite"

    @Flag(help: "Do not store results.")
    var noStore = false

    @Option(help: "Directory for charts.")
    var plots: String = "plots"

    @Flag(help: "Do not draw charts.")
    var noCharts = false

    @Flag(help: "Also print the per-interval table (table format).")
    var intervals = false

    @Flag(help: "No progress display.")
    var quiet = false

    func validate() throws {
        if let r = replications, r < 1 { throw ValidationError("--replications must be at least 1, got \(r)") }
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1, got \(t)") }
    }

    func run() throws {
        var scenario = try ScenarioLoader.load(path: file)
        if let replications { scenario.replications = replications }
        if let seed { scenario.seed = seed }
        let threadCount = threads ?? ProcessInfo.processInfo.activeProcessorCount
        let progress = Progress(label: "run \(scenario.name)", enabled: !quiet)
        let started = Date()
        let reps = ReplicationRunner.run(spec: scenario.model, seed: scenario.seed, replications: scenario.replications,
                                         threads: threadCount, progress: progress.update)
        progress.finish()
        let wall = Date().timeIntervalSince(started)
        let summary = ExperimentSummary(replications: reps, level: scenario.confidence)

        switch format {
        case .table: print(SummaryTable.render(scenario: scenario, summary: summary, intervals: intervals))
        case .json: print(SummaryJSON.render(scenario: scenario, summary: summary))
        case .csv: print(SummaryCSV.render(scenario: scenario, summary: summary), terminator: "")
        }

        if !noStore {
            let record = RunRecordBuilder.build(scenario: scenario, summary: summary, command: "run",
                                                threads: threadCount, startedAt: started, wallSeconds: wall,
                                                version: ChannelsimVersion.current)
            do {
                let database = try ResultDatabase(path: db)
                let id = try database.write(record)
                if format == .table && !quiet { printError("stored run \(id) in \(db)") }
            } catch {
                throw CLIFailure(status: .runtime, description: "\(db): \(error)")
            }
        }
        if !noCharts {
            do {
                for file in try IntradayChartBuilder.draw(scenario: scenario, summary: summary, directory: plots) where format == .table && !quiet {
                    printError("chart \(file)")
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
