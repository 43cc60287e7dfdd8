import Foundation
import ResultStore
import Testing

/// Experiments: written whole, read back exactly, deleted with everything they own.
@Suite struct ExperimentTests {
    @Test func experimentReadsBackExactly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let database = try ResultDatabase(path: directory.database())
        let experiment = Fixtures.experiment(seed: UInt64.max - 1)

        let ids = try database.write(experiment)

        #expect(ids == StoredExperimentIDs(experimentID: 1, runIDs: [1, 2, 3]))
        #expect(try database.experiments() == [StoredExperiment(
            id: 1, kind: "compare", scenarioName: "bank", scenarioPath: "Scenarios/bank.yaml",
            scenarioHash: String(repeating: "cd", count: 32), seed: UInt64.max - 1,
            replications: 2, threads: 2, version: "0.2.0", startedAt: "2025-11-24T08:00:00Z",
            wallSeconds: 3.5, command: "channelsim compare Scenarios/bank.yaml --baseline base",
            confidence: 0.9, baseline: "base", settings: experiment.settings)])
        #expect(try database.experiment(id: 1) == database.experiments().first)
        #expect(try database.experiment(id: 2) == nil)

        let runs = try database.runs(experimentID: 1)
        #expect(runs.map(\.id) == ids.runIDs)
        #expect(runs.map(\.strategy) == ["base", "more-chat", "forms"])
        #expect(runs.map(\.parameters) == experiment.variants.map(\.parameters))
        #expect(runs.allSatisfy { $0.experimentID == 1 && $0.seed == UInt64.max - 1 })
        for (runID, variant) in zip(ids.runIDs, experiment.variants) {
            #expect(try database.summaries(runID: runID) == variant.summaries)
            #expect(try database.intervalSeries(runID: runID) == variant.intervalSeries)
            #expect(try database.replicationMetrics(runID: runID) == variant.replicationMetrics)
        }
        #expect(try database.targetVerdicts(experimentID: 1) == experiment.targetVerdicts)
        #expect(try database.comparisons(experimentID: 1) == experiment.comparisons)
        #expect(try database.runs(experimentID: 2).isEmpty)
        #expect(try database.targetVerdicts(experimentID: 2).isEmpty)
        #expect(try database.comparisons(experimentID: 2).isEmpty)
    }

    @Test func replicationNamesAreStoredOnceAndReadBackInKeyOrder() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let path = directory.database()
        let database = try ResultDatabase(path: path)
        var run = Fixtures.run()
        // Replication-major input: it reads back grouped by key, replications ascending.
        run.replicationMetrics = [
            .init(replication: 1, channel: "chat", metric: "asa", value: 2),
            .init(replication: 0, channel: "chat", metric: "asa", value: 1),
            .init(replication: 0, channel: "chat", metric: "offered", value: 10),
            .init(replication: 1, channel: "chat", metric: "offered", value: 20),
        ]
        let first = try database.write(run)
        run.replicationMetrics.reverse()
        let second = try database.write(run)

        let keyOrder: [ReplicationMetricRow] = [
            .init(replication: 0, channel: "chat", metric: "asa", value: 1),
            .init(replication: 1, channel: "chat", metric: "asa", value: 2),
            .init(replication: 0, channel: "chat", metric: "offered", value: 10),
            .init(replication: 1, channel: "chat", metric: "offered", value: 20),
        ]
        #expect(try database.replicationMetrics(runID: first) == keyOrder)
        #expect(try database.replicationMetrics(runID: second) == keyOrder)
        let raw = try RawDatabase(path: path)
        #expect(try raw.rows("SELECT id, channel, metric FROM metric_keys ORDER BY id")
                == [["1", "chat", "asa"], ["2", "chat", "offered"]])
        #expect(try raw.strings("SELECT count(*) FROM replication_values") == ["8"])
    }

    @Test func experimentsAreListedNewestLast() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let database = try ResultDatabase(path: directory.database())
        let single = try database.write(Fixtures.run(seed: 7))
        let ids = try database.write(Fixtures.experiment())

        let all = try database.experiments()
        #expect(all.map(\.id) == [1, 2])
        #expect(all.map(\.kind) == ["run", "compare"])
        // write(run) makes a one-variant experiment with the run's provenance.
        #expect(all[0].command == "run" && all[0].seed == 7 && all[0].confidence == 0.95)
        #expect(all[0].baseline == nil && all[0].settings == "{}")
        #expect(try database.runs(experimentID: 1).map(\.id) == [single])
        #expect(ids.runIDs == [2, 3, 4])
    }

    @Test func deleteRemovesTheExperimentAndEveryRowItOwns() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let path = directory.database()
        let database = try ResultDatabase(path: path)
        let doomed = try database.write(Fixtures.experiment(seed: 1))
        let kept = try database.write(Fixtures.experiment(seed: 2))

        #expect(try database.deleteExperiment(id: doomed.experimentID))
        #expect(try !database.deleteExperiment(id: doomed.experimentID))
        #expect(try !database.deleteExperiment(id: 999))

        #expect(try database.experiments().map(\.id) == [kept.experimentID])
        #expect(try database.runs().map(\.id) == kept.runIDs)
        let raw = try RawDatabase(path: path)
        let doomedRuns = doomed.runIDs.map(String.init).joined(separator: ",")
        for table in ["summaries", "interval_series", "replication_values", "target_verdicts"] {
            #expect(try raw.strings("SELECT count(*) FROM \(table) WHERE run_id IN (\(doomedRuns))") == ["0"],
                    "\(table)")
        }
        #expect(try raw.strings("SELECT count(*) FROM comparisons WHERE run_id IN (\(doomedRuns)) "
                                + "OR baseline_run_id IN (\(doomedRuns)) OR experiment_id = 1") == ["0"])
        #expect(try raw.strings("PRAGMA foreign_key_check") == [])
        // The other experiment is untouched; the key dictionary stays for it and later runs.
        #expect(try database.targetVerdicts(experimentID: kept.experimentID).count == 6)
        #expect(try database.comparisons(experimentID: kept.experimentID).count == 3)
        #expect(try database.summaries(runID: kept.runIDs[2]) == Fixtures.run().summaries)
        #expect(try raw.strings("SELECT count(*) FROM metric_keys") == ["4"])
    }

    @Test func deletingABaselineRunByHandTakesItsComparisonsAlong() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let path = directory.database()
        let ids = try ResultDatabase(path: path).write(Fixtures.experiment())

        let raw = try RawDatabase(path: path)
        try raw.execute("DELETE FROM runs WHERE id = \(ids.runIDs[0])")

        #expect(try raw.strings("SELECT count(*) FROM comparisons") == ["0"])
        #expect(try raw.strings("SELECT count(*) FROM target_verdicts") == ["4"])
        #expect(try raw.strings("PRAGMA foreign_key_check") == [])
    }
}
