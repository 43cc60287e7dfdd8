import ArgumentParser
import ChannelModel
import Charts
import Foundation
import ResultStore
import Scenario

/// `channelsim plot ID [--kind K …]`: redraws a stored experiment's charts from the result
/// database, byte-identical to those its command drew.
struct PlotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plot",
        abstract: "Redraw a stored experiment's charts from the result database.")

    @Argument(help: "Experiment id (channelsim results list shows them).")
    var id: String

    @Option(parsing: .unconditionalSingleValue,
            help: ArgumentHelp("A chart to draw (repeatable, or comma-separated): "
                               + ChartKind.allCases.map(\.rawValue).joined(separator: ", ")
                               + ". Default: every chart the experiment's kind draws.", valueName: "kind"))
    var kind: [String] = []

    @Option(parsing: .unconditional, help: "Directory for charts.")
    var plots: String = "plots"

    @Option(parsing: .unconditional, help: "Result database.")
    var db: String = "Results/results.sqlite"

    @Flag(help: "Print a text preview of every chart drawn.")
    var preview = false

    @Flag(help: "No \"chart\" messages.")
    var quiet = false

    func run() throws {
        guard let number = Int64(id), number > 0 else {
            throw CLIFailure(status: .badInput, description: "plot: '\(id)' is not an experiment id (expected a number; "
                             + "channelsim results list --db \(db) shows the stored ones)")
        }
        let kinds = try requestedKinds()
        var store = ResultsDatabaseOption()
        store.db = db
        let source = try store.with { database in try ChartSource(database: database, id: number) }
        guard let source else {
            throw CLIFailure(status: .badInput, description: "plot: no experiment \(number) in \(db) "
                             + "(channelsim results list --db \(db) shows the stored ones)")
        }
        let explicit = !kinds.isEmpty
        var chosen = explicit ? kinds : ChartKind.drawn(by: source.kind)
        if explicit {
            for k in chosen { if let why = k.unavailable(source) { throw CLIFailure(status: .badInput, description: "plot: experiment \(number): \(why)") } }
        } else {
            chosen = chosen.filter { $0.unavailable(source) == nil }
        }
        var models: [String: ModelSpec] = [:]
        if source.kind == "stress" && chosen.contains(.intraday) {
            // A surge's or outage's variant is the plan changed by the events, which only stress rebuilds.
            let why = "the intraday charts of a stress test are drawn from the plan changed by its events, which only stress rebuilds; run it again"
            if explicit { throw CLIFailure(status: .badInput, description: "plot: experiment \(number): \(why)") }
            chosen.removeAll { $0 == .intraday }
        }
        // The intraday and surge charts need the horizon (and the intraday ones the teams),
        // which only the scenario file holds.
        let needsModel = chosen.filter { $0 == .intraday || $0 == .surge }
        if !needsModel.isEmpty {
            switch Self.models(source) {
            case .success(let found): models = found
            case .failure(let why):
                if explicit { throw CLIFailure(status: .badInput, description: "plot: experiment \(number): \(why.description)") }
                if !quiet { printError("plot: skipping the \(needsModel.map(\.rawValue).joined(separator: " and ")) charts: \(why.description)") }
                chosen.removeAll { needsModel.contains($0) }
            }
        }
        guard !chosen.isEmpty else {
            throw CLIFailure(status: .badInput, description: "plot: experiment \(number) (\(source.kind)) has no chart that can be redrawn from the database")
        }
        let drawer = ChartDrawer(source: source, models: models, directory: plots)
        var drawn: [DrawnChart] = []
        do {
            for k in chosen {
                let charts = try drawer.draw(k)
                if charts.isEmpty && explicit {
                    throw CLIFailure(status: .badInput, description: "plot: experiment \(number): the \(k.rawValue) chart has nothing to show "
                                     + "(no figure it draws is defined)")
                }
                drawn += charts
            }
        } catch let error as ChartError {
            if case .gnuplotMissing = error {
                printError("channelsim: warning: gnuplot not found; wrote the chart data and scripts to \(plots) (install gnuplot-nox to draw them)")
                return
            }
            throw CLIFailure(status: .runtime, description: "chart: \(error)")
        }
        for d in drawn { for image in d.images where !quiet { printError("chart \(image)") } }
        if preview {
            do {
                try ChartPreviewText.emit(drawn, directory: plots, toStandardError: false)
            } catch {
                throw CLIFailure(status: .runtime, description: "chart preview: \(error)")
            }
        }
    }

    /// The `--kind` values, each checked (an unknown one names the known ones).
    func requestedKinds() throws -> [ChartKind] {
        var kinds: [ChartKind] = []
        for text in kind.flatMap({ $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }) {
            guard let k = ChartKind(rawValue: text) else {
                let names = ChartKind.allCases.map(\.rawValue)
                let hint = NameSuggestion.closest(to: text, in: names).map { "did you mean '\($0)'?" }
                throw CLIFailure(status: .badInput, description: "--kind: '\(text)' is not a chart ("
                                 + (hint.map { "\($0) " } ?? "") + "expected one of: \(names.joined(separator: ", ")))")
            }
            if !kinds.contains(k) { kinds.append(k) }
        }
        return kinds
    }

    /// Why the intraday charts cannot be redrawn.
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    /// The variants' models for the intraday charts, which need the horizon and the teams:
    /// read again from the scenario file the experiment was run from, which must be unchanged.
    static func models(_ s: ChartSource) -> Result<[String: ModelSpec], Unavailable> {
        let set: ScenarioSet
        do throws(ScenarioError) {
            set = try ScenarioLoader.loadSet(path: s.scenarioPath)
        } catch {
            return .failure(Unavailable(description: "these charts need the scenario file, and \(s.scenarioPath) cannot be read (\(error))"))
        }
        guard set.base.hash == s.scenarioHash else {
            return .failure(Unavailable(description: "these charts need the scenario file as it was run, and \(s.scenarioPath) has changed since"))
        }
        var models: [String: ModelSpec] = [:]
        for v in s.variants { if let scenario = set.scenario(named: v.name) { models[v.name] = scenario.model } }
        if s.kind == "stress" && s.variants.count == 2 && s.settings["events"] != nil {
            // A surge or outage: the events changed the plan's arrivals or teams, which only
            // the stress command rebuilds; the surge chart needs only the horizon.
            if s.variants.contains(where: { models[$0.name] != nil }) == false { models = ["plan": set.base.model] }
            if let plan = models["plan"] { models = ["plan": plan] }
            return .success(models)
        }
        guard !models.isEmpty else {
            return .failure(Unavailable(description: "no variant of this experiment is the scenario's base or one of its strategies"))
        }
        return .success(models)
    }
}
