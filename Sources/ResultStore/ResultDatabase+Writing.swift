/// Writing an experiment: the experiment row, each variant's run and rows, then what the
/// command concluded (target verdicts, comparisons), all in one transaction.
extension ResultDatabase {
    /// Stores `experiment` with all its variants and rows in one IMMEDIATE transaction and
    /// returns the ids it got: the experiment's and its runs', in variant order.
    ///
    /// Either everything is stored or nothing: a constraint violation in any row, two
    /// variants with one name, or a verdict or comparison naming a variant the experiment
    /// does not have rolls the whole experiment back, runs included.
    @discardableResult
    public func write(_ experiment: ExperimentRecord) throws -> StoredExperimentIDs {
        try connection.immediateTransaction {
            try connection.statement(SQL.insertExperiment).run([
                .text(experiment.kind), .text(experiment.scenarioName),
                .text(experiment.scenarioPath), .text(experiment.scenarioHash),
                // SQLite integers are signed 64-bit: store the seed's bit pattern.
                .integer(Int64(bitPattern: experiment.seed)),
                .integer(Int64(experiment.replications)), .integer(Int64(experiment.threads)),
                .text(experiment.version), .text(experiment.startedAt),
                .real(experiment.wallSeconds), .text(experiment.command),
                .real(experiment.confidence), .text(experiment.baseline),
                .text(experiment.settings),
            ])
            let experimentID = connection.lastInsertRowID

            // Key ids are looked up afresh in every transaction: a cache kept across writes
            // could hold ids of keys that a rolled-back write inserted.
            var keys = MetricKeys()
            var runIDs: [String: Int64] = [:]
            var ordered: [Int64] = []
            for run in experiment.variants {
                guard runIDs[run.strategy] == nil else {
                    throw StoreError.invalidRecord("two variants are named '\(run.strategy)'")
                }
                let runID = try insert(run, experimentID: experimentID, keys: &keys)
                runIDs[run.strategy] = runID
                ordered.append(runID)
            }
            func runID(_ name: String, _ what: String) throws -> Int64 {
                guard let id = runIDs[name] else {
                    throw StoreError.invalidRecord("\(what) names variant '\(name)', which the "
                                                   + "experiment does not have")
                }
                return id
            }

            let verdict = try connection.statement(SQL.insertTargetVerdict)
            for row in experiment.targetVerdicts {
                try verdict.run([
                    .integer(experimentID), .integer(try runID(row.variant, "target '\(row.target)'")),
                    .integer(Int64(row.position)), .text(row.target), .text(row.channel),
                    .text(row.metric), .text(row.comparison.rawValue), .real(row.bound),
                    .real(row.mean), .real(row.low), .real(row.high), .integer(Int64(row.n)),
                    .text(row.verdict.rawValue),
                ])
            }
            let comparison = try connection.statement(SQL.insertComparison)
            for row in experiment.comparisons {
                let what = "comparison of \(row.channel) \(row.metric)"
                try comparison.run([
                    .integer(experimentID), .integer(try runID(row.variant, what)),
                    .integer(try runID(row.baseline, what)), .text(row.channel), .text(row.metric),
                    .real(row.difference), .real(row.halfWidth), .real(row.low), .real(row.high),
                    .integer(Int64(row.n)), .real(row.relative), .real(row.pValue),
                    .real(row.adjustedP), .text(row.verdict.rawValue),
                ])
            }
            return StoredExperimentIDs(experimentID: experimentID, runIDs: ordered)
        }
    }

    /// Inserts one variant's `runs` row and all its result rows; returns the run id.
    private func insert(_ run: RunRecord, experimentID: Int64, keys: inout MetricKeys) throws -> Int64 {
        try connection.statement(SQL.insertRun).run([
            .text(run.scenarioName), .text(run.scenarioPath), .text(run.scenarioHash),
            .text(run.strategy), .integer(Int64(bitPattern: run.seed)),
            .integer(Int64(run.replications)), .integer(Int64(run.threads)),
            .text(run.version), .text(run.startedAt), .real(run.wallSeconds), .text(run.command),
            .integer(experimentID), .text(run.parameters),
        ])
        let runID = connection.lastInsertRowID

        let value = try connection.statement(SQL.insertReplicationValue)
        for row in run.replicationMetrics {
            let key = try keys.id(channel: row.channel, metric: row.metric, in: connection)
            try value.run([.integer(runID), .integer(key), .integer(Int64(row.replication)),
                           .real(row.value)])
        }
        let series = try connection.statement(SQL.insertIntervalSeries)
        for row in run.intervalSeries {
            try series.run([.integer(runID), .text(row.channel), .integer(Int64(row.interval)),
                            .real(row.intervalStart), .text(row.metric), .real(row.mean),
                            .real(row.halfWidth), .integer(Int64(row.n))])
        }
        let summary = try connection.statement(SQL.insertSummary)
        for row in run.summaries {
            try summary.run([.integer(runID), .text(row.channel), .text(row.metric),
                             .real(row.mean), .real(row.halfWidth), .real(row.low),
                             .real(row.high), .integer(Int64(row.n)), .real(row.confidence)])
        }
        if !run.replicationIntervals.isEmpty {
            try connection.execute(ShardIntervalTable.create)
            let interval = try connection.statement(ShardIntervalTable.insert)
            for row in run.replicationIntervals {
                try interval.run([.integer(runID), .text(row.channel), .text(row.metric), .integer(Int64(row.interval)),
                                  .integer(Int64(row.replication)), .real(row.value)])
            }
        }
        return runID
    }
}

/// The ids of `metric_keys` met so far in one write, so each name pair is looked up once.
private struct MetricKeys {
    private struct Key: Hashable {
        let channel: String
        let metric: String
    }

    private var ids: [Key: Int64] = [:]

    /// The id of (channel, metric), inserting the pair if the file does not have it yet.
    mutating func id(channel: String, metric: String, in connection: Connection) throws -> Int64 {
        let key = Key(channel: channel, metric: metric)
        if let id = ids[key] { return id }
        try connection.statement(SQL.insertMetricKey).run([.text(channel), .text(metric)])
        let found = try connection.statement(SQL.selectMetricKey)
            .query([.text(channel), .text(metric)]) { $0.integer(0) }
        guard let id = found.first else {
            throw StoreError.sqlite(code: 0, message: "metric key (\(channel), \(metric)) not found after insert")
        }
        ids[key] = id
        return id
    }
}
