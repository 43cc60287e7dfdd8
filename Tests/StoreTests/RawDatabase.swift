import CSQLite
import ResultStore

/// A connection through the raw C API, as the sqlite3 shell or an older channelsim would
/// open the file: for checks the store's API does not expose, and for writing v1 files.
final class RawDatabase {
    /// A value to bind.
    enum Value {
        case integer(Int64)
        case real(Double?)
        case text(String)
    }

    private let handle: OpaquePointer

    init(path: String) throws {
        var db: OpaquePointer?
        guard sqlite3_open(path, &db) == SQLITE_OK, let db else {
            sqlite3_close(db)
            throw StoreError.open(path: path, message: "test could not open the file")
        }
        handle = db
        // As the store does, so cascades behave the same in checks made through here.
        try execute("PRAGMA foreign_keys = ON")
    }

    deinit { sqlite3_close(handle) }

    /// Runs one or more statements.
    func execute(_ sql: String) throws {
        guard sqlite3_exec(handle, sql, nil, nil, nil) == SQLITE_OK else { throw failure() }
    }

    /// Runs one statement with `values` bound to its parameters.
    func run(_ sql: String, _ values: [Value]) throws {
        _ = try rows(sql, values)
    }

    /// Every row of `sql`, each column as text: NULL as "NULL", reals in Swift's shortest
    /// exact form, so two readings compare equal only if the stored values are equal.
    func rows(_ sql: String, _ values: [Value] = []) throws -> [[String]] {
        var statement: OpaquePointer?
        defer { sqlite3_finalize(statement) }
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw failure()
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            switch value {
            case let .integer(number): sqlite3_bind_int64(statement, index, number)
            case let .real(number?) where !number.isNaN: sqlite3_bind_double(statement, index, number)
            case .real: sqlite3_bind_null(statement, index)
            case let .text(string): sqlite3_bind_text(statement, index, string, -1, cs_sqlite_transient())
            }
        }
        var result: [[String]] = []
        while true {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { return result }
            guard rc == SQLITE_ROW else { throw failure() }
            result.append((0..<sqlite3_column_count(statement)).map { column in
                switch sqlite3_column_type(statement, column) {
                case SQLITE_NULL: return "NULL"
                case SQLITE_INTEGER: return String(sqlite3_column_int64(statement, column))
                case SQLITE_FLOAT: return "\(sqlite3_column_double(statement, column))"
                default: return String(cString: sqlite3_column_text(statement, column))
                }
            })
        }
    }

    /// The first column of every row.
    func strings(_ sql: String) throws -> [String] { try rows(sql).map { $0[0] } }

    private func failure() -> StoreError {
        .sqlite(code: sqlite3_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
    }
}
