import ChannelModel
import Charts
import Experiments
import Foundation
import ResultStore
import Scenario

/// Where an experiment's results go besides standard output: the database and the charts.
/// The database is opened before anything is simulated, so a bad --db fails at once.
struct ExperimentOutput {
    let options: ExperimentOptions
    let database: ResultDatabase?

    init(options: ExperimentOptions) throws {
        self.options = options
        do {
            database = options.noStore ? nil : try ResultDatabase(path: options.db)
        } catch {
            throw CLIFailure(status: .runtime, description: "\(options.db): \(error)")
        }
    }

    /// Stores the experiment (every variant, verdicts, comparisons) in one transaction.
    func store(_ result: ExperimentResult, prepared: PreparedExperiment, kind: String, started: Date, wall: Double,
               comparison: ComparisonReport? = nil) throws {
        guard let database else { return }
        let record = StoreRecords.experiment(result, prepared: prepared, kind: kind, threads: options.threadCount,
                                             started: started, wall: wall, comparison: comparison)
        do {
            let ids = try database.write(record)
            if options.chatty {
                printError("stored experiment \(ids.experimentID) (\(result.variants.map(\.variant.name).joined(separator: ", "))) in \(options.db)")
            }
        } catch {
            throw CLIFailure(status: .runtime, description: "\(options.db): \(error)")
        }
    }

    /// The intraday chart of every channel of every variant.
    func intradayCharts(_ result: ExperimentResult, scenario: Scenario) throws {
        guard !options.noCharts else { return }
        try drawing {
            var usedSlugs: Set<String> = []
            for v in result.variants {
                let slug = IntradayChartBuilder.unique(IntradayChartBuilder.slug(v.variant.name), among: &usedSlugs)
                var s = scenario
                s.model = v.variant.model
                let files = try IntradayChartBuilder.draw(scenario: s, summary: v.summary, directory: options.plots,
                                                          strategy: result.variants.count > 1 ? slug : nil)
                for file in files where options.chatty { printError("chart \(file)") }
            }
        }
    }

    /// Runs chart drawing: a missing gnuplot is a warning (the data and scripts are written).
    func drawing(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch ChartError.gnuplotMissing {
            printError("channelsim: warning: gnuplot not found; wrote the chart data and scripts to \(options.plots) (install gnuplot-nox to draw them)")
        } catch {
            throw CLIFailure(status: .runtime, description: "chart: \(error)")
        }
    }

    /// Exit 1 when a --precision goal was not reached within --max-replications, saying what was.
    func precisionReached(_ result: ExperimentResult) throws {
        let missed = result.precision.filter { !$0.reached }
        guard !missed.isEmpty else { return }
        let what = missed.map { p in
            "\(p.goal.key) reached ±\(p.achieved.map { String(format: "%.6g", $0) } ?? "-") (asked ±\(String(format: "%.6g", p.goal.halfWidth)))"
        }.joined(separator: "; ")
        throw CLIFailure(status: .failed, description: "precision not reached in \(result.replications) replications (--max-replications): \(what)")
    }
}

extension ExperimentOutput {
    /// The strategy comparison charts: headline figures per strategy, paired differences.
    func compareCharts(_ result: ExperimentResult, report: ComparisonReport, scenario: Scenario) throws {
        guard !options.noCharts else { return }
    }
}
