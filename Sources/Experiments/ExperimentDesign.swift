import ChannelModel

/// One model an experiment runs: a scenario's base or strategy now; a sweep point, a
/// staffing candidate or a stress multiplier later.
public struct Variant: Sendable {
    public var name: String
    /// What makes it this variant, as (field path, value) text pairs (a strategy's
    /// overrides); empty for the base.
    public var parameters: [(String, String)]
    public var model: ModelSpec

    public init(name: String, parameters: [(String, String)] = [], model: ModelSpec) {
        self.name = name
        self.parameters = parameters
        self.model = model
    }
}

/// A half-width a figure's interval must reach before replications stop
/// (`--precision 'chat.p_abandon=0.002'`).
public struct PrecisionGoal: Sendable, Equatable {
    public var key: MetricKey
    public var halfWidth: Double

    public init(key: MetricKey, halfWidth: Double) {
        self.key = key
        self.halfWidth = halfWidth
    }
}

/// How long the start of each replication is left out of the statistics.
public enum WarmupRule: Sendable, Equatable {
    /// The models' own `warmup` (0 unless the scenario sets one).
    case fixed
    /// Chosen by MSER on a pilot run (docs/model.md, "Warm-up").
    case auto
}

/// What to run: variants × replications on common random numbers, with the targets and
/// the precision to judge them by.
public struct ExperimentDesign: Sendable {
    public var variants: [Variant]
    public var seed: UInt64
    /// Replications to run; with precision goals, the first batch.
    public var replications: Int
    public var confidence: Double
    public var targets: [Target]
    public var precision: [PrecisionGoal] = []
    /// The most replications precision goals may ask for.
    public var maxReplications = 1000
    public var warmup: WarmupRule = .fixed
    /// Only this shard's variants are run (`--shard i/n`); the warm-up is still chosen on
    /// the whole design, so every shard uses the one the unsharded run would.
    public var shard: Shard?
    /// The per-interval figures each replication keeps once summarised (a shard holding a
    /// block of a point's replications keeps them all, whatever this says).
    public var keptIntervals: KeptIntervals = .all

    public init(variants: [Variant], seed: UInt64, replications: Int, confidence: Double, targets: [Target] = []) {
        self.variants = variants
        self.seed = seed
        self.replications = replications
        self.confidence = confidence
        self.targets = targets
    }
}

/// How far a precision goal got.
public struct PrecisionOutcome: Sendable {
    public var goal: PrecisionGoal
    /// The widest half-width over the variants when the experiment stopped (nil while a
    /// variant has no interval).
    public var achieved: Double?
    public var reached: Bool
}

/// Everything one variant produced.
public struct VariantResult: Sendable {
    public var variant: Variant
    public var summary: ExperimentSummary
    public var figures: FigureTable
    public var verdicts: [TargetVerdict]
    /// Thread-seconds spent simulating this variant's replications.
    public var simulationSeconds: Double
}

/// An experiment's results: every variant's, and how the replication count and warm-up
/// were settled.
public struct ExperimentResult: Sendable {
    public var design: ExperimentDesign
    public var variants: [VariantResult]
    public var replications: Int
    public var precision: [PrecisionOutcome]
    /// The warm-up every variant used, seconds.
    public var warmup: Double
    /// The replications run, when a shard ran only a block of its point's (more shards
    /// than points); nil when every replication 0..<replications was run.
    public var replicationSlice: Range<Int>? = nil
    /// The traced replication's events, when `Experiment.run` was asked for a trace and ran
    /// that replication.
    public var trace: TraceCapture? = nil

    /// The variant called `name`.
    public func variant(_ name: String) -> VariantResult? { variants.first { $0.variant.name == name } }
}

/// Which replication of an experiment's first variant to trace, and how (`run --trace`).
public struct TraceRequest: Sendable {
    public var replication: Int
    public var settings: TraceSettings

    public init(replication: Int, settings: TraceSettings) {
        self.replication = replication
        self.settings = settings
    }
}
