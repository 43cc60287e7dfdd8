import ArgumentParser
import ChannelModel
import Experiments
import Foundation
import Scenario

/// `channelsim check [PATHS…]`: runs each scenario with its own seed and replications and
/// compares every figure with the baseline committed under `Results/baselines/`, for CI
/// (docs/ci.md). Exit 0 when all pass, 1 on a regression, a missed target, or a stale or
/// missing baseline, 2 on bad input.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check scenario outputs against their baselines: regressions, targets, JUnit and markdown reports.")

    @Argument(help: "Scenario files or folders of them (default: Scenarios/ci).")
    var paths: [String] = []

    @Flag(help: "Write new baselines for these scenarios instead of checking them.")
    var accept = false

    @Option(parsing: .unconditional, help: "Folder of the baselines.")
    var baselines: String = "Results/baselines"

    @Option(parsing: .unconditional, help: "Also write a JUnit XML report here.")
    var junit: String?

    @Option(parsing: .unconditional, help: "Also write a markdown summary here (for a pull-request comment).")
    var markdown: String?

    @Option(parsing: .unconditional, help: "Seed for every scenario (default: each scenario's); figures are then compared unpaired.")
    var seed: UInt64?

    @Option(parsing: .unconditional, help: "Threads (default and maximum: all cores). Results do not depend on it.")
    var threads: Int?

    @Flag(help: "No progress display.")
    var quiet = false

    func validate() throws {
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1, got \(t)") }
    }

    func run() throws {
        let items = try CheckPlan.items(paths: paths.isEmpty ? ["Scenarios/ci"] : paths, baselines: baselines, accept: accept)
        let threadCount = ThreadCount.resolve(threads)
        if !quiet { ThreadCount.warnIfCapped(threads) }
        var outcomes: [CheckOutcome] = []
        let started = Date()
        for item in items {
            let progress = Progress(label: "check \(item.label)", enabled: !quiet)
            let t0 = Date()
            let result = Experiment.run(design(item), threads: threadCount, progress: progress.update)
            progress.finish()
            outcomes.append(try CheckOutcome(item: item, result: result, accept: accept, seconds: Date().timeIntervalSince(t0)))
        }
        if accept {
            for o in outcomes { try writeBaseline(o) }
        }
        let report = CheckReport(outcomes: outcomes, seconds: Date().timeIntervalSince(started))
        print(report.table(), terminator: "")
        try write(junit, report.junit(), what: "--junit")
        try write(markdown, report.markdown(), what: "--markdown")
        if !accept, let failed = report.failedCount, failed > 0 {
            throw CLIFailure(status: .failed, description: "check: \(failed) of \(outcomes.count) scenario\(outcomes.count == 1 ? "" : "s") failed")
        }
    }

    /// Every variant of the scenario, with its seed, replications, warm-up and targets.
    func design(_ item: CheckItem) -> ExperimentDesign {
        let base = item.set.base
        var d = ExperimentDesign(variants: item.set.all.map { Variant(name: $0.name, parameters: $0.parameters, model: $0.scenario.model) },
                                 seed: seed ?? base.seed, replications: base.replications, confidence: base.confidence,
                                 targets: base.targets)
        d.warmup = base.warmupIsAuto ? .auto : .fixed
        return d
    }

    func writeBaseline(_ o: CheckOutcome) throws {
        let b = Baseline(o.result, scenario: o.item.set.base.name, meaningHash: o.item.set.base.meaningHash,
                         version: ChannelsimVersion.current)
        let text = BaselineText.write(b, acceptCommand: "channelsim check --accept \(o.item.path)")
        do {
            try FileManager.default.createDirectory(atPath: (o.item.baselinePath as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: o.item.baselinePath, atomically: true, encoding: .utf8)
        } catch {
            throw CLIFailure(status: .runtime, description: "\(o.item.baselinePath): cannot write the baseline: \(error.localizedDescription)")
        }
        if !quiet { printError("accepted \(o.item.baselinePath)") }
    }

    func write(_ path: String?, _ text: String, what: String) throws {
        guard let path else { return }
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw CLIFailure(status: .runtime, description: "\(what) \(path): \(error.localizedDescription)")
        }
    }
}
