/// An experiment as listed from the database: its id and provenance, without its variants' rows.
public struct StoredExperiment: Sendable, Equatable {
    /// Primary key of `experiments`; never reused, increasing in commit order.
    public var id: Int64
    public var kind: String
    public var scenarioName: String
    public var scenarioPath: String
    public var scenarioHash: String
    public var seed: UInt64
    public var replications: Int
    public var threads: Int
    public var version: String
    /// Start of the whole command, ISO-8601 UTC.
    public var startedAt: String
    /// Wall-clock seconds of the whole command; nil if unknown (NaN was written).
    public var wallSeconds: Double?
    /// The command line as typed (only the subcommand for experiments upgraded from v1).
    public var command: String
    public var confidence: Double
    public var baseline: String?
    /// The settings JSON object, as written.
    public var settings: String

    public init(id: Int64, kind: String, scenarioName: String, scenarioPath: String,
                scenarioHash: String, seed: UInt64, replications: Int, threads: Int,
                version: String, startedAt: String, wallSeconds: Double?, command: String,
                confidence: Double, baseline: String?, settings: String) {
        self.id = id
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
    }
}

/// The ids an experiment was stored under: its own and its runs', in variant order.
public struct StoredExperimentIDs: Sendable, Equatable {
    public var experimentID: Int64
    public var runIDs: [Int64]

    public init(experimentID: Int64, runIDs: [Int64]) {
        self.experimentID = experimentID
        self.runIDs = runIDs
    }
}
