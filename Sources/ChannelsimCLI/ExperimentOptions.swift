import ArgumentParser
import Foundation

/// The options every command that runs an experiment shares (run, compare, and the later
/// sweep, staff, stress and check): how many replications, on which seed and threads, at
/// what confidence, judged by which targets, printed how, stored where.
struct ExperimentOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Replications (overrides the scenario's); with --precision, the first batch.")
    var replications: Int?

    @Option(parsing: .unconditional, help: "Seed (overrides the scenario's).")
    var seed: UInt64?

    @Option(parsing: .unconditional, help: "Threads (default and maximum: all cores). Results do not depend on it.")
    var threads: Int?

    @Option(parsing: .unconditional, help: "Confidence level of the intervals, e.g. 0.9 (overrides the scenario's).")
    var confidence: Double?

    @Option(name: .customLong("target"), parsing: .unconditionalSingleValue,
            help: "A target, e.g. 'chat.sl(60s) >= 0.8' or 'phone.asa <= 30s' (repeatable; added to the scenario's).")
    var targets: [String] = []

    @Option(name: .customLong("precision"), parsing: .unconditionalSingleValue,
            help: "Replicate until this half-width is reached, e.g. 'chat.p_abandon=0.002' (repeatable).")
    var precision: [String] = []

    @Option(name: .customLong("max-replications"), parsing: .unconditional, help: "Cap for --precision.")
    var maxReplications: Int = 1000

    @Option(parsing: .unconditional, help: "Warm-up left out of every statistic: a duration, or auto (overrides the scenario's).")
    var warmup: String?

    @Option(parsing: .unconditional, help: "Output format: table, json (one document), jsonl (one line per variant) or csv.")
    var format: OutputFormat = .table

    @Flag(help: "Print every metric, not only the headline ones that apply.")
    var allMetrics = false

    @Option(parsing: .unconditional, help: "Result database.")
    var db: String = "Results/results.sqlite"

    @Flag(help: "Do not store results.")
    var noStore = false

    @Option(parsing: .unconditional, help: "Directory for charts.")
    var plots: String = "plots"

    @Flag(help: "Do not draw charts.")
    var noCharts = false

    @Flag(help: "Print a text preview of every chart drawn (on standard error with --format json, jsonl or csv).")
    var preview = false

    @Flag(help: "No progress display.")
    var quiet = false

    func validate() throws {
        if let r = replications, r < 1 { throw ValidationError("--replications must be at least 1, got \(r)") }
        if let r = replications, r > 1_000_000 { throw ValidationError("--replications must be at most 1000000, got \(r)") }
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1, got \(t)") }
        if let c = confidence, !(c > 0 && c < 1) { throw ValidationError("--confidence must be between 0 and 1, e.g. 0.95, got \(c)") }
        if maxReplications < 2 || maxReplications > 1_000_000 {
            throw ValidationError("--max-replications must be between 2 and 1000000, got \(maxReplications)")
        }
        if let r = replications, !precision.isEmpty, r > maxReplications {
            throw ValidationError("--replications \(r) is above --max-replications \(maxReplications)")
        }
        if preview && noCharts { throw ValidationError("--preview shows the charts drawn, and --no-charts draws none (drop one of them)") }
        if let w = warmup, w != "auto" { try DurationArg(argument: w).check("--warmup", example: "2h, or auto") }
    }

    /// The thread count to use: --threads, at most the cores.
    var threadCount: Int { ThreadCount.resolve(threads) }

    /// Whether progress and notes go to the terminal.
    var chatty: Bool { format == .table && !quiet }
}
