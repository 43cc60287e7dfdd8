import ResultStore

/// Writes a database exactly as the released schema-version-1 build did: its DDL and its
/// INSERT statements, copied verbatim from that build (commit 2e22ae0, Schema.swift and
/// SQL.swift), stamped `user_version = 1`, in WAL mode, one transaction per run.
///
/// A copy rather than the current `migrations[0]` so the test keeps describing the files
/// users have even if the code moves; `MigrationTests` checks the copy still upgrades to
/// the very schema a new file gets.
enum V1File {
    static func create(at path: String, runs: [RunRecord]) throws {
        let db = try RawDatabase(path: path)
        try db.execute("PRAGMA journal_mode = WAL")
        try db.execute("BEGIN IMMEDIATE")
        try db.execute(ddl)
        try db.execute("PRAGMA user_version = 1")
        try db.execute("COMMIT")
        for run in runs { try write(run, to: db) }
    }

    private static func write(_ run: RunRecord, to db: RawDatabase) throws {
        try db.execute("BEGIN IMMEDIATE")
        try db.run(insertRun, [
            .text(run.scenarioName), .text(run.scenarioPath), .text(run.scenarioHash),
            .text(run.strategy), .integer(Int64(bitPattern: run.seed)),
            .integer(Int64(run.replications)), .integer(Int64(run.threads)),
            .text(run.version), .text(run.startedAt), .real(run.wallSeconds), .text(run.command),
        ])
        let runID = Int64(try db.strings("SELECT last_insert_rowid()")[0])!
        for row in run.replicationMetrics {
            try db.run(insertReplicationMetric, [.integer(runID), .integer(Int64(row.replication)),
                                                 .text(row.channel), .text(row.metric), .real(row.value)])
        }
        for row in run.intervalSeries {
            try db.run(insertIntervalSeries, [.integer(runID), .text(row.channel),
                                              .integer(Int64(row.interval)), .real(row.intervalStart),
                                              .text(row.metric), .real(row.mean),
                                              .real(row.halfWidth), .integer(Int64(row.n))])
        }
        for row in run.summaries {
            try db.run(insertSummary, [.integer(runID), .text(row.channel), .text(row.metric),
                                       .real(row.mean), .real(row.halfWidth), .real(row.low),
                                       .real(row.high), .integer(Int64(row.n)), .real(row.confidence)])
        }
        try db.execute("COMMIT")
    }

    private static let insertRun = """
        INSERT INTO runs (scenario_name, scenario_path, scenario_hash, strategy, seed,
                          replications, threads, version, started_at, wall_seconds, command)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    private static let insertReplicationMetric = """
        INSERT INTO replication_metrics (run_id, replication, channel, metric, value)
        VALUES (?, ?, ?, ?, ?)
        """
    private static let insertIntervalSeries = """
        INSERT INTO interval_series (run_id, channel, interval, interval_start, metric,
                                     mean, half_width, n)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """
    private static let insertSummary = """
        INSERT INTO summaries (run_id, channel, metric, mean, half_width, low, high, n, confidence)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    private static let ddl = """
        CREATE TABLE IF NOT EXISTS runs (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            scenario_name TEXT    NOT NULL,
            scenario_path TEXT    NOT NULL,
            scenario_hash TEXT    NOT NULL,
            strategy      TEXT    NOT NULL CHECK (strategy <> ''),
            seed          INTEGER NOT NULL,
            replications  INTEGER NOT NULL CHECK (replications >= 0),
            threads       INTEGER NOT NULL CHECK (threads >= 0),
            version       TEXT    NOT NULL,
            started_at    TEXT    NOT NULL,
            wall_seconds  REAL,
            command       TEXT    NOT NULL
        );
        CREATE INDEX IF NOT EXISTS runs_by_scenario ON runs (scenario_name, strategy, id);

        CREATE TABLE IF NOT EXISTS replication_metrics (
            run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            replication INTEGER NOT NULL CHECK (replication >= 0),
            channel     TEXT    NOT NULL CHECK (channel <> ''),
            metric      TEXT    NOT NULL CHECK (metric <> ''),
            value       REAL
        );
        CREATE UNIQUE INDEX IF NOT EXISTS replication_metrics_by_run
            ON replication_metrics (run_id, replication, channel, metric);

        CREATE TABLE IF NOT EXISTS interval_series (
            run_id         INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            channel        TEXT    NOT NULL CHECK (channel <> ''),
            interval       INTEGER NOT NULL CHECK (interval >= 0),
            interval_start REAL    NOT NULL,
            metric         TEXT    NOT NULL CHECK (metric <> ''),
            mean           REAL,
            half_width     REAL,
            n              INTEGER NOT NULL CHECK (n >= 0)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS interval_series_by_run
            ON interval_series (run_id, channel, metric, interval);

        CREATE TABLE IF NOT EXISTS summaries (
            run_id     INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            channel    TEXT    NOT NULL CHECK (channel <> ''),
            metric     TEXT    NOT NULL CHECK (metric <> ''),
            mean       REAL,
            half_width REAL,
            low        REAL,
            high       REAL,
            n          INTEGER NOT NULL CHECK (n >= 0),
            confidence REAL    NOT NULL CHECK (confidence > 0 AND confidence < 1)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS summaries_by_run
            ON summaries (run_id, channel, metric);
        """
}
