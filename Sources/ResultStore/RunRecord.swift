/// One simulation run as handed to `ResultDatabase.write(_:)`: its provenance plus every result row.
///
/// The record is plain data; the caller computes everything (including the scenario hash and the
/// start timestamp) so the store never reads files or clocks and a stored run is exactly what
/// the command produced.
public struct RunRecord: Sendable {
    /// Scenario name as given in the scenario file.
    public var scenarioName: String
    /// Path of the scenario file as the user passed it (informational; it may move later).
    public var scenarioPath: String
    /// SHA-256 of the scenario file's bytes, lowercase hex: identifies the exact input.
    public var scenarioHash: String
    /// Staffing/routing strategy that produced the run ("base" for now).
    public var strategy: String
    /// Master seed of the random streams.
    public var seed: UInt64
    /// Number of independent replications.
    public var replications: Int
    /// Worker threads used to run the replications.
    public var threads: Int
    /// channelsim version that produced the run.
    public var version: String
    /// Start time, ISO-8601 UTC (e.g. "2025-11-23T15:12:00Z").
    public var startedAt: String
    /// Elapsed wall-clock time of the command, seconds.
    public var wallSeconds: Double
    /// The channelsim subcommand, e.g. "run".
    public var command: String
    /// Per-replication metrics (long format).
    public var replicationMetrics: [ReplicationMetricRow]
    /// Per-interval means and confidence half-widths across replications (long format).
    public var intervalSeries: [IntervalSeriesRow]
    /// Whole-horizon summaries across replications (long format).
    public var summaries: [SummaryRow]

    public init(
        scenarioName: String,
        scenarioPath: String,
        scenarioHash: String,
        strategy: String,
        seed: UInt64,
        replications: Int,
        threads: Int,
        version: String,
        startedAt: String,
        wallSeconds: Double,
        command: String,
        replicationMetrics: [ReplicationMetricRow],
        intervalSeries: [IntervalSeriesRow],
        summaries: [SummaryRow]
    ) {
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
        self.replicationMetrics = replicationMetrics
        self.intervalSeries = intervalSeries
        self.summaries = summaries
    }
}
