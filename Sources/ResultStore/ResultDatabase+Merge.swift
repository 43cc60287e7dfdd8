/// One run of a merged experiment: which source file, and its run id there.
public struct MergedRun: Sendable, Equatable {
    /// Index into the sources handed to `writeMerged`.
    public var source: Int
    public var runID: Int64
    /// Set when the run's replications are spread over several sources (a point split
    /// over shards): its parts and the summary rows rebuilt from all its replications.
    public var rebuilt: RebuiltRun?

    public init(source: Int, runID: Int64, rebuilt: RebuiltRun? = nil) {
        self.source = source
        self.runID = runID
        self.rebuilt = rebuilt
    }
}

/// A run whose replications are stored in several sources: per-replication rows are
/// copied from every part, and the rows that summarise replications are given, computed
/// by the caller over all of them (the store computes no statistics).
public struct RebuiltRun: Sendable, Equatable {
    /// Every (source, run id) holding some of its replications, the merged run's own first.
    public var parts: [Part]
    public var wallSeconds: Double
    public var summaries: [SummaryRow]
    public var intervalSeries: [IntervalSeriesRow]
    public var targetVerdicts: [TargetVerdictRow]

    /// One source's share of the run.
    public struct Part: Sendable, Equatable {
        public var source: Int
        public var runID: Int64

        public init(source: Int, runID: Int64) {
            self.source = source
            self.runID = runID
        }
    }

    public init(parts: [Part], wallSeconds: Double, summaries: [SummaryRow], intervalSeries: [IntervalSeriesRow],
                targetVerdicts: [TargetVerdictRow]) {
        self.parts = parts
        self.wallSeconds = wallSeconds
        self.summaries = summaries
        self.intervalSeries = intervalSeries
        self.targetVerdicts = targetVerdicts
    }
}

/// The columns of the merged experiment's row that are not copied from the first source.
public struct MergedHeader: Sendable {
    public var command: String
    public var threads: Int
    public var startedAt: String
    public var wallSeconds: Double?
    public var settings: String

    public init(command: String, threads: Int, startedAt: String, wallSeconds: Double?, settings: String) {
        self.command = command
        self.threads = threads
        self.startedAt = startedAt
        self.wallSeconds = wallSeconds
        self.settings = settings
    }
}

/// Joining experiments stored in several files (the shards of a sweep) into one.
///
/// The copy is generic over the schema: every table with a foreign key to `runs` is copied
/// run by run, every table with one to `experiments` (and none to `runs`) experiment by
/// experiment, and rows of any other table they refer to (the `metric_keys` dictionary)
/// are matched by content. A table added later for new figures is therefore merged
/// without a change here (docs/scale-out.md).
extension ResultDatabase {
    /// Writes one experiment made of `runs`, in that order (their ids increase in it), with
    /// every row that hangs off them, in one transaction. The experiment's row is
    /// `experiments[0]`'s in `sources[0]` with `header`'s columns; the experiment-level rows
    /// of every `experiments[k]` in `sources[k]` follow. Returns the new experiment's id.
    public func writeMerged(from sources: [ResultDatabase], experiments: [Int64], runs: [MergedRun],
                            header: MergedHeader) throws -> Int64 {
        precondition(sources.count == experiments.count && !sources.isEmpty)
        let shapes = try TableShape.all(connection)
        guard let experimentShape = shapes.first(where: { $0.name == "experiments" }),
              let runShape = shapes.first(where: { $0.name == "runs" }) else {
            throw StoreError.schema("the destination has no experiments or runs table")
        }
        return try connection.immediateTransaction {
            var copier = RowCopier(destination: connection, sources: sources.map(\.connection), shapes: shapes)
            let overrides: [String: SQLValue] = [
                "command": .text(header.command), "threads": .integer(Int64(header.threads)),
                "started_at": .text(header.startedAt), "wall_seconds": .real(header.wallSeconds), "settings": .text(header.settings),
            ]
            let experimentID = try copier.copyRows(of: experimentShape, where: "id", is: experiments[0], source: 0,
                                                   overrides: overrides).first ?? -1
            copier.experimentID = experimentID
            for run in runs {
                let overrides: [String: SQLValue] = run.rebuilt.map { ["wall_seconds": .real($0.wallSeconds)] } ?? [:]
                let ids = try copier.copyRows(of: runShape, where: "id", is: run.runID, source: run.source, overrides: overrides)
                guard let id = ids.first else { throw StoreError.invalidRecord("source \(run.source) has no run \(run.runID)") }
                copier.runMap[run.source, default: [:]][run.runID] = id
                for part in run.rebuilt?.parts ?? [] { copier.runMap[part.source, default: [:]][part.runID] = id }
            }
            let runTables = shapes.filter { $0.name != "runs" && $0.name != "experiments" && !$0.runColumns.isEmpty }
            for run in runs {
                for shape in runTables {
                    if let rebuilt = run.rebuilt {
                        try copyRebuilt(rebuilt, table: shape, runID: copier.runMap[run.source]![run.runID]!,
                                        experimentID: experimentID, copier: &copier)
                    } else {
                        try copier.copyRows(of: shape, where: shape.owner, is: run.runID, source: run.source)
                    }
                }
            }
            let experimentTables = shapes.filter {
                $0.name != "runs" && $0.name != "experiments" && $0.runColumns.isEmpty && !$0.experimentColumns.isEmpty
            }
            for (s, id) in experiments.enumerated() {
                for shape in experimentTables {
                    try copier.copyRows(of: shape, where: shape.experimentColumns[0], is: id, source: s)
                }
            }
            return experimentID
        }
    }
}

extension ResultDatabase {
    /// One table's rows of a run split over sources: per-replication tables (those with a
    /// `replication` column) from every part; summaries, interval series and verdicts as
    /// rebuilt; any other table only if no part has rows in it, since what it summarises
    /// cannot be rebuilt here.
    private func copyRebuilt(_ run: RebuiltRun, table shape: TableShape, runID: Int64, experimentID: Int64,
                             copier: inout RowCopier) throws {
        switch shape.name {
        case "summaries":
            let insert = try connection.statement(SQL.insertSummary)
            for row in run.summaries {
                try insert.run([.integer(runID), .text(row.channel), .text(row.metric), .real(row.mean), .real(row.halfWidth),
                                .real(row.low), .real(row.high), .integer(Int64(row.n)), .real(row.confidence)])
            }
        case "interval_series":
            let insert = try connection.statement(SQL.insertIntervalSeries)
            for row in run.intervalSeries {
                try insert.run([.integer(runID), .text(row.channel), .integer(Int64(row.interval)), .real(row.intervalStart),
                                .text(row.metric), .real(row.mean), .real(row.halfWidth), .integer(Int64(row.n))])
            }
        case "target_verdicts":
            let insert = try connection.statement(SQL.insertTargetVerdict)
            for row in run.targetVerdicts {
                try insert.run([.integer(experimentID), .integer(runID), .integer(Int64(row.position)), .text(row.target),
                                .text(row.channel), .text(row.metric), .text(row.comparison.rawValue), .real(row.bound),
                                .real(row.mean), .real(row.low), .real(row.high), .integer(Int64(row.n)),
                                .text(row.verdict.rawValue)])
            }
        default:
            if shape.columns.contains("replication") {
                for part in run.parts { try copier.copyRows(of: shape, where: shape.owner, is: part.runID, source: part.source) }
                return
            }
            for part in run.parts {
                let count = try copier.sources[part.source]
                    .statement("SELECT count(*) FROM \(SQLName.quote(shape.name)) WHERE \(SQLName.quote(shape.owner)) = ?")
                    .query([.integer(part.runID)]) { $0.integer(0) }
                guard count.first == 0 else {
                    throw StoreError.invalidRecord("the rows of \(shape.name) cannot be rebuilt for a point whose replications "
                                                   + "were split over shards (use no more shards than points)")
                }
            }
        }
    }
}

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
