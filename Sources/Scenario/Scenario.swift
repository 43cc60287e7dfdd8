import ChannelModel

/// A loaded, validated scenario: the model plus the experiment settings around it.
public struct Scenario: Sendable {
    public var name: String
    public var description: String
    /// Path the scenario was read from (as given).
    public var path: String
    /// SHA-256 of the file's bytes, hex: identifies exactly which input produced a result.
    public var hash: String
    /// Other files the scenario read (profile CSVs), as resolved paths; their bytes are part
    /// of `hash` when loaded from a file.
    public var inputFiles: [String] = []
    public var seed: UInt64
    public var replications: Int
    /// Confidence level of the reported intervals (e.g. 0.95).
    public var confidence: Double
    public var model: ModelSpec
    /// Service-level targets per channel name (share answered within the channel's
    /// threshold, of offered), used for chart target lines.
    public var slTargets: [String: Double]
    /// The targets the results are judged against: the `targets:` list, then each
    /// channel's `sl_target` as `CHANNEL.sl(T) >= BOUND`.
    public var targets: [Target] = []
    /// Whether the warm-up is chosen from a pilot run (`warmup: auto`, the default for
    /// steady-state scenarios; docs/model.md, "Warm-up") rather than `model.warmup`.
    public var warmupIsAuto = false
    /// `check`'s settings (`check: { tolerances: …, missed_targets: … }`).
    public var check = CheckSettings()
    /// SHA-256 of what the scenario means (docs/ci.md, "Baselines"): unchanged by comments,
    /// key order and the experiment settings, changed by anything that is simulated.
    public var meaningHash = ""

    public init(name: String, description: String = "", path: String = "", hash: String = "", seed: UInt64,
                replications: Int, confidence: Double = 0.95, model: ModelSpec, slTargets: [String: Double] = [:]) {
        self.name = name
        self.description = description
        self.path = path
        self.hash = hash
        self.seed = seed
        self.replications = replications
        self.confidence = confidence
        self.model = model
        self.slTargets = slTargets
    }
}
