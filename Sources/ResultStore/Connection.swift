import CSQLite

/// An open SQLite handle with the few operations the store needs.
///
/// Not thread-safe and not meant to be: the handle is opened with SQLITE_OPEN_NOMUTEX and
/// belongs to one `ResultDatabase`, which is itself confined to one thread. Concurrency
/// between writers is SQLite's job (file locks + WAL + busy timeout), not ours.
final class Connection {
    let handle: OpaquePointer
    /// Prepared statements kept for the life of the connection, keyed by their SQL, so a
    /// write of thousands of rows compiles each INSERT once.
    private var cache: [String: Statement] = [:]

    /// Opens `path` for reading and writing (created if missing), or with `existingOnly`
    /// an existing file only, never created.
    ///
    /// A reader of a WAL file opens it read-write too (and says `PRAGMA query_only`): a
    /// read-only handle can neither checkpoint nor remove the `-wal` and `-shm` files it
    /// makes, and would leave them beside the file when it closes.
    init(path: String, existingOnly: Bool = false) throws {
        var db: OpaquePointer?
        let flags = (existingOnly ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX
        let rc = sqlite3_open_v2(path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            // sqlite3_open_v2 allocates a handle even on failure, to carry the message.
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            sqlite3_close_v2(db)
            throw StoreError.open(path: path, message: message)
        }
        handle = db
        sqlite3_extended_result_codes(db, 1)
    }

    deinit {
        // Statements must be finalized before the handle closes; close_v2 would otherwise
        // leave a zombie handle until they are.
        cache.removeAll()
        sqlite3_close_v2(handle)
    }

    /// The error for a failed call, with `context` saying what we were doing.
    func error(_ code: Int32, _ context: String) -> StoreError {
        let message = String(cString: sqlite3_errmsg(handle))
        return .sqlite(code: code, message: "\(context): \(message)")
    }

    /// Runs one or more statements that return no rows we care about (DDL, PRAGMA, BEGIN…).
    func execute(_ sql: String) throws {
        let rc = sqlite3_exec(handle, sql, nil, nil, nil)
        guard rc == SQLITE_OK else { throw error(rc, sql.prefix(60).description) }
    }

    /// A cached prepared statement for `sql`, reset and with no bindings.
    func statement(_ sql: String) throws -> Statement {
        if let cached = cache[sql] { return cached }
        let statement = try Statement(connection: self, sql: sql)
        cache[sql] = statement
        return statement
    }

    /// Rowid of the last successful INSERT on this connection.
    var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows the last INSERT, UPDATE or DELETE changed directly (not those of a cascade).
    var changes: Int { Int(sqlite3_changes64(handle)) }

    /// `PRAGMA user_version`: the schema version stamped in the file header.
    func userVersion() throws -> Int {
        let rows = try statement("PRAGMA user_version").query { Int($0.integer(0)) }
        return rows.first ?? 0
    }

    /// Runs `body` inside BEGIN IMMEDIATE … COMMIT, rolling back if anything throws.
    ///
    /// IMMEDIATE takes the write lock up front. A deferred transaction that reads first and
    /// writes later can fail with SQLITE_BUSY without ever calling the busy handler (another
    /// writer committed in between), which would defeat the busy timeout.
    func immediateTransaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            // Ignore ROLLBACK's own result: SQLite may already have rolled back (e.g. after
            // SQLITE_FULL), in which case ROLLBACK reports "no transaction is active".
            sqlite3_exec(handle, "ROLLBACK", nil, nil, nil)
            throw error
        }
    }
}
