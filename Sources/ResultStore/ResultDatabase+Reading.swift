/// Reading runs and their rows back. Summaries and interval series come back in the order
/// they were written (rowid order); per-replication values in key order (see
/// `replicationMetrics(runID:)`).
extension ResultDatabase {
    /// Every stored run, oldest first.
    public func runs() throws -> [StoredRun] {
        try connection.statement(SQL.selectRuns).query([], Self.storedRun)
    }

    /// The runs of experiment `experimentID` in variant order (empty if there is no such experiment).
    public func runs(experimentID: Int64) throws -> [StoredRun] {
        try connection.statement(SQL.selectRunsOfExperiment).query([.integer(experimentID)], Self.storedRun)
    }

    /// The most recently stored run (highest id) of a scenario and strategy, if any.
    ///
    /// "Most recent" means last committed, not latest `startedAt`: with several processes a
    /// run that started earlier may finish, and so be stored, later.
    public func latestRun(scenarioName: String, strategy: String) throws -> StoredRun? {
        try connection.statement(SQL.selectLatestRun)
            .query([.text(scenarioName), .text(strategy)], Self.storedRun).first
    }

    /// The whole-horizon summaries of run `runID` (empty if there is no such run).
    public func summaries(runID: Int64) throws -> [SummaryRow] {
        try connection.statement(SQL.selectSummaries).query([.integer(runID)]) { row in
            SummaryRow(channel: row.text(0), metric: row.text(1), mean: row.real(2),
                       halfWidth: row.real(3), low: row.real(4), high: row.real(5),
                       n: row.int(6), confidence: row.real(7) ?? .nan)
        }
    }

    /// The per-interval series of run `runID` (empty if there is no such run).
    public func intervalSeries(runID: Int64) throws -> [IntervalSeriesRow] {
        try connection.statement(SQL.selectIntervalSeries).query([.integer(runID)]) { row in
            IntervalSeriesRow(channel: row.text(0), interval: row.int(1),
                              intervalStart: row.real(2) ?? .nan, metric: row.text(3),
                              mean: row.real(4), halfWidth: row.real(5), n: row.int(6))
        }
    }

    /// The per-replication metrics of run `runID` (empty if there is no such run).
    ///
    /// Grouped by channel × metric, in the order the file first met each pair (its
    /// `metric_keys` id), replications ascending within a pair: the table's primary-key
    /// order. A run written in that order, as the first in its file, reads back exactly.
    public func replicationMetrics(runID: Int64) throws -> [ReplicationMetricRow] {
        try connection.statement(SQL.selectReplicationMetrics).query([.integer(runID)]) { row in
            ReplicationMetricRow(replication: row.int(0), channel: row.text(1),
                                 metric: row.text(2), value: row.real(3))
        }
    }

    private static func storedRun(_ row: Row) -> StoredRun {
        StoredRun(id: row.integer(0), scenarioName: row.text(1), scenarioPath: row.text(2),
                  scenarioHash: row.text(3), strategy: row.text(4),
                  seed: UInt64(bitPattern: row.integer(5)), replications: row.int(6),
                  threads: row.int(7), version: row.text(8), startedAt: row.text(9),
                  wallSeconds: row.real(10), command: row.text(11),
                  experimentID: row.optionalInteger(12), parameters: row.text(13))
    }
}
