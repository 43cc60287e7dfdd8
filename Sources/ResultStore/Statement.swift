import CSQLite

/// A value bound to a statement parameter.
enum SQLValue {
    case integer(Int64)
    /// nil and NaN both bind as NULL: NaN is not a value SQL can compare or aggregate.
    case real(Double?)
    case text(String)
    case blob([UInt8])
    case null

    /// Text, or NULL for nil.
    static func text(_ string: String?) -> SQLValue { string.map { .text($0) } ?? .null }
}

/// A prepared statement that is reused: every call binds, steps and resets it.
final class Statement {
    private let handle: OpaquePointer
    private unowned let connection: Connection
    /// Short description for error messages ("INSERT INTO summaries …").
    private let context: String

    init(connection: Connection, sql: String) throws {
        var statement: OpaquePointer?
        let rc = sqlite3_prepare_v3(connection.handle, sql, -1,
                                    UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil)
        context = sql.split(whereSeparator: \.isWhitespace).prefix(3).joined(separator: " ")
        guard rc == SQLITE_OK, let statement else {
            throw connection.error(rc, "preparing \(context)")
        }
        self.handle = statement
        self.connection = connection
    }

    deinit { sqlite3_finalize(handle) }

    /// Binds `values` to parameters 1…n and runs the statement to completion.
    func run(_ values: [SQLValue]) throws {
        try bind(values)
        defer { reset() }
        let rc = sqlite3_step(handle)
        guard rc == SQLITE_DONE || rc == SQLITE_ROW else { throw connection.error(rc, context) }
    }

    /// Binds `values` and maps every result row through `read`.
    func query<T>(_ values: [SQLValue] = [], _ read: (Row) throws -> T) throws -> [T] {
        try bind(values)
        defer { reset() }
        var results: [T] = []
        while true {
            let rc = sqlite3_step(handle)
            if rc == SQLITE_DONE { return results }
            guard rc == SQLITE_ROW else { throw connection.error(rc, context) }
            results.append(try read(Row(handle: handle)))
        }
    }

    private func bind(_ values: [SQLValue]) throws {
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let rc: Int32
            switch value {
            case let .integer(number):
                rc = sqlite3_bind_int64(handle, index, number)
            case let .real(number?) where !number.isNaN:
                rc = sqlite3_bind_double(handle, index, number)
            case .real, .null:
                rc = sqlite3_bind_null(handle, index)
            case let .text(string):
                // TRANSIENT: SQLite copies the bytes, since Swift's bridged pointer only
                // lives for the duration of this call.
                rc = sqlite3_bind_text(handle, index, string, -1, cs_sqlite_transient())
            case let .blob(bytes):
                rc = sqlite3_bind_blob(handle, index, bytes, Int32(bytes.count), cs_sqlite_transient())
            }
            guard rc == SQLITE_OK else {
                reset()
                throw connection.error(rc, "binding parameter \(index) of \(context)")
            }
        }
    }

    private func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }
}

/// Typed access to the current result row of a stepping statement; valid only inside `query`.
struct Row {
    fileprivate let handle: OpaquePointer

    func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func int(_ column: Int32) -> Int { Int(integer(column)) }

    /// Columns in the row.
    var count: Int32 { sqlite3_column_count(handle) }

    /// The column's value as stored, whatever its type: for copying rows between files
    /// without knowing their tables (a REAL keeps its exact bits).
    func value(_ column: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(integer(column))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, column))
        case SQLITE_TEXT: return .text(text(column))
        case SQLITE_BLOB:
            let n = Int(sqlite3_column_bytes(handle, column))
            guard n > 0, let bytes = sqlite3_column_blob(handle, column) else { return .blob([]) }
            return .blob(Array(UnsafeRawBufferPointer(start: bytes, count: n)))
        default: return .null
        }
    }

    /// nil for SQL NULL.
    func real(_ column: Int32) -> Double? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : sqlite3_column_double(handle, column)
    }

    func text(_ column: Int32) -> String {
        guard let bytes = sqlite3_column_text(handle, column) else { return "" }
        return String(cString: bytes)
    }

    /// nil for SQL NULL.
    func optionalText(_ column: Int32) -> String? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : text(column)
    }

    /// nil for SQL NULL.
    func optionalInteger(_ column: Int32) -> Int64? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : integer(column)
    }
}
