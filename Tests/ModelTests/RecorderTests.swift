import ChannelModel
import Testing

@Suite struct RecorderTests {
    /// A two-interval day with Poisson arrivals on both channels and a head-count change.
    static var spec: ModelSpec {
        let chat = ChannelSpec(name: "chat", kind: .chat, patience: .exponential(mean: 60), work: .exponential(mean: 300),
                               slTime: 30, arrivalRates: [4.0 / 60, 2.0 / 60])
        let phone = ChannelSpec(name: "phone", kind: .phone, patience: .weibull(mean: 120, shape: 0.8),
                                work: .lognormal(mean: 240, cv: 0.6), slTime: 20, arrivalRates: [1.0 / 60, 1.0 / 60])
        return ModelSpec(horizon: Horizon(intervalLength: 3600, intervalsPerDay: 2), channels: [chat, phone],
                         teams: [TeamSpec(name: "web", skills: [0], headcount: [6, 3], concurrency: 3,
                                          speeds: TeamSpec.speeds(concurrency: 3, slowdown: 0.2)),
                                 TeamSpec(name: "voice", skills: [1, 0], headcount: [4, 4], concurrency: 1, speeds: [1])])
    }

    static func run(seed: UInt64, replication: Int) -> ReplicationMetrics {
        Fixture.metrics(spec, seed: seed, replication: replication)
    }

    @Test func everyOfferedContactHasExactlyOneOutcome() {
        for rep in 0..<5 {
            let m = Self.run(seed: 3, replication: rep)
            for ch in m.channels {
                let parts = [Metric.answered, .abandoned, .unanswered].map { ch.total[$0] }.reduce(0, +)
                #expect(ch.total[.offered] == parts, "\(ch.channel) rep \(rep)")
                #expect(ch.total[.offered] > 0)
                let perInterval = ch.intervals.map { $0[.offered] }.reduce(0, +)
                #expect(perInterval == ch.total[.offered])
                for v in [ch.total[.pWait], ch.total[.slOffered], ch.total[.occupancy], ch.total[.slotUtilisation]] {
                    #expect(v >= 0 && v <= 1)
                }
                #expect(ch.total[.slOffered] <= ch.total[.slAnswered])
                #expect(ch.total[.waitP50] <= ch.total[.waitP90] && ch.total[.waitP90] <= ch.total[.waitP99])
            }
        }
    }

    @Test func sameSeedSameResultDifferentReplicationDiffers() {
        let a = Self.run(seed: 11, replication: 2), b = Self.run(seed: 11, replication: 2)
        #expect(a == b)
        let c = Self.run(seed: 11, replication: 3)
        #expect(a.channels[0].total[.offered] != c.channels[0].total[.offered] || a.channels[0].total[.asa] != c.channels[0].total[.asa])
    }

    @Test func warmupExcludesEarlyArrivals() {
        var spec = Self.spec
        spec.warmup = 3600
        let m = Fixture.metrics(spec, seed: 3, replication: 0)
        #expect(m.channels[0].intervals[0][.offered] == 0)
        #expect(m.channels[0].intervals[0][.meanQueue].isNaN)
        #expect(m.channels[0].intervals[1][.offered] > 0)
    }

    @Test func nightGapAndCancelledTimersDoNotDiluteTimeAverages() {
        // Two days of one 1-hour interval each, 23 hours apart; patience far longer than the
        // horizon, so cancelled patience timers pop long after the end. The staff average of
        // each interval and of the whole run must still be the head-count.
        // Calls last exactly 60 s, so the overtime after each close is at most a minute.
        let ch = ChannelSpec(name: "phone", kind: .phone, patience: .exponential(mean: 1e6), work: .deterministic(60),
                             slTime: 20, arrivalRates: [0.2, 0.2])
        let spec = ModelSpec(horizon: Horizon(intervalLength: 3600, intervalsPerDay: 1, days: 2), channels: [ch],
                             teams: [TeamSpec(name: "t", skills: [0], headcount: [20, 20], concurrency: 1, speeds: [1])])
        let m = Fixture.metrics(spec, seed: 1, replication: 0)
        for i in 0..<2 {
            // 20 on shift for the whole hour; the minute of work after each close is overtime.
            #expect(abs(m.channels[0].intervals[i][.staff] - 20) < 1e-9, "interval \(i)")
            let overtime = m.channels[0].intervals[i][.overtime]
            #expect(overtime > 0 && overtime <= 20 * 60 / 3600.0, "interval \(i): \(overtime) agent-hours")
        }
        #expect(abs(m.channels[0].total[.staff] - 20) < 1e-9)
        #expect(m.endTime < 86_400 + 3600 + 3600)
    }

    @Test func staffMetricFollowsHeadcount() {
        // Three intervals: web has 6, 3, 3 agents on chat; voice (4) also has the chat skill.
        var spec = Self.spec
        spec.horizon = Horizon(intervalLength: 3600, intervalsPerDay: 3)
        spec.channels = spec.channels.map { var c = $0; c.arrivalRates.append(c.arrivalRates[1]); return c }
        spec.teams[0].headcount = [6, 3, 3]
        spec.teams[1].headcount = [4, 4, 4]
        let m = Fixture.metrics(spec, seed: 5, replication: 0)
        // Each channel has its share of the agents: web's 6 on chat, and voice's 4 split
        // between phone and chat by their busy time, so the channels add up to 10.
        let chat0 = m.channels[0].intervals[0][.staff], phone0 = m.channels[1].intervals[0][.staff]
        #expect(abs(chat0 + phone0 - 10) < 1e-9)
        #expect(chat0 >= 6 && phone0 <= 4)
        // Interval 1: 3 + 4 on shift plus leaving web agents finishing their chats.
        let staff1 = m.channels[0].intervals[1][.staff] + m.channels[1].intervals[1][.staff]
        #expect(staff1 > 7 && staff1 < 10)
    }
}
