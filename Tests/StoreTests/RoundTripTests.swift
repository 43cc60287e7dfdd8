import Foundation
import ResultStore
import Testing

/// What goes in comes back out, field for field and in order.
@Suite struct RoundTripTests {
    @Test func writtenRunReadsBackExactly() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let database = try ResultDatabase(path: directory.database())
        // A seed above Int64.max checks the bit-pattern storage of UInt64.
        let run = Fixtures.run(seed: UInt64.max - 7)

        let id = try database.write(run)

        // A lone run is stored as an experiment of its own.
        let experiment = try #require(try database.experiments().first)
        #expect(try database.runs() == [StoredRun(
            id: id, scenarioName: run.scenarioName, scenarioPath: run.scenarioPath,
            scenarioHash: run.scenarioHash, strategy: run.strategy, seed: run.seed,
            replications: run.replications, threads: run.threads, version: run.version,
            startedAt: run.startedAt, wallSeconds: run.wallSeconds, command: run.command,
            experimentID: experiment.id, parameters: "{}")])
        #expect(try database.replicationMetrics(runID: id) == run.replicationMetrics)
        #expect(try database.intervalSeries(runID: id) == run.intervalSeries)
        #expect(try database.summaries(runID: id) == run.summaries)
    }

    @Test func rowsOfOneRunDoNotLeakIntoAnother() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let database = try ResultDatabase(path: directory.database())
        let first = try database.write(Fixtures.run(seed: 1))
        var other = Fixtures.run(seed: 2)
        other.summaries.removeLast()
        let second = try database.write(other)

        #expect(first != second)
        #expect(try database.summaries(runID: first).count == 4)
        #expect(try database.summaries(runID: second) == other.summaries)
        #expect(try database.summaries(runID: 999).isEmpty)
    }

    @Test func nanIsStoredAsNull() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let database = try ResultDatabase(path: directory.database())
        var run = Fixtures.run()
        run.wallSeconds = .nan
        run.replicationMetrics = [.init(replication: 0, channel: "chat", metric: "asa", value: .nan)]
        run.intervalSeries = [.init(channel: "chat", interval: 0, intervalStart: 0, metric: "sl_offered",
                                    mean: .nan, halfWidth: .nan, n: 0)]
        run.summaries = [.init(channel: "chat", metric: "asa", mean: .nan, halfWidth: .nan,
                               low: .nan, high: .nan, n: 0, confidence: 0.95)]

        let id = try database.write(run)

        // The readers map only SQL NULL to nil, so nil here means NULL was stored.
        #expect(try database.runs().first?.wallSeconds == nil)
        #expect(try database.replicationMetrics(runID: id).first?.value == nil)
        let series = try #require(try database.intervalSeries(runID: id).first)
        #expect(series.mean == nil && series.halfWidth == nil)
        #expect(try database.summaries(runID: id) == [.init(
            channel: "chat", metric: "asa", mean: nil, halfWidth: nil, low: nil, high: nil,
            n: 0, confidence: 0.95)])
    }

    @Test func latestRunIsTheLastStoredOfItsScenarioAndStrategy() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let database = try ResultDatabase(path: directory.database())
        try database.write(Fixtures.run(scenario: "bank", seed: 1))
        let latest = try database.write(Fixtures.run(scenario: "bank", seed: 2))
        try database.write(Fixtures.run(scenario: "telco", seed: 3))
        try database.write(Fixtures.run(scenario: "bank", strategy: "other", seed: 4))

        let found = try database.latestRun(scenarioName: "bank", strategy: "base")
        #expect(found?.id == latest)
        #expect(found?.seed == 2)
        #expect(try database.latestRun(scenarioName: "nowhere", strategy: "base") == nil)
    }

    @Test func reopeningKeepsRunsAndCreatesMissingDirectories() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let path = directory.database("nested/deeper/results.sqlite")
        do {
            let database = try ResultDatabase(path: path)
            try database.write(Fixtures.run())
        }
        let reopened = try ResultDatabase(path: path)
        #expect(try reopened.runs().count == 1)
    }
}
