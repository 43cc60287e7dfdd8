/// One simulation run — one variant of an experiment — with its provenance and every result row.
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
    /// Name of the variant: "base" or a strategy's name. Unique within an experiment, since
    /// target verdicts and comparisons name the run by it.
    public var strategy: String
    /// Master seed of the random streams.
    public var seed: UInt64
    /// Number of independent replications.
    public var replications: Int
    /// Worker threads used to run the replications.
    public var threads: Int
    /// channelsim version that produced the run.
    public var version: String
    /// Start of this variant's simulation, ISO-8601 UTC (e.g. "2025-11-23T15:12:00Z"); the
    /// whole command's start is the experiment's.
    public var startedAt: String
    /// Wall-clock time of this variant's simulation, seconds.
    public var wallSeconds: Double
    /// The channelsim subcommand, e.g. "run".
    public var command: String
    /// The variant's parameters as a JSON object, e.g. a strategy's overrides ("{}" for none).
    public var parameters: String
    /// Per-replication metrics (long format). They read back grouped by channel × metric,
    /// replications ascending (see `replicationMetrics(runID:)`): write them in that order
    /// for an exact round trip.
    public var replicationMetrics: [ReplicationMetricRow]
    /// Per-interval means and confidence half-widths across replications (long format).
    public var intervalSeries: [IntervalSeriesRow]
    /// Whole-horizon summaries across replications (long format).
    public var summaries: [SummaryRow]
    /// Per-replication interval values, kept only by a shard that holds part of a point's
    /// replications (`ReplicationIntervalRow`); empty otherwise.
    public var replicationIntervals: [ReplicationIntervalRow] = []

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
        summaries: [SummaryRow],
        parameters: String = "{}"
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
        self.parameters = parameters
    }
}
