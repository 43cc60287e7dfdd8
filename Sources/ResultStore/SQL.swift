/// The statements the store runs, in one place so column order is checked against one list.
enum SQL {
    static let insertRun = """
        INSERT INTO runs (scenario_name, scenario_path, scenario_hash, strategy, seed,
                          replications, threads, version, started_at, wall_seconds, command)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let insertReplicationMetric = """
        INSERT INTO replication_metrics (run_id, replication, channel, metric, value)
        VALUES (?, ?, ?, ?, ?)
        """
    static let insertIntervalSeries = """
        INSERT INTO interval_series (run_id, channel, interval, interval_start, metric,
                                     mean, half_width, n)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let insertSummary = """
        INSERT INTO summaries (run_id, channel, metric, mean, half_width, low, high, n, confidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    private static let runColumns = """
        id, scenario_name, scenario_path, scenario_hash, strategy, seed,
        replications, threads, version, started_at, wall_seconds, command
        """
    static let selectRuns = "SELECT \(runColumns) FROM runs ORDER BY id"
    static let selectLatestRun = """
        SELECT \(runColumns) FROM runs WHERE scenario_name = ? AND strategy = ?
        ORDER BY id DESC LIMIT 1
        """
    static let selectSummaries = """
        SELECT channel, metric, mean, half_width, low, high, n, confidence
        FROM summaries WHERE run_id = ? ORDER BY rowid
        """
    static let selectIntervalSeries = """
        SELECT channel, interval, interval_start, metric, mean, half_width, n
        FROM interval_series WHERE run_id = ? ORDER BY rowid
        """
    static let selectReplicationMetrics = """
        SELECT replication, channel, metric, value
        FROM replication_metrics WHERE run_id = ? ORDER BY rowid
        """
}
