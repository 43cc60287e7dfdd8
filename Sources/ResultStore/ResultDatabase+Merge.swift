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
