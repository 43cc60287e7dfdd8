import CSQLite
import Foundation
import ResultStore
import Testing

/// The schema version stamp: newer files are refused rather than misread.
@Suite struct SchemaVersionTests {
    @Test func databaseWithNewerVersionIsRefused() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let path = directory.database()
        do { _ = try ResultDatabase(path: path) }
        try setUserVersion(99, at: path)

        let error = #expect(throws: StoreError.self) { try ResultDatabase(path: path) }
        guard case let .schema(message)? = error else {
            Issue.record("expected StoreError.schema, got \(String(describing: error))")
            return
        }
        #expect(message.contains("99"))
    }

    @Test func fileThatIsNotADatabaseIsAnOpenError() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let path = directory.database()
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: path))

        let error = #expect(throws: StoreError.self) { try ResultDatabase(path: path) }
        guard case .open? = error else {
            Issue.record("expected StoreError.open, got \(String(describing: error))")
            return
        }
    }

    @Test func newFileIsWALWithCurrentVersionAndTheDocumentedTables() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let path = directory.database()
        let database = try ResultDatabase(path: path)
        try database.write(Fixtures.run())

        // Read through a separate raw connection, as the sqlite3 shell would.
        #expect(try rawStrings("PRAGMA journal_mode", at: path) == ["wal"])
        #expect(try rawStrings("PRAGMA user_version", at: path) == ["1"])
        #expect(try rawStrings("SELECT name FROM sqlite_master WHERE type = 'table' "
                               + "AND name NOT LIKE 'sqlite_%' ORDER BY name", at: path)
                == ["interval_series", "replication_metrics", "runs", "summaries"])
        #expect(try rawStrings("SELECT count(*) FROM summaries WHERE run_id = 1", at: path) == ["4"])
    }

    /// The first column of every row of `sql`, as text, through the raw C API.
    private func rawStrings(_ sql: String, at path: String) throws -> [String] {
        var db: OpaquePointer?
        defer { sqlite3_close(db) }
        guard sqlite3_open(path, &db) == SQLITE_OK else {
            throw StoreError.open(path: path, message: "test could not open the file")
        }
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else {
            throw StoreError.sqlite(code: sqlite3_errcode(db), message: String(cString: sqlite3_errmsg(db)))
        }
        var values: [String] = []
        while sqlite3_step(statement) == SQLITE_ROW {
            values.append(sqlite3_column_text(statement, 0).map { String(cString: $0) } ?? "NULL")
        }
        return values
    }

    /// Stamps a version through the raw C API, as a future channelsim would.
    private func setUserVersion(_ version: Int, at path: String) throws {
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK else {
            sqlite3_close(db)
            throw StoreError.open(path: path, message: "test could not open the file")
        }
        defer { sqlite3_close(db) }
        let rc = sqlite3_exec(db, "PRAGMA user_version = \(version)", nil, nil, nil)
        #expect(rc == SQLITE_OK)
    }
}
