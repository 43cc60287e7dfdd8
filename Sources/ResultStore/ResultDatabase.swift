import CSQLite
import Foundation

/// The SQLite file holding every experiment's results; opening it creates, upgrades or checks the schema.
///
/// One instance per thread (it is deliberately not `Sendable`). Several instances — in one
/// process or many — may write the same file at once: the database is in WAL mode, each
/// write is one IMMEDIATE transaction, and a writer that finds the file locked waits up to
/// `busyTimeout` before failing.
public final class ResultDatabase {
    /// How long a writer waits for another writer's transaction before giving up, in ms.
    /// Generous because a competing write of a large run can take a few seconds.
    static let busyTimeoutMilliseconds: Int32 = 30_000

    let connection: Connection
    /// The path the database was opened with.
    public let path: String

    /// Opens (creating if needed, along with its parent directory) the database at `path`.
    ///
    /// Throws `StoreError.schema` if the file was written by a newer schema version, and
    /// `StoreError.open` if it cannot be opened or is not a SQLite database.
    public init(path: String) throws {
        self.path = path
        if path != ":memory:" && !path.isEmpty {
            let parent = URL(fileURLWithPath: path).deletingLastPathComponent()
            do {
                try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
            } catch {
                throw StoreError.open(path: path, message: "cannot create directory "
                                      + "'\(parent.path)': \(error.localizedDescription)")
            }
        }
        connection = try Connection(path: path)
        do {
            try configure()
            try Schema.migrate(connection)
        } catch let error as StoreError {
            // A schema refusal is its own case; anything else while setting up is an open failure
            // (typically "file is not a database" or a lock held past the timeout).
            if case .schema = error { throw error }
            if case let .sqlite(code, message) = error {
                throw Self.unwritable(code: code, path: path) ?? StoreError.open(path: path, message: message)
            }
            throw error
        }
    }

    /// Opens an existing result database for reading only: nothing in the file is created,
    /// upgraded or changed (`channelsim merge` reads its shards so).
    ///
    /// Throws `StoreError.open` if the file cannot be read, is not a SQLite database, or is a
    /// SQLite database without channelsim's tables; `StoreError.schema` if its schema
    /// version is not this build's (a newer file is refused, an older one must be opened
    /// once read-write to be upgraded). A lock held by a writer is waited on for
    /// `readOnlyBusyTimeoutMilliseconds`, then reported.
    public init(readingOnly path: String) throws {
        self.path = path
        connection = try Connection(path: path, existingOnly: true)
        sqlite3_busy_timeout(connection.handle, Self.readOnlyBusyTimeoutMilliseconds)
        do {
            try connection.execute("PRAGMA query_only = ON")
            let found = try Schema.refuseNewer(connection)
            let tables = try connection.statement("SELECT name FROM sqlite_master WHERE type = 'table'").query { $0.text(0) }
            guard found > 0, tables.contains("experiments"), tables.contains("runs") else {
                throw StoreError.open(path: path, message: "not a channelsim result database (no experiments table)")
            }
            guard found == Schema.version else {
                throw StoreError.schema("database has schema version \(found), this channelsim writes \(Schema.version); "
                                        + "open it once with this channelsim (e.g. channelsim results list --db FILE) to upgrade it")
            }
        } catch let StoreError.sqlite(code, message) {
            switch code & 0xff {
            case SQLITE_BUSY, SQLITE_LOCKED:
                throw StoreError.open(path: path, message: "locked by another process (is a command still writing it?)")
            case SQLITE_NOTADB:
                throw StoreError.open(path: path, message: "not a SQLite database, so not a channelsim result database")
            default:
                throw StoreError.open(path: path, message: message)
            }
        }
    }

    /// Fails now, rather than after a long simulation, when the file cannot take a write:
    /// opened read-only (the file or its folder is not writable) or locked by another
    /// writer for longer than `waiting` milliseconds (`StoreError.unwritable`).
    public func checkWritable(waiting: Int32 = 5_000) throws {
        guard path != ":memory:" && !path.isEmpty else { return }
        if sqlite3_db_readonly(connection.handle, "main") == 1 {
            throw StoreError.unwritable(path: path, message: "the file or its folder is read-only")
        }
        sqlite3_busy_timeout(connection.handle, waiting)
        defer { sqlite3_busy_timeout(connection.handle, Self.busyTimeoutMilliseconds) }
        do {
            try connection.execute("BEGIN IMMEDIATE")
            try connection.execute("ROLLBACK")
        } catch let StoreError.sqlite(code, message) {
            throw Self.unwritable(code: code, path: path) ?? StoreError.open(path: path, message: message)
        }
    }

    /// The `unwritable` error for a lock or read-only SQLite result code, nil for any other.
    public static func unwritable(code: Int32, path: String) -> StoreError? {
        switch code & 0xff {
        case SQLITE_BUSY, SQLITE_LOCKED:
            return .unwritable(path: path, message: "locked by another process (is a command still writing it?)")
        case SQLITE_READONLY:
            return .unwritable(path: path, message: "the file or its folder is read-only")
        default:
            return nil
        }
    }

    /// How long a read-only open waits for another process's lock: a shard still being
    /// written should be reported, not waited for.
    static let readOnlyBusyTimeoutMilliseconds: Int32 = 2_000

    private func configure() throws {
        // Set the timeout first: every later step may meet a lock held by another process.
        sqlite3_busy_timeout(connection.handle, Self.busyTimeoutMilliseconds)
        // Refuse a newer file before touching it (switching its journal mode is a write).
        try Schema.refuseNewer(connection)
        // WAL lets readers proceed while one process writes, and makes a commit one append.
        try retryingWhileBusy { try connection.execute("PRAGMA journal_mode = WAL") }
        // In WAL mode NORMAL is still crash-safe for the database; only the very last commits
        // can be lost on power failure, an acceptable trade for result files.
        try connection.execute("PRAGMA synchronous = NORMAL")
        // Off by default in SQLite, per connection.
        try connection.execute("PRAGMA foreign_keys = ON")
    }

    /// Runs `body` again while it fails with SQLITE_BUSY, for up to the busy timeout.
    ///
    /// Switching the journal mode needs the file to itself, and when another handle is
    /// setting up the same file at that moment SQLite returns SQLITE_BUSY at once, without
    /// calling the busy handler (to avoid a deadlock between the two): the wait the busy
    /// timeout promises has to be made here.
    private func retryingWhileBusy(_ body: () throws -> Void) throws {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(Self.busyTimeoutMilliseconds) * 1_000_000
        while true {
            do {
                return try body()
            } catch StoreError.sqlite(let code, _) where code & 0xff == SQLITE_BUSY
                && DispatchTime.now().uptimeNanoseconds < deadline {
                usleep(2_000)
            }
        }
    }

    /// Stores `run` as an experiment of its own (`ExperimentRecord(single:)`) and returns
    /// its id in `runs`.
    ///
    /// Either everything is stored or nothing: any failing row (a constraint violation such
    /// as an empty metric name or a duplicate key) rolls the whole run back.
    @discardableResult
    public func write(_ run: RunRecord) throws -> Int64 {
        // One variant in, so exactly one run id out.
        try write(ExperimentRecord(single: run)).runIDs[0]
    }
}
