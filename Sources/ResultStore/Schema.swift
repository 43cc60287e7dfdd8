/// The database schema and its versioned migrations (documented in docs/results.md).
///
/// The version lives in `PRAGMA user_version` (a field of the file header), so it is read
/// without knowing any table. `migrations[v]` upgrades a file from version v to v + 1; a new
/// schema version appends a step and never edits an old one, so every released database
/// can be brought forward.
enum Schema {
    /// The version this build writes and understands.
    static let version = 2

    /// `migrations[v]` takes a file from version v to v + 1. A new file runs them all, so a
    /// fresh database and an upgraded one have exactly the same schema.
    static let migrations: [String] = [version1, version2]

    // Conventions: durations in seconds; NULL where a value is undefined; long format with
    // one row per channel × metric (× interval | × replication). The UNIQUE indexes lead with
    // run_id, so they are also the indexes every per-run read uses, and they reject a row
    // written twice. CHECKs catch empty names, which would make a row unreachable by name.
    private static let version1 = """
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

    /// Brings the file up to `version`, or refuses it if it is newer than this build.
    static func migrate(_ connection: Connection) throws {
        if try refuseNewer(connection) == version { return }
        // Re-read inside the write transaction: another process may be creating the same
        // file right now, and only one of us must run the migration.
        try connection.immediateTransaction {
            let found = try refuseNewer(connection)
            for step in found..<version {
                try connection.execute(migrations[step])
            }
            try connection.execute("PRAGMA user_version = \(version)")
        }
    }

    /// The file's version, after checking it is one we can read.
    @discardableResult
    static func refuseNewer(_ connection: Connection) throws -> Int {
        let found = try connection.userVersion()
        guard found <= version else {
            throw StoreError.schema(
                "database has schema version \(found), but this channelsim understands up to "
                + "\(version); use a newer channelsim or another database file")
        }
        guard found >= 0 else { throw StoreError.schema("invalid schema version \(found)") }
        return found
    }
}
