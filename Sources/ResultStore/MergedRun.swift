/// One run of a merged experiment: which source file, and its run id there.
public struct MergedRun: Sendable, Equatable {
    /// Index into the sources handed to `writeMerged`.
    public var source: Int
    public var runID: Int64
    /// Set when the run's replications are spread over several sources (a point split
    /// over shards): its parts and the summary rows rebuilt from all its replications.
    public var rebuilt: RebuiltRun?

    public init(source: Int, runID: Int64, rebuilt: RebuiltRun? = nil) {
        self.source = source
        self.runID = runID
        self.rebuilt = rebuilt
    }
}

/// A run whose replications are stored in several sources: per-replication rows are
/// copied from every part, and the rows that summarise replications are given, computed
/// by the caller over all of them (the store computes no statistics).
public struct RebuiltRun: Sendable, Equatable {
    /// Every (source, run id) holding some of its replications, the merged run's own first.
    public var parts: [Part]
    public var wallSeconds: Double
    public var summaries: [SummaryRow]
    public var intervalSeries: [IntervalSeriesRow]
    public var targetVerdicts: [TargetVerdictRow]

    /// One source's share of the run.
    public struct Part: Sendable, Equatable {
        public var source: Int
        public var runID: Int64

        public init(source: Int, runID: Int64) {
            self.source = source
            self.runID = runID
        }
    }

    public init(parts: [Part], wallSeconds: Double, summaries: [SummaryRow], intervalSeries: [IntervalSeriesRow],
                targetVerdicts: [TargetVerdictRow]) {
        self.parts = parts
        self.wallSeconds = wallSeconds
        self.summaries = summaries
        self.intervalSeries = intervalSeries
        self.targetVerdicts = targetVerdicts
    }
}

/// The columns of the merged experiment's row that are not copied from the first source.
public struct MergedHeader: Sendable {
    public var command: String
    public var threads: Int
    public var startedAt: String
    public var wallSeconds: Double?
    public var settings: String

    public init(command: String, threads: Int, startedAt: String, wallSeconds: Double?, settings: String) {
        self.command = command
        self.threads = threads
        self.startedAt = startedAt
        self.wallSeconds = wallSeconds
        self.settings = settings
    }
}
