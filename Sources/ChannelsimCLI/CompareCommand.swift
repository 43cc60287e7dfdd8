import ArgumentParser
import ChannelModel
import Experiments
import Foundation
import Scenario

/// `channelsim compare FILE`: a scenario's strategies side by side on common random
/// numbers, each against the baseline by paired differences, with verdicts on the
/// targets and headline figures (Holm-adjusted).
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare a scenario's strategies: paired differences with confidence intervals and verdicts.")

    @Argument(help: "Scenario file (YAML) with strategies.")
    var file: String

    @Option(parsing: .unconditional, help: "Strategies to compare, comma-separated (default: base and all strategies).")
    var strategies: String?

    @Option(parsing: .unconditional, help: "The strategy the others are compared with (default: base).")
    var baseline: String?

    @OptionGroup var options: ExperimentOptions

    func run() throws {
        let o = options
        var names = strategies.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
        if let b = baseline {
            // The baseline is compared against, so it runs even when --strategies leaves it out.
            if names != nil && !names!.contains(b) { names!.insert(b, at: 0) }
        }
        if let n = names, n.contains(where: \.isEmpty) {
            throw CLIFailure(status: .badInput, description: "--strategies '\(strategies!)': an empty name (expected names separated by commas)")
        }
        let prepared = try ExperimentSetup.prepare(file: file, options: o, names: names)
        let variantNames = prepared.design.variants.map(\.name)
        let baseName = baseline ?? (variantNames.contains(ScenarioSet.baseName) ? ScenarioSet.baseName : variantNames[0])
        guard variantNames.contains(baseName) else {
            let hint = NameSuggestion.closest(to: baseName, in: variantNames).map { "did you mean '\($0)'?" }
            throw CLIFailure(status: .badInput, description: "--baseline: '\(baseName)' is not a strategy of \(file) ("
                             + (hint ?? "expected one of: \(variantNames.joined(separator: ", "))") + ")")
        }
        guard variantNames.count >= 2 else {
            throw CLIFailure(status: .badInput, description: "compare: \(file) needs at least two strategies to compare "
                             + "(it has \(prepared.scenarios.all.count == 1 ? "none besides base" : "only '\(baseName)' selected"); add strategies: or use run)")
        }
        let output = try ExperimentOutput(options: o)
        let base = prepared.base
        let (result, started, wall) = ExperimentSetup.run(prepared, options: o, label: "compare \(base.name)")
        let report = ComparisonReport(result, baseline: baseName, headline: HeadlineFigures.comparison(base.model))
        switch o.format {
        case .table: print(CompareTable.render(result, report: report, scenario: base, allMetrics: o.allMetrics), terminator: "")
        case .json: print(ExperimentJSON.document(result, scenario: base, kind: "compare", comparison: report))
        case .jsonl: print(ExperimentJSON.lines(result, scenario: base, kind: "compare"))
        case .csv: print(CompareCSV.render(report), terminator: "")
        }
        let record = try output.store(result, prepared: prepared, kind: "compare", started: started, wall: wall, comparison: report)
        try output.charts(record, kinds: [.strategyBars, .pairedDifferences, .channelMix, .waitSurvival], models: [:])
        try output.precisionReached(result)
    }
}
