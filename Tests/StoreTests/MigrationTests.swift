import Foundation
import ResultStore
import Testing

/// A file written by the schema-version-1 build is upgraded in place, losing nothing.
@Suite struct MigrationTests {
    /// Three v1 runs: a scenario with a strategy (two runs), and one at another confidence,
    /// with an unknown wall time and no summaries at all.
    static func v1Runs() -> [RunRecord] {
        var strategy = Fixtures.run(strategy: "more-chat", seed: UInt64.max)
        strategy.replicationMetrics.append(.init(replication: 0, channel: "totals",
                                                 metric: "agent_cost", value: 123.25))
        var bare = Fixtures.run(scenario: "telco", seed: 9)
        bare.wallSeconds = .nan
        bare.summaries = []
        bare.command = "bench"
        return [Fixtures.run(), strategy, bare]
    }

    static let replicationQuery = """
        SELECT run_id, replication, channel, metric, value FROM replication_metrics
        ORDER BY run_id, replication, channel, metric
        """

    @Test func everyValueSurvivesTheUpgrade() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let path = directory.database()
        let runs = Self.v1Runs()
        try V1File.create(at: path, runs: runs)
        let before = try RawDatabase(path: path)
        let replicationsBefore = try before.rows(Self.replicationQuery)
        let runsBefore = try before.rows("SELECT * FROM runs ORDER BY id")
        let seriesBefore = try before.rows("SELECT * FROM interval_series ORDER BY rowid")
        let summariesBefore = try before.rows("SELECT * FROM summaries ORDER BY rowid")
        #expect(replicationsBefore.count == 25)

        let database = try ResultDatabase(path: path)

        let raw = try RawDatabase(path: path)
        #expect(try raw.strings("PRAGMA user_version") == ["2"])
        // The view returns the very rows the v1 table held.
        #expect(try raw.rows(Self.replicationQuery) == replicationsBefore)
        #expect(try raw.rows("SELECT * FROM interval_series ORDER BY rowid") == seriesBefore)
        #expect(try raw.rows("SELECT * FROM summaries ORDER BY rowid") == summariesBefore)
        // The v1 columns of runs are untouched; the new ones say which experiment.
        #expect(try raw.rows("SELECT * FROM runs ORDER BY id").map { Array($0.prefix(12)) } == runsBefore)
        #expect(try raw.rows("SELECT experiment_id, parameters FROM runs ORDER BY id")
                == [["1", "{}"], ["2", "{}"], ["3", "{}"]])
        #expect(try raw.strings("PRAGMA foreign_key_check") == [])
        #expect(try raw.strings("PRAGMA integrity_check") == ["ok"])

        // Through the API: each run is an experiment of its own with the run's provenance.
        for (index, run) in runs.enumerated() {
            let id = Int64(index + 1)
            let stored = try #require(try database.runs(experimentID: id).first)
            #expect(stored.id == id && stored.strategy == run.strategy && stored.seed == run.seed)
            #expect(try database.summaries(runID: id) == run.summaries)
            #expect(try database.intervalSeries(runID: id) == run.intervalSeries)
            #expect(try database.replicationMetrics(runID: id) == run.replicationMetrics)
        }
        #expect(try database.experiments() == [
            experiment(1, runs[0], confidence: 0.95, wallSeconds: 1.25),
            experiment(2, runs[1], confidence: 0.95, wallSeconds: 1.25),
            experiment(3, runs[2], confidence: 0.95, wallSeconds: nil),
        ])
    }

    @Test func confidenceComesFromTheRunsSummaries() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let path = directory.database()
        var run = Fixtures.run()
        for index in run.summaries.indices { run.summaries[index].confidence = 0.9 }
        try V1File.create(at: path, runs: [run])

        #expect(try ResultDatabase(path: path).experiments().map(\.confidence) == [0.9])
    }

    @Test func upgradedFileHasTheSchemaOfANewFileAndKeepsWorking() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let upgraded = directory.database("upgraded.sqlite")
        let fresh = directory.database("fresh.sqlite")
        try V1File.create(at: upgraded, runs: Self.v1Runs())
        let database = try ResultDatabase(path: upgraded)
        _ = try ResultDatabase(path: fresh)

        let schema = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
        #expect(try RawDatabase(path: upgraded).rows(schema) == RawDatabase(path: fresh).rows(schema))

        // New ids continue after the upgraded ones, in both tables.
        let ids = try database.write(Fixtures.experiment())
        #expect(ids == StoredExperimentIDs(experimentID: 4, runIDs: [4, 5, 6]))
        #expect(try database.replicationMetrics(runID: 4) == Fixtures.run().replicationMetrics)
        #expect(try database.deleteExperiment(id: 2))
        #expect(try database.runs().map(\.id) == [1, 3, 4, 5, 6])
        #expect(try RawDatabase(path: upgraded).strings("PRAGMA foreign_key_check") == [])
    }

    private func experiment(_ id: Int64, _ run: RunRecord, confidence: Double,
                            wallSeconds: Double?) -> StoredExperiment {
        StoredExperiment(id: id, kind: run.command, scenarioName: run.scenarioName,
                         scenarioPath: run.scenarioPath, scenarioHash: run.scenarioHash,
                         seed: run.seed, replications: run.replications, threads: run.threads,
                         version: run.version, startedAt: run.startedAt, wallSeconds: wallSeconds,
                         command: run.command, confidence: confidence, baseline: nil, settings: "{}")
    }
}
