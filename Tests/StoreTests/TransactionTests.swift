import Foundation
import ResultStore
import Testing

/// A run is stored whole or not at all.
@Suite struct TransactionTests {
    /// Ways to make the last row of a run violate a constraint, after many good rows.
    enum Breakage: String, CaseIterable, Sendable {
        case emptyMetricInSummaries, duplicateIntervalRow, negativeReplication, confidenceOutOfRange

        func apply(to run: inout RunRecord) {
            switch self {
            case .emptyMetricInSummaries:
                run.summaries.append(.init(channel: "chat", metric: "", mean: 1, halfWidth: nil,
                                           low: nil, high: nil, n: 1, confidence: 0.95))
            case .duplicateIntervalRow:
                run.intervalSeries.append(run.intervalSeries[0])
            case .negativeReplication:
                run.replicationMetrics.append(.init(replication: -1, channel: "chat",
                                                    metric: "offered", value: 1))
            case .confidenceOutOfRange:
                run.summaries.append(.init(channel: "chat", metric: "late", mean: 1, halfWidth: nil,
                                           low: nil, high: nil, n: 1, confidence: 95))
            }
        }
    }

    @Test(arguments: Breakage.allCases)
    func failedWriteLeavesNoRows(_ breakage: Breakage) throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let database = try ResultDatabase(path: directory.database())
        var run = Fixtures.run()
        breakage.apply(to: &run)

        #expect(throws: StoreError.self) { try database.write(run) }

        // The failed run would have had id 1 (the rolled-back AUTOINCREMENT counter is
        // restored too), so nothing under id 1 in any table means nothing was kept.
        #expect(try database.runs().isEmpty)
        #expect(try database.replicationMetrics(runID: 1).isEmpty)
        #expect(try database.intervalSeries(runID: 1).isEmpty)
        #expect(try database.summaries(runID: 1).isEmpty)

        // The connection is not left inside the aborted transaction.
        let good = Fixtures.run()
        let id = try database.write(good)
        #expect(id == 1)
        #expect(try database.intervalSeries(runID: id) == good.intervalSeries)
    }

    @Test func errorNamesTheFailedConstraint() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let database = try ResultDatabase(path: directory.database())
        var run = Fixtures.run()
        Breakage.emptyMetricInSummaries.apply(to: &run)

        let error = #expect(throws: StoreError.self) { try database.write(run) }
        let text = error?.description ?? ""
        #expect(text.contains("summaries"))
        #expect(text.contains("CHECK constraint failed"))
    }
}
