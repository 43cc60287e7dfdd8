/// One metric of one interval of one replication: what a shard holding part of a point's
/// replications keeps so that `merge` can rebuild the point's interval series exactly
/// (docs/scale-out.md). Other files never have these rows.
public struct ReplicationIntervalRow: Sendable, Equatable {
    public var replication: Int
    public var channel: String
    public var interval: Int
    public var metric: String
    /// nil when undefined in that interval of that replication.
    public var value: Double?

    public init(replication: Int, channel: String, interval: Int, metric: String, value: Double?) {
        self.replication = replication
        self.channel = channel
        self.interval = interval
        self.metric = metric
        self.value = value
    }
}

/// The table of `ReplicationIntervalRow`s. It is not part of the schema every file has:
/// only the shards of a sweep whose points are split over shards create it, and `merge`
/// reads it and leaves it behind (the merged file's interval series are the summaries).
/// Its foreign key to `runs` cascades, so deleting the shard's experiment removes it.
enum ShardIntervalTable {
    static let create = """
        CREATE TABLE IF NOT EXISTS shard_interval_values (
            run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            channel     TEXT    NOT NULL,
            metric      TEXT    NOT NULL,
            interval    INTEGER NOT NULL CHECK (interval >= 0),
            replication INTEGER NOT NULL CHECK (replication >= 0),
            value       REAL,
            PRIMARY KEY (run_id, channel, metric, interval, replication)
        ) WITHOUT ROWID
        """
    static let insert = """
        INSERT INTO shard_interval_values (run_id, channel, metric, interval, replication, value)
        VALUES (?, ?, ?, ?, ?, ?)
        """
    static let select = """
        SELECT replication, channel, interval, metric, value FROM shard_interval_values
        WHERE run_id = ? ORDER BY channel, metric, interval, replication
        """
    static let name = "shard_interval_values"
}

extension ResultDatabase {
    /// The per-replication interval values a shard stored for run `runID`, ordered by
    /// channel, metric, interval and replication; empty when the file has none.
    public func replicationIntervals(runID: Int64) throws -> [ReplicationIntervalRow] {
        let exists = try connection.statement("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
            .query([.text(ShardIntervalTable.name)]) { $0.integer(0) }
        guard exists.first == 1 else { return [] }
        return try connection.statement(ShardIntervalTable.select).query([.integer(runID)]) { row in
            ReplicationIntervalRow(replication: row.int(0), channel: row.text(1), interval: row.int(2),
                                   metric: row.text(3), value: row.real(4))
        }
    }
}
