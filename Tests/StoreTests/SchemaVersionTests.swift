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
        #expect(message == "database has schema version 99, but this channelsim understands up to 2; "
                + "use a newer channelsim or another database file")
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
        let raw = try RawDatabase(path: path)
        #expect(try raw.strings("PRAGMA journal_mode") == ["wal"])
        #expect(try raw.strings("PRAGMA user_version") == ["2"])
        #expect(try raw.rows("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'view') "
                             + "AND name NOT LIKE 'sqlite_%' ORDER BY name")
                == [["table", "comparisons"], ["table", "experiments"], ["table", "interval_series"],
                    ["table", "metric_keys"], ["view", "replication_metrics"],
                    ["table", "replication_values"], ["table", "runs"], ["table", "summaries"],
                    ["table", "target_verdicts"]])
        #expect(try raw.strings("SELECT count(*) FROM summaries WHERE run_id = 1") == ["4"])
        #expect(try raw.strings("SELECT count(*) FROM replication_metrics WHERE run_id = 1") == ["8"])
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
