/// One command's experiment as handed to `ResultDatabase.write(_:)`: its variants × replications.
///
/// A command (run, compare, later sweep…) runs a scenario's variants on common random
/// numbers and stores them together, with what it concluded about them: the target
/// verdicts and the comparisons with the baseline. Like `RunRecord` it is plain data the
/// caller computes; the store reads no files or clocks.
public struct ExperimentRecord: Sendable {
    /// What produced it: "run", "compare", …
    public var kind: String
    /// Scenario name as given in the scenario file.
    public var scenarioName: String
    /// Path of the scenario file as the user passed it (informational).
    public var scenarioPath: String
    /// SHA-256 of the scenario's input bytes, lowercase hex.
    public var scenarioHash: String
    /// Master seed shared by every variant.
    public var seed: UInt64
    /// Replications of each variant.
    public var replications: Int
    /// Worker threads used.
    public var threads: Int
    /// channelsim version that produced it.
    public var version: String
    /// Start of the whole command, ISO-8601 UTC.
    public var startedAt: String
    /// Wall-clock time of the whole command, seconds (NaN is stored as NULL).
    public var wallSeconds: Double
    /// The command line as the user typed it, e.g. `channelsim compare x.yaml --baseline base`.
    public var command: String
    /// Confidence level of the intervals, in (0, 1).
    public var confidence: Double
    /// Name of the variant the others are compared with, if any.
    public var baseline: String?
    /// A JSON object of the command's settings (precision, warm-up, targets given…).
    public var settings: String
    /// The variants, in the order they are stored and read back; names must be unique.
    public var variants: [RunRecord]
    /// Verdicts on the targets, each naming its variant.
    public var targetVerdicts: [TargetVerdictRow]
    /// Differences of variants from the baseline, each naming both runs.
    public var comparisons: [ComparisonRow]

    public init(
        kind: String,
        scenarioName: String,
        scenarioPath: String,
        scenarioHash: String,
        seed: UInt64,
        replications: Int,
        threads: Int,
        version: String,
        startedAt: String,
        wallSeconds: Double,
        command: String,
        confidence: Double,
        baseline: String? = nil,
        settings: String = "{}",
        variants: [RunRecord],
        targetVerdicts: [TargetVerdictRow] = [],
        comparisons: [ComparisonRow] = []
    ) {
        self.kind = kind
        self.scenarioName = scenarioName
        self.scenarioPath = scenarioPath
        self.scenarioHash = scenarioHash
        self.seed = seed
        self.replications = replications
        self.threads = threads
        self.version = version
        self.startedAt = startedAt
        self.wallSeconds = wallSeconds
        self.command = command
        self.confidence = confidence
        self.baseline = baseline
        self.settings = settings
        self.variants = variants
        self.targetVerdicts = targetVerdicts
        self.comparisons = comparisons
    }

    /// A single run as an experiment of its own, as `write(_ run:)` stores it and as the
    /// v1 → v2 upgrade turns each old run into one: kind and command are the subcommand,
    /// the provenance is the run's, the confidence that of its summaries (0.95 without any).
    public init(single run: RunRecord) {
        self.init(kind: run.command, scenarioName: run.scenarioName, scenarioPath: run.scenarioPath,
                  scenarioHash: run.scenarioHash, seed: run.seed, replications: run.replications,
                  threads: run.threads, version: run.version, startedAt: run.startedAt,
                  wallSeconds: run.wallSeconds, command: run.command,
                  confidence: run.summaries.first?.confidence ?? 0.95, variants: [run])
    }
}
