import ChannelModel
import Experiments
import Foundation
import Scenario

/// An experiment ready to run: the scenario it came from and the design the options made of it.
struct PreparedExperiment {
    var scenarios: ScenarioSet
    var design: ExperimentDesign
    /// The command line as typed, for the record.
    var commandLine: String

    var base: Scenario { scenarios.base }
}

/// Turns a scenario file and the shared options into an experiment design, and runs it
/// with a progress line: the one place every experiment command starts from.
enum ExperimentSetup {
    /// Loads `file`, keeps the strategies called `names` (all when nil; `base` names the
    /// scenario without overrides), and applies the options.
    static func prepare(file: String, options o: ExperimentOptions, names: [String]? = nil) throws -> PreparedExperiment {
        let set = try ScenarioLoader.loadSet(path: file)
        var chosen = set.all
        if let names {
            let known = set.all.map(\.name)
            chosen = []
            for n in names {
                guard let s = set.all.first(where: { $0.name == n }) else {
                    let hint = NameSuggestion.closest(to: n, in: known).map { "did you mean '\($0)'?" }
                    throw CLIFailure(status: .badInput, description: "--strategies: '\(n)' is not a strategy of \(file) ("
                                     + (hint ?? "expected one of: \(known.joined(separator: ", "))") + ")")
                }
                if !chosen.contains(where: { $0.name == n }) { chosen.append(s) }
            }
        }
        let variants = chosen.map { Variant(name: $0.name, parameters: $0.parameters, model: $0.scenario.model) }
        let design = try Self.design(variants: variants, base: set.base, options: o)
        let line = (["channelsim"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
        return PreparedExperiment(scenarios: set, design: design, commandLine: line)
    }

    /// The design of `variants` judged by `base`'s targets (and --target), with the options'
    /// seed, replications, confidence, precision goals and warm-up: every experiment
    /// command's variants become an experiment here.
    static func design(variants: [Variant], base: Scenario, options o: ExperimentOptions) throws -> ExperimentDesign {
        var variants = variants
        var design = ExperimentDesign(variants: variants, seed: o.seed ?? base.seed, replications: o.replications ?? base.replications,
                                      confidence: o.confidence ?? base.confidence, targets: base.targets)
        for text in o.targets {
            let t = try flag("--target", text) { () throws(TargetError) in try Target.parse(text) }
            try flag("--target", text) { () throws(TargetError) in try t.check(against: base.model) }
            if !design.targets.contains(where: { $0.text == t.text }) { design.targets.append(t) }
        }
        design.precision = try o.precision.map { try precisionGoal($0, model: base.model) }
        design.maxReplications = o.maxReplications
        if !design.precision.isEmpty { design.replications = max(2, min(design.replications, o.maxReplications)) }
        design.warmup = base.warmupIsAuto ? .auto : .fixed
        if let w = o.warmup {
            if w == "auto" {
                design.warmup = .auto
            } else {
                guard let seconds = Units.parseDuration(w), seconds >= 0 else {
                    throw CLIFailure(status: .badInput, description: "--warmup: '\(w)' is not a duration (expected e.g. 2h, or auto)")
                }
                guard seconds < base.model.horizon.end else {
                    throw CLIFailure(status: .badInput, description: "--warmup: \(w) is not shorter than the horizon")
                }
                design.warmup = .fixed
                for v in variants.indices { variants[v].model.warmup = seconds }
                design.variants = variants
            }
        }
        return design
    }

    /// `--precision KEY=HALF_WIDTH`, the half-width in the figure's unit.
    static func precisionGoal(_ text: String, model: ModelSpec) throws -> PrecisionGoal {
        guard let eq = text.lastIndex(of: "=") else {
            throw CLIFailure(status: .badInput, description: "--precision '\(text)': expected FIGURE=HALF_WIDTH, e.g. chat.p_abandon=0.002")
        }
        // Read as a target so the figure and the unit of the half-width are checked the same way.
        let asTarget = "\(text[..<eq]) <= \(text[text.index(after: eq)...])"
        let t = try flag("--precision", text) { () throws(TargetError) in try Target.parse(asTarget) }
        try flag("--precision", text) { () throws(TargetError) in try t.check(against: model) }
        guard t.bound > 0 else { throw CLIFailure(status: .badInput, description: "--precision '\(text)': the half-width must be positive") }
        return PrecisionGoal(key: t.key, halfWidth: t.bound)
    }

    /// Runs `body`, turning a target error into a bad-input failure naming the flag.
    @discardableResult
    static func flag<T>(_ name: String, _ text: String, _ body: () throws(TargetError) -> T) throws -> T {
        do throws(TargetError) { return try body() } catch {
            throw CLIFailure(status: .badInput, description: "\(name) '\(text)': \(error.problem) (\(error.expected))")
        }
    }

    /// Runs the experiment with a progress line; returns it with the command's start and wall time.
    static func run(_ p: PreparedExperiment, options o: ExperimentOptions, label: String, trace: TraceRequest? = nil)
        -> (result: ExperimentResult, started: Date, wall: Double) {
        if !o.quiet { ThreadCount.warnIfCapped(o.threads) }
        let progress = Progress(label: label, enabled: !o.quiet)
        let started = Date()
        let result = Experiment.run(p.design, threads: o.threadCount, progress: progress.update, trace: trace)
        progress.finish()
        return (result, started, Date().timeIntervalSince(started))
    }
}
