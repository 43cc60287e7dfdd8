import ArgumentParser
import ChannelModel
import Experiments
import Foundation
import Scenario

/// `channelsim staff FILE`: the head-count per interval and team that meets the targets:
/// the formulas' plan, corrected by simulating the day with queues carried across
/// intervals; optionally as whole shifts, and written back as a scenario.
struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Staffing plan per interval: the formulas' head-counts corrected by simulation until every interval meets the targets.")

    @Argument(help: "Scenario file (YAML) with targets on its channels (or give --target).")
    var file: String

    @Option(parsing: .unconditional, help: "The strategy whose model is staffed (default: base).")
    var strategy: String = ScenarioSet.baseName

    @Flag(help: "Also turn the plan into whole shifts, from the shifts the scenario lists for each team.")
    var shifts = false

    @Option(name: .customLong("write-scenario"), parsing: .unconditional,
            help: "Write the plan back as a scenario file that run accepts.")
    var writeScenario: String?

    @Option(name: .customLong("max-rounds"), parsing: .unconditional, help: "Simulation rounds of the correction at most.")
    var maxRounds = 30

    @OptionGroup var options: ExperimentOptions

    func validate() throws {
        guard maxRounds >= 1, maxRounds <= 1000 else { throw ValidationError("--max-rounds must be 1…1000, got \(maxRounds)") }
        guard options.precision.isEmpty else { throw ValidationError("--precision does not apply to staff (use --replications)") }
    }

    func run() throws {
        let o = options
        let prepared = try ExperimentSetup.prepare(file: file, options: o, names: [strategy])
        let variant = prepared.design.variants[0]
        let model = variant.model
        let staffed: StaffedTargets
        do { staffed = try StaffedTargets(targets: prepared.design.targets, model: model) } catch {
            throw CLIFailure(status: .badInput, description: "staff: \(file): \(error)")
        }
        if writeScenario != nil && strategy != ScenarioSet.baseName {
            throw CLIFailure(status: .badInput, description: "--write-scenario: writes the base scenario's plan; staff the base, or make the strategy its own file")
        }
        if let path = writeScenario { try Self.checkWritable(path) }
        let shiftTeams = staffed.teams.filter { model.teams[$0].shifts != nil }
        if shifts && shiftTeams.isEmpty {
            let names = staffed.teams.map { model.teams[$0].name }.joined(separator: ", ")
            throw CLIFailure(status: .badInput, description: "--shifts: no staffed team (\(names)) lists shifts in \(file) "
                             + "(give the team shifts: [{ start, end, agents }] with the shift patterns to plan with)")
        }
        let output = try ExperimentOutput(options: o)
        var search = StaffingSearch(model: model, targets: staffed, seed: prepared.design.seed,
                                    replications: prepared.design.replications, confidence: prepared.design.confidence)
        search.warmup = prepared.design.warmup
        search.maxRounds = maxRounds
        if !o.quiet { ThreadCount.warnIfCapped(o.threads) }
        let started = Date()
        let progress = Progress(label: "staff \(prepared.base.name)", enabled: !o.quiet, unit: "simulation round")
        let plan = search.run(threads: o.threadCount, progress: progress.update)
        progress.finish()
        let shiftPlans = shifts ? try Self.shiftPlans(plan, teams: shiftTeams, model: model) : [:]

        // The formulas' plan, the corrected plan and the shifts, side by side on common
        // random numbers: what is printed, stored and drawn.
        var design = prepared.design
        design.variants = [Variant(name: "formulas", parameters: Self.parameters(plan.analytic, plan: plan, model: model),
                                   model: plan.apply(to: model, formulas: true)),
                           Variant(name: "plan", parameters: Self.parameters(plan.simulated, plan: plan, model: model),
                                   model: plan.apply(to: model))]
        if !shiftPlans.isEmpty {
            var m = plan.apply(to: model), counts = plan.simulated
            for (k, s) in shiftPlans { m.teams[plan.teams[k]].headcount = s.headcount; counts[k] = s.headcount }
            design.variants.append(Variant(name: "shifts", parameters: Self.parameters(counts, plan: plan, model: model), model: m))
        }
        let final = PreparedExperiment(scenarios: prepared.scenarios, design: design, commandLine: prepared.commandLine)
        let (result, _, _) = ExperimentSetup.run(final, options: o, label: "staff \(prepared.base.name): the plan")
        let report = StaffReport(plan: plan, targets: staffed, result: result, shifts: shiftPlans, scenario: prepared.base,
                                 strategy: strategy)
        switch o.format {
        case .table: print(report.table(allMetrics: o.allMetrics), terminator: "")
        case .json, .jsonl: print(report.json().text)
        case .csv: print(report.csv(), terminator: "")
        }
        let record = try output.store(result, prepared: final, kind: "staff", started: started, wall: Date().timeIntervalSince(started),
                                      extraSettings: [("staffing", report.summaryJSON()), ("staffing_chart", StaffChartBuilder.settings(report))])
        // Drawn from the rows just stored, as `plot` redraws it.
        try output.charts(record, kinds: [.staffing], models: [:])
        if let path = writeScenario { try write(report, to: path, chatty: o.chatty) }
        if !plan.feasible { throw CLIFailure(status: .failed, description: "staff: " + report.infeasibleLine()) }
    }

    /// (path, head-counts) pairs recording a plan, one per staffed team.
    static func parameters(_ counts: [[Int]], plan: StaffingPlan, model: ModelSpec) -> [(String, String)] {
        plan.teams.enumerated().map { k, t in
            ("teams.\(model.teams[t].name).headcount", "[" + counts[k].map(String.init).joined(separator: ", ") + "]")
        }
    }

    /// Whole shifts for each team position that lists shifts; a need no shift covers is bad input.
    static func shiftPlans(_ plan: StaffingPlan, teams: [Int], model: ModelSpec) throws -> [Int: ShiftPlanner.Plan] {
        var out: [Int: ShiftPlanner.Plan] = [:]
        for t in teams {
            let k = plan.teams.firstIndex(of: t)!
            do throws(ShiftPlanner.Uncovered) {
                out[k] = try ShiftPlanner.plan(need: plan.simulated[k], patterns: model.teams[t].shifts!, horizon: model.horizon)
            } catch {
                let labels = error.intervals.prefix(5).map { model.horizon.label(ofInterval: $0) }.joined(separator: ", ")
                throw CLIFailure(status: .badInput, description: "--shifts: team \(model.teams[t].name) needs agents at \(labels)"
                                 + (error.intervals.count > 5 ? " and \(error.intervals.count - 5) more intervals" : "")
                                 + " but none of its shifts covers them (add a shift that does)")
            }
        }
        return out
    }

    /// Fails before anything runs when the scenario cannot be written where asked.
    static func checkWritable(_ path: String) throws {
        let dir = (path as NSString).deletingLastPathComponent
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir.isEmpty ? "." : dir, isDirectory: &isDir), isDir.boolValue,
              FileManager.default.isWritableFile(atPath: dir.isEmpty ? "." : dir) else {
            throw CLIFailure(status: .badInput, description: "--write-scenario: folder '\(dir)' does not exist or cannot be written")
        }
    }

    /// Writes the plan as a scenario (atomically), then reads it back as `run` would.
    func write(_ report: StaffReport, to path: String, chatty: Bool) throws {
        let text = try report.scenarioText(source: file, destination: path)
        do { try text.write(toFile: path, atomically: true, encoding: .utf8) } catch {
            throw CLIFailure(status: .runtime, description: "--write-scenario: \(path): \(error.localizedDescription)")
        }
        do { _ = try ScenarioLoader.load(path: path) } catch {
            throw CLIFailure(status: .runtime, description: "--write-scenario: the written file does not load: \(error)")
        }
        if chatty { printError("wrote \(path)") }
    }
}
