/// What the generic copy needs to know of one table, read from the schema itself.
struct TableShape {
    var name: String
    /// Columns copied, in table order: all but an INTEGER PRIMARY KEY, which the
    /// destination numbers afresh.
    var columns: [String]
    /// The INTEGER PRIMARY KEY left out of `columns`, if any.
    var rowidKey: String?
    var runColumns: [String]
    var experimentColumns: [String]
    /// Columns referring to another table (column, table, its key column).
    var references: [(column: String, table: String, key: String)]
    var withoutRowid: Bool

    /// The column that says which run a row belongs to: `run_id` if it has one.
    var owner: String { runColumns.contains("run_id") ? "run_id" : runColumns[0] }

    static func all(_ c: Connection) throws -> [TableShape] {
        let tables = try c.statement("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
            .query { ($0.text(0), $0.text(1)) }
        return try tables.map { name, sql in
            let quoted = SQLName.quote(name)
            let info = try c.statement("PRAGMA table_info(\(quoted))").query { (name: $0.text(1), type: $0.text(2), pk: $0.int(5)) }
            let keys = try c.statement("PRAGMA foreign_key_list(\(quoted))").query { (table: $0.text(2), from: $0.text(3), to: $0.optionalText(4)) }
            let withoutRowid = sql.uppercased().contains("WITHOUT ROWID")
            let pk = info.filter { $0.pk > 0 }
            let rowidKey = !withoutRowid && pk.count == 1 && pk[0].type.uppercased() == "INTEGER" ? pk[0].name : nil
            return TableShape(
                name: name, columns: info.map(\.name).filter { $0 != rowidKey }, rowidKey: rowidKey,
                runColumns: keys.filter { $0.table == "runs" }.map(\.from),
                experimentColumns: keys.filter { $0.table == "experiments" }.map(\.from),
                references: keys.filter { $0.table != "runs" && $0.table != "experiments" }.map { ($0.from, $0.table, $0.to ?? "rowid") },
                withoutRowid: withoutRowid)
        }
    }
}

/// SQL identifiers from the schema, quoted for use in statements.
enum SQLName {
    static func quote(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}

/// Copies rows from the sources into the destination, renumbering what refers to runs,
/// experiments and dictionary rows.
struct RowCopier {
    let destination: Connection
    let sources: [Connection]
    let shapes: [TableShape]
    var experimentID: Int64 = -1
    /// [source][old run id] → new run id.
    var runMap: [Int: [Int64: Int64]] = [:]
    /// [source, table][old key] → new key.
    private var dictionaryMap: [String: [Int64: Int64]] = [:]

    init(destination: Connection, sources: [Connection], shapes: [TableShape]) {
        self.destination = destination
        self.sources = sources
        self.shapes = shapes
    }

    /// Copies the rows of `shape` in source `s` whose `column` is `value`, in the order they
    /// were written, and returns their new rowids (for tables numbered afresh).
    @discardableResult
    mutating func copyRows(of shape: TableShape, where column: String, is value: Int64, source s: Int,
                           overrides: [String: SQLValue] = [:]) throws -> [Int64] {
        let list = shape.columns.map(SQLName.quote).joined(separator: ", ")
        let order = shape.withoutRowid ? "" : " ORDER BY rowid"
        let select = "SELECT \(list) FROM \(SQLName.quote(shape.name)) WHERE \(SQLName.quote(column)) = ?\(order)"
        let rows = try sources[s].statement(select).query([.integer(value)]) { row in (0..<row.count).map { row.value($0) } }
        let insert = try destination.statement("INSERT INTO \(SQLName.quote(shape.name)) (\(list)) VALUES ("
                                               + Array(repeating: "?", count: shape.columns.count).joined(separator: ", ") + ")")
        var ids: [Int64] = []
        for var row in rows {
            for (k, name) in shape.columns.enumerated() {
                if let v = overrides[name] {
                    row[k] = v
                } else if shape.experimentColumns.contains(name), case .integer = row[k] {
                    row[k] = .integer(experimentID)
                } else if shape.runColumns.contains(name), case let .integer(old) = row[k] {
                    guard let new = runMap[s]?[old] else {
                        throw StoreError.invalidRecord("\(shape.name) refers to run \(old), which is not among the runs merged")
                    }
                    row[k] = .integer(new)
                } else if let ref = shape.references.first(where: { $0.column == name }), case let .integer(old) = row[k] {
                    row[k] = .integer(try dictionaryKey(old, table: ref.table, key: ref.key, source: s))
                }
            }
            try insert.run(row)
            ids.append(destination.lastInsertRowID)
        }
        return ids
    }

    /// The destination's key for row `old` of dictionary `table` in source `s`: the row with
    /// the same content, inserted if the destination does not have it yet.
    private mutating func dictionaryKey(_ old: Int64, table: String, key: String, source s: Int) throws -> Int64 {
        let cacheKey = "\(s)\u{1F}\(table)"
        if let known = dictionaryMap[cacheKey]?[old] { return known }
        guard let shape = shapes.first(where: { $0.name == table }) else {
            throw StoreError.schema("a foreign key names the missing table \(table)")
        }
        let content = shape.columns.filter { $0 != key }
        let list = content.map(SQLName.quote).joined(separator: ", ")
        let found = try sources[s].statement("SELECT \(list) FROM \(SQLName.quote(table)) WHERE \(SQLName.quote(key)) = ?")
            .query([.integer(old)]) { row in (0..<row.count).map { row.value($0) } }
        guard let values = found.first else {
            throw StoreError.invalidRecord("\(table) has no row \(old) in source \(s + 1)")
        }
        try destination.statement("INSERT OR IGNORE INTO \(SQLName.quote(table)) (\(list)) VALUES ("
                                  + Array(repeating: "?", count: content.count).joined(separator: ", ") + ")").run(values)
        let match = content.map { "\(SQLName.quote($0)) IS ?" }.joined(separator: " AND ")
        let new = try destination.statement("SELECT \(SQLName.quote(key)) FROM \(SQLName.quote(table)) WHERE \(match)")
            .query(values) { $0.integer(0) }
        guard let id = new.first else { throw StoreError.invalidRecord("cannot match row \(old) of \(table)") }
        dictionaryMap[cacheKey, default: [:]][old] = id
        return id
    }
}
