import Foundation
import ResultStore
import Testing

/// `writeMerged`: runs from several files become one experiment in the order given, every
/// row that hangs off them follows with renumbered ids, dictionary rows are matched by
/// content, and a table the store does not know is merged like the others.
@Suite struct MergeTests {
    /// Two sources, each one experiment of two variants (like two shards of a sweep).
    static func sources(_ dir: TemporaryDirectory) throws -> [String] {
        try [["p0", "p2"], ["p1", "p3"]].enumerated().map { k, names in
            let path = dir.database("shard-\(k + 1).sqlite")
            let db = try ResultDatabase(path: path)
            // An unrelated experiment first, so that ids differ between files.
            if k == 1 { try db.write(Fixtures.run(strategy: "other")) }
            var record = Fixtures.experiment()
            record.variants = names.map { Fixtures.run(strategy: $0) }
            record.targetVerdicts = names.map { n in
                TargetVerdictRow(variant: n, position: 0, target: "chat.asa <= 20s", channel: "chat", metric: "asa",
                                 comparison: .atMost, bound: 20, mean: 12.5, low: nil, high: nil, n: 1, verdict: .undecided)
            }
            record.comparisons = []
            record.baseline = nil
            try db.write(record)
            return path
        }
    }

    @Test func runsAndTheirRowsAreCopiedInTheGivenOrderWithNewIds() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let paths = try Self.sources(dir)
        let sources = try paths.map { try ResultDatabase(readingOnly: $0) }
        let experimentIDs = try sources.map { try #require($0.experiments().last?.id) }
        let runs = try sources.map { try $0.runs(experimentID: try #require($0.experiments().last?.id)) }
        // Interleaved: p0 (source 0), p1 (source 1), p2, p3.
        let order = (0..<4).map { p in MergedRun(source: p % 2, runID: runs[p % 2][p / 2].id) }
        let out = try ResultDatabase(path: dir.database("all.sqlite"))
        let header = MergedHeader(command: "channelsim sweep x", threads: 3, startedAt: "2026-01-01T00:00:00Z",
                                  wallSeconds: 2.5, settings: #"{"a":1}"#)
        let id = try out.writeMerged(from: sources, experiments: experimentIDs, runs: order, header: header)
        let merged = try #require(try out.experiment(id: id))
        #expect(merged.command == "channelsim sweep x" && merged.threads == 3 && merged.settings == #"{"a":1}"#)
        #expect(merged.wallSeconds == 2.5 && merged.startedAt == "2026-01-01T00:00:00Z" && merged.seed == 42)
        let copied = try out.runs(experimentID: id)
        #expect(copied.map(\.strategy) == ["p0", "p1", "p2", "p3"])
        #expect(copied.map(\.id) == copied.map(\.id).sorted())
        for (run, source) in zip(copied, order) {
            let original = runs[source.source].first { $0.id == source.runID }!
            #expect(try out.summaries(runID: run.id) == sources[source.source].summaries(runID: original.id))
            #expect(try out.intervalSeries(runID: run.id) == sources[source.source].intervalSeries(runID: original.id))
            #expect(try out.replicationMetrics(runID: run.id) == sources[source.source].replicationMetrics(runID: original.id))
        }
        #expect(try out.targetVerdicts(experimentID: id).map(\.variant) == ["p0", "p1", "p2", "p3"])
        // The key dictionary holds each (channel, metric) once, whatever the sources numbered.
        let keys = try RawDatabase(path: dir.database("all.sqlite")).rows("SELECT count(*), count(DISTINCT channel || '/' || metric) FROM metric_keys")
        #expect(keys == [["4", "4"]])
    }

    @Test func aTableTheStoreDoesNotKnowIsMergedToo() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let paths = try Self.sources(dir)
        let outPath = dir.database("all.sqlite")
        _ = try ResultDatabase(path: outPath)
        // A figure table added by a later version: per run and per metric key, no code here knows it.
        let ddl = """
            CREATE TABLE extra_figures (run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
                                        key_id INTEGER NOT NULL REFERENCES metric_keys (id), value REAL);
            """
        for path in paths + [outPath] { try RawDatabase(path: path).execute(ddl) }
        for (k, path) in paths.enumerated() {
            try RawDatabase(path: path).execute("""
                INSERT INTO extra_figures SELECT r.id, k.id, r.id * 0.5 + \(k)
                FROM runs AS r, metric_keys AS k WHERE r.strategy LIKE 'p%' AND k.metric = 'asa' AND k.channel = 'email'
                """)
        }
        let sources = try paths.map { try ResultDatabase(readingOnly: $0) }
        let experimentIDs = try sources.map { try #require($0.experiments().last?.id) }
        let runs = try sources.map { try $0.runs(experimentID: try #require($0.experiments().last?.id)) }
        let order = (0..<4).map { p in MergedRun(source: p % 2, runID: runs[p % 2][p / 2].id) }
        let out = try ResultDatabase(path: outPath)
        _ = try out.writeMerged(from: sources, experiments: experimentIDs, runs: order,
                                header: MergedHeader(command: "c", threads: 1, startedAt: "s", wallSeconds: nil, settings: "{}"))
        let rows = try RawDatabase(path: outPath).rows("""
            SELECT r.strategy, k.channel, k.metric, e.value FROM extra_figures AS e
            JOIN runs AS r ON r.id = e.run_id JOIN metric_keys AS k ON k.id = e.key_id ORDER BY e.rowid
            """)
        // Source 0's runs are ids 1, 2 (p0, p2); source 1's are 2, 3 after its unrelated run 1 (p1, p3).
        #expect(rows == [["p0", "email", "asa", "0.5"], ["p1", "email", "asa", "2.0"],
                         ["p2", "email", "asa", "1.0"], ["p3", "email", "asa", "2.5"]])
    }

    @Test func readingOnlyRefusesWhatIsNotAResultDatabase() throws {
        let dir = try TemporaryDirectory()
        defer { dir.cleanUp() }
        let text = dir.database("notes.sqlite")
        try "not a database at all, but long enough to have a header of sorts....................................."
            .write(toFile: text, atomically: true, encoding: .utf8)
        let other = dir.database("other.sqlite")
        try RawDatabase(path: other).execute("CREATE TABLE t (x); INSERT INTO t VALUES (1)")
        for path in [text, other, dir.database("missing.sqlite")] {
            #expect(throws: StoreError.self) { try ResultDatabase(readingOnly: path) }
        }
        // Nothing was created or changed.
        #expect(!FileManager.default.fileExists(atPath: dir.database("missing.sqlite")))
        #expect(try RawDatabase(path: other).rows("SELECT name FROM sqlite_master") == [["t"]])
    }
}
