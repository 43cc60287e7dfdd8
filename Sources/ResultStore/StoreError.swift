/// Why the result database could not be opened, read or written.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// The file could not be opened or set up (missing permissions, not a database, locked too long).
    case open(path: String, message: String)
    /// A statement failed; `code` is SQLite's extended result code.
    case sqlite(code: Int32, message: String)
    /// The file's schema is not one this build can use (e.g. written by a newer channelsim).
    case schema(String)
    /// The file cannot take a write: read-only, or locked by another writer for too long.
    /// The user's to fix (another command still running, a file or folder without write
    /// permission), so the CLI reports it as bad input before anything is simulated.
    case unwritable(path: String, message: String)
    /// The record handed to `write` contradicts itself (two variants with one name, a
    /// verdict or comparison naming a variant the experiment does not have).
    case invalidRecord(String)

    public var description: String {
        switch self {
        case let .open(path, message):
            return "cannot open result database '\(path)': \(message)"
        case let .sqlite(code, message):
            return "result database error (SQLite code \(code)): \(message)"
        case let .unwritable(path, message):
            return "cannot write result database '\(path)': \(message)"
        case let .schema(message):
            return "result database schema: \(message)"
        case let .invalidRecord(message):
            return "cannot store experiment: \(message)"
        }
    }
}
