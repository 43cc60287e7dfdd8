import ChannelModel
import Experiments
import Foundation
import Scenario

extension StressCommand {
    /// Days a soak may last, in repetitions of the scenario's horizon.
    static let soakDays = 2...365

    /// `stress --soak DAYS`: the plan's horizon repeated DAYS times back to back, backlogs
    /// carried from one day to the next; per channel the backlog at each day's close and
    /// whether it grows (docs/model.md, "Soak tests").
    func runSoak(_ prepared: PreparedExperiment, variant: Variant, days: Int, output: ExperimentOutput) throws {
        let o = options, model = variant.model
        if let why = model.repeatingProblem {
            throw CLIFailure(status: .badInput, description: "stress --soak: \(file): \(why)")
        }
        let soaked = model.repeatingDays(days)
        var design = prepared.design
        design.variants = [Variant(name: "soak x\(days)", parameters: variant.parameters + [("soak.days", String(days))], model: soaked)]
        // Each replication keeps its days' closes only: every interval is still summarised
        // and stored, but a year's replications no longer hold every interval (docs/performance.md).
        design.keptIntervals = .only(Soak.dayCloses(soaked.horizon))
        let p = PreparedExperiment(scenarios: prepared.scenarios, design: design, commandLine: prepared.commandLine)
        let (result, started, wall) = ExperimentSetup.run(p, options: o, label: "stress \(prepared.base.name) soak ×\(days)")
        let soak = Soak.analyse(result.variants[0], level: design.confidence)
        let report = SoakReport(soak: soak, repetitions: days, scenarioDays: model.horizon.days,
                                intervalsPerDay: model.horizon.intervalsPerDay, result: result, scenario: prepared.base)
        switch o.format {
        case .table: print(report.table(), terminator: "")
        case .json, .jsonl: print(report.json().text)
        case .csv: print(report.csv(), terminator: "")
        }
        let record = try output.store(result, prepared: p, kind: "stress", started: started, wall: wall,
                                      extraSettings: [("soak", report.json())])
        try output.charts(record, kinds: [.soak], models: [:])
    }
}
