/// A run — one variant of an experiment — as listed from the database, without its result rows.
public struct StoredRun: Sendable, Equatable {
    /// Primary key of `runs`; never reused, increasing in commit order.
    public var id: Int64
    public var scenarioName: String
    public var scenarioPath: String
    public var scenarioHash: String
    public var strategy: String
    public var seed: UInt64
    public var replications: Int
    public var threads: Int
    public var version: String
    /// Start of this variant's simulation (the experiment holds the command's start).
    public var startedAt: String
    /// Wall-clock seconds of this variant's simulation; nil if the caller passed NaN.
    public var wallSeconds: Double?
    public var command: String
    /// The experiment the run is a variant of; nil only for a row inserted by hand without one.
    public var experimentID: Int64?
    /// The variant's parameters, a JSON object as written.
    public var parameters: String

    public init(id: Int64, scenarioName: String, scenarioPath: String, scenarioHash: String,
                strategy: String, seed: UInt64, replications: Int, threads: Int,
                version: String, startedAt: String, wallSeconds: Double?, command: String,
                experimentID: Int64? = nil, parameters: String = "{}") {
        self.id = id
        self.scenarioName = scenarioName
        self.scenarioPath = scenarioPath
        self.scenarioHash = scenarioHash
        self.strategy = strategy
        self.seed = seed
        self.replications = replications
        self.threads = threads
        self.version = version
        self.startedAt = startedAt
        self.wallSeconds = wallSeconds
        self.command = command
        self.experimentID = experimentID
        self.parameters = parameters
    }
}
