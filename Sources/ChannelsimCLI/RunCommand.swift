import ArgumentParser
import ChannelModel
import Charts
import Experiments
import Foundation
import ResultStore
import Scenario

/// `channelsim run FILE`: simulates a scenario (and each of its strategies), prints each
/// one's targets and figures, stores the experiment and draws the intraday charts.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Simulate a scenario: targets and figures with confidence intervals, stored in SQLite, charted with gnuplot.")

    @Argument(help: "Scenario file (YAML).")
    var file: String

    @OptionGroup var options: ExperimentOptions

    @Flag(help: "Also print the per-interval table (table format).")
    var intervals = false

    @OptionGroup var trace: TraceOptions

    func run() throws {
        let o = options
        let prepared = try ExperimentSetup.prepare(file: file, options: o)
        let output = try ExperimentOutput(options: o)
        let base = prepared.base
        let traceTemp = try trace.prepare(replications: max(1, prepared.design.replications))
        let (result, started, wall) = ExperimentSetup.run(prepared, options: o, label: "run \(base.name)", trace: trace.request)
        // The trace is written before anything is printed or stored, so a refused trace
        // leaves no half-done run behind. It is of the first variant, with the warm-up the run used.
        if let traceTemp, let first = result.design.variants.first {
            do {
                let n = try trace.write(model: first.model, seed: result.design.seed, captured: result.trace, temp: traceTemp)
                if o.chatty { printError("traced replication \(trace.replication ?? 0) of \(first.name): \(n) events in \(trace.path ?? "")") }
            } catch {
                trace.discard(traceTemp)
                throw error
            }
        }
        switch o.format {
        case .table:
            var text = RunTable.header(result, scenario: base)
            for (k, v) in result.variants.enumerated() {
                if result.variants.count > 1 { text += "\(k == 0 ? "" : "\n")\n== strategy \(v.variant.name) ==\n" }
                text += RunTable.render(v, result: result, scenario: base, allMetrics: o.allMetrics, intervals: intervals)
            }
            print(text, terminator: "")
        case .json: print(ExperimentJSON.document(result, scenario: base, kind: "run"))
        case .jsonl: print(ExperimentJSON.lines(result, scenario: base, kind: "run"))
        case .csv: print(ExperimentCSV.render(result), terminator: "")
        }
        let record = try output.store(result, prepared: prepared, kind: "run", started: started, wall: wall)
        try output.charts(record, kinds: [.intraday, .channelMix, .waitSurvival], models: ExperimentOutput.models(result))
        try output.precisionReached(result)
    }
}
