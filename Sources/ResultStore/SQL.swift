/// The statements the store runs on runs and their rows, in one place so column order is
/// checked against one list (experiments' statements are in SQL+Experiments.swift).
enum SQL {
    static let insertRun = """
        INSERT INTO runs (scenario_name, scenario_path, scenario_hash, strategy, seed,
                          replications, threads, version, started_at, wall_seconds, command,
                          experiment_id, parameters)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    /// DO NOTHING on the name pair only: a CHECK failure (an empty name) must still fail,
    /// which INSERT OR IGNORE would silently skip.
    static let insertMetricKey = """
        INSERT INTO metric_keys (channel, metric) VALUES (?, ?)
        ON CONFLICT (channel, metric) DO NOTHING
        """
    static let selectMetricKey = "SELECT id FROM metric_keys WHERE channel = ? AND metric = ?"
    static let insertReplicationValue = """
        INSERT INTO replication_values (run_id, key_id, replication, value) VALUES (?, ?, ?, ?)
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
        replications, threads, version, started_at, wall_seconds, command,
        experiment_id, parameters
        """
    static let selectRuns = "SELECT \(runColumns) FROM runs ORDER BY id"
    static let selectRunsOfExperiment = """
        SELECT \(runColumns) FROM runs WHERE experiment_id = ? ORDER BY id
        """
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
    /// In primary-key order, so it reads the table in place without a sort.
    static let selectReplicationMetrics = """
        SELECT v.replication, k.channel, k.metric, v.value
        FROM replication_values AS v JOIN metric_keys AS k ON k.id = v.key_id
        WHERE v.run_id = ? ORDER BY v.key_id, v.replication
        """
}
