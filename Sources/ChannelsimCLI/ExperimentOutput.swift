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
            // A file that cannot take the write is found before the simulation, not after it.
            try database?.checkWritable()
        } catch StoreError.schema(let message) {
            // A file written by a newer channelsim is the user's input, not a failure here.
            throw CLIFailure(status: .badInput, description: "\(options.db): \(message)")
        } catch StoreError.unwritable(_, let message) {
            // So is a file another command holds, or one without write permission.
            throw CLIFailure(status: .badInput, description: "\(options.db): \(message) (nothing was simulated or written)")
        } catch {
            throw CLIFailure(status: .runtime, description: "\(options.db): \(error)")
        }
    }

    /// Stores the experiment (every variant, verdicts, comparisons) in one transaction, and
    /// returns what the charts are drawn from: the stored rows (nil when there is neither a
    /// database nor a chart to draw).
    @discardableResult
    func store(_ result: ExperimentResult, prepared: PreparedExperiment, kind: String, started: Date, wall: Double,
               comparison: ComparisonReport? = nil, extraSettings: [(String, JSON)] = []) throws -> ChartSource? {
        guard database != nil || !options.noCharts else { return nil }
        let record = StoreRecords.experiment(result, prepared: prepared, kind: kind, threads: options.threadCount,
                                             started: started, wall: wall, comparison: comparison, extraSettings: extraSettings)
        guard let database else { return ChartSource(record: record, id: nil) }
        do {
            let ids = try database.write(record)
            if options.chatty {
                // A sweep's points are too many to list: their count says enough.
                let what = kind == "sweep" ? "\(result.variants.count) points"
                    : result.variants.map(\.variant.name).joined(separator: ", ")
                printError("stored experiment \(ids.experimentID) (\(what)) in \(options.db)")
            }
            return ChartSource(record: record, id: ids.experimentID)
        } catch let StoreError.sqlite(code, message) {
            // A lock taken after the check (another command writing for longer than the wait).
            let why = ResultDatabase.unwritable(code: code, path: options.db).map { "\($0)" } ?? message
            throw CLIFailure(status: ResultDatabase.unwritable(code: code, path: options.db) == nil ? .runtime : .badInput,
                             description: "\(options.db): \(why) (nothing was written)")
        } catch {
            throw CLIFailure(status: .runtime, description: "\(options.db): \(error)")
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
            let unit = p.goal.key.info.unit, scale = FigureFormat.scale(for: p.goal.halfWidth)
            return "\(p.goal.key) reached " + (p.achieved.map { "±" + FigureFormat.value($0, unit, scale: scale) } ?? "no interval")
                + " (asked ±\(FigureFormat.value(p.goal.halfWidth, unit, scale: scale)))"
        }.joined(separator: "; ")
        throw CLIFailure(status: .failed, description: "precision not reached in \(result.replications) replications (--max-replications): \(what)")
    }
}
