/// Reading and deleting experiments, with the verdicts and comparisons stored with them.
extension ResultDatabase {
    /// Every stored experiment, oldest (lowest id) first, newest last.
    public func experiments() throws -> [StoredExperiment] {
        try connection.statement(SQL.selectExperiments).query([], Self.storedExperiment)
    }

    /// Experiment `id`, or nil if there is none.
    public func experiment(id: Int64) throws -> StoredExperiment? {
        try connection.statement(SQL.selectExperiment).query([.integer(id)], Self.storedExperiment).first
    }

    /// The target verdicts of experiment `experimentID`, in the order they were written.
    public func targetVerdicts(experimentID: Int64) throws -> [TargetVerdictRow] {
        try connection.statement(SQL.selectTargetVerdicts).query([.integer(experimentID)]) { row in
            TargetVerdictRow(
                variant: row.text(0), position: row.int(1), target: row.text(2),
                channel: row.text(3), metric: row.text(4),
                comparison: try Self.decode(TargetVerdictRow.Comparison.self, row.text(5)),
                bound: row.real(6) ?? .nan, mean: row.real(7), low: row.real(8), high: row.real(9),
                n: row.int(10), verdict: try Self.decode(TargetVerdictRow.Verdict.self, row.text(11)))
        }
    }

    /// The comparisons of experiment `experimentID`, in the order they were written.
    public func comparisons(experimentID: Int64) throws -> [ComparisonRow] {
        try connection.statement(SQL.selectComparisons).query([.integer(experimentID)]) { row in
            ComparisonRow(
                variant: row.text(0), baseline: row.text(1), channel: row.text(2),
                metric: row.text(3), difference: row.real(4), halfWidth: row.real(5),
                low: row.real(6), high: row.real(7), n: row.int(8), relative: row.real(9),
                pValue: row.real(10), adjustedP: row.real(11),
                verdict: try Self.decode(ComparisonRow.Verdict.self, row.text(12)))
        }
    }

    /// Deletes experiment `id` with its runs and all their rows; false if there is no such id.
    ///
    /// The foreign keys cascade (they are on for every connection of this store). The
    /// `metric_keys` dictionary is shared by all runs and is left as it is.
    @discardableResult
    public func deleteExperiment(id: Int64) throws -> Bool {
        try connection.immediateTransaction {
            try connection.statement(SQL.deleteExperiment).run([.integer(id)])
            return connection.changes > 0
        }
    }

    /// The enum case for a stored value; the tables' CHECKs allow only these, so anything
    /// else means the file was edited outside channelsim.
    private static func decode<Value: RawRepresentable<String>>(_ type: Value.Type, _ text: String) throws -> Value {
        guard let value = Value(rawValue: text) else {
            throw StoreError.schema("unexpected value '\(text)' for \(Value.self)")
        }
        return value
    }

    private static func storedExperiment(_ row: Row) -> StoredExperiment {
        StoredExperiment(
            id: row.integer(0), kind: row.text(1), scenarioName: row.text(2),
            scenarioPath: row.text(3), scenarioHash: row.text(4),
            seed: UInt64(bitPattern: row.integer(5)), replications: row.int(6),
            threads: row.int(7), version: row.text(8), startedAt: row.text(9),
            wallSeconds: row.real(10), command: row.text(11), confidence: row.real(12) ?? .nan,
            baseline: row.optionalText(13), settings: row.text(14))
    }
}
