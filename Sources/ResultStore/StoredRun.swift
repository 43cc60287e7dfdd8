/// A run as listed from the database: its id and provenance, without the result rows.
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
    public var startedAt: String
    /// Wall-clock seconds; nil if the caller passed NaN.
    public var wallSeconds: Double?
    public var command: String

    public init(id: Int64, scenarioName: String, scenarioPath: String, scenarioHash: String,
                strategy: String, seed: UInt64, replications: Int, threads: Int,
                version: String, startedAt: String, wallSeconds: Double?, command: String) {
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
    }
}
