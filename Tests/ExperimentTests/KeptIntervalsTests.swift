import ChannelModel
import Experiments
import Scenario
import Statistics
import Testing

/// `ExperimentDesign.keptIntervals`: keeping only some intervals per replication (a soak's
/// day closes) summarises every interval bit for bit as keeping them all, whatever the
/// thread count, across precision batches and through the warm-up pilot.
@Suite struct KeptIntervalsTests {
    /// A two-channel day of 30-minute intervals, three days back to back.
    static func model() throws -> ModelSpec {
        let text = """
            name: kept
            seed: 3
            replications: 4
            horizon: { start: "08:00", end: "12:00", interval: 30m }
            channels:
              chat:
                arrivals: { rate: 30/h }
                patience: { exponential: { mean: 2m } }
                work: { exponential: { mean: 4m } }
              message:
                kind: form
                arrivals: { rate: 40/h }
                handle: 3m
                hours: "08:00-12:00"
            teams:
              web: { skills: [chat], headcount: 2, concurrency: 2 }
              office: { skills: [message], headcount: 1 }
            """
        return try ScenarioLoader.parseSet(text, file: "kept.yaml").base.model.repeatingDays(3)
    }

    static func bits(_ ci: MetricInterval) -> [UInt64] {
        guard let ci else { return [] }
        return [ci.mean.bitPattern, ci.halfWidth?.bitPattern ?? 1, UInt64(ci.count)]
    }

    /// Every interval, total and group interval of every channel of every variant, and the warm-up, identical.
    static func expectSameSummaries(_ a: ExperimentResult, _ b: ExperimentResult) {
        #expect(a.replications == b.replications && a.warmup == b.warmup)
        for (x, y) in zip(a.variants, b.variants) {
            for (p, q) in zip(x.summary.channels, y.summary.channels) {
                #expect(p.intervals.count == q.intervals.count && !p.intervals.isEmpty)
                #expect(p.intervals.map { $0.map(bits) } == q.intervals.map { $0.map(bits) }, "\(p.channel)")
                #expect(p.total.map(bits) == q.total.map(bits))
            }
            #expect(x.summary.groups.map { $0.values.map(bits) } == y.summary.groups.map { $0.values.map(bits) })
        }
    }

    @Test func dayClosesSummariseEveryIntervalAsKeepingAll() throws {
        let m = try Self.model()
        var bigger = m
        bigger.teams[1].headcount = bigger.teams[1].headcount.map { $0 + 1 }
        let all = ExperimentDesign(variants: [Variant(name: "a", model: m), Variant(name: "b", model: bigger)], seed: 3,
                                   replications: 5, confidence: 0.95)
        var only = all
        let closes = Soak.dayCloses(m.horizon)
        #expect(closes == [7, 15, 23])
        only.keptIntervals = .only(closes)
        let a = Experiment.run(all, threads: 1), b = Experiment.run(only, threads: 3)
        Self.expectSameSummaries(a, b)
        // The replications keep the day closes only, in day order, with the values they had.
        let fullRep = a.variants[1].summary.replications[4], kept = b.variants[1].summary.replications[4]
        #expect(fullRep.channels[1].intervals.count == 24 && kept.channels[1].intervals == closes.map { fullRep.channels[1].intervals[$0] })
        #expect(b.variants[0].figures.values.map { $0.map(\.bitPattern) } == a.variants[0].figures.values.map { $0.map(\.bitPattern) })
        // The soak reads the same backlogs either way.
        let sa = Soak.analyse(a.variants[0], level: 0.95), sb = Soak.analyse(b.variants[0], level: 0.95)
        #expect(sa.channels.map { $0.perReplication.map { $0.map(\.bitPattern) } } == sb.channels.map { $0.perReplication.map { $0.map(\.bitPattern) } })
        #expect(sa.channels[0].perReplication[0].allSatisfy { !$0.isNaN })
    }

    @Test func precisionBatchesAndTheWarmupPilotFoldInOrder() throws {
        let m = try Self.model()
        var all = ExperimentDesign(variants: [Variant(name: "a", model: m)], seed: 9, replications: 3, confidence: 0.95)
        // A goal no run of this size reaches: batches of 3, 6, 12, then the cap of 14.
        all.precision = [PrecisionGoal(key: MetricKey(scope: "chat", metric: "asa"), halfWidth: 1e-9)]
        all.maxReplications = 14
        all.warmup = .auto
        var only = all
        only.keptIntervals = .only([23])
        let a = Experiment.run(all, threads: 2), b = Experiment.run(only, threads: 2)
        #expect(a.replications == 14)
        Self.expectSameSummaries(a, b)
        #expect(b.variants[0].summary.replications.map { $0.channels[0].intervals.count } == Array(repeating: 1, count: 14))
    }
}
