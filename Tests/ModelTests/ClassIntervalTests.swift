import ChannelModel
import Testing

/// Class figures per interval of arrival: exact on scripted arrivals, and adding up to the
/// channel's interval by interval on Poisson ones.
@Suite struct ClassIntervalTests {
    @Test func eachClassIsCountedInTheIntervalItArrivedIn() {
        // One agent, handle 200 s, two hours of two intervals; "priority" is strict.
        var phone = Fixture.channel(.phone, arrivals: [0, 10, 50, 3700, 3710, 3720], work: 200)
        phone.classes = [ContactClass(name: "regular", share: 0.5), ContactClass(name: "priority", share: 0.5, queueing: .strict)]
        phone.arrivalClasses = [0, 1, 0, 1, 1, 0]
        let spec = ModelSpec(horizon: Fixture.horizon(length: 7200, intervals: 2), channels: [phone],
                             teams: [Fixture.team(skills: [0], headcount: [1, 1])])
        let ch = Fixture.metrics(spec, seed: 1).channels[0]
        #expect(ch.classIntervals.count == 2 && ch.classIntervals.allSatisfy { $0.count == 2 })
        let regular = ch.classIntervals[0], priority = ch.classIntervals[1]
        #expect(regular.map { $0[.offered] } == [2, 1])
        #expect(priority.map { $0[.offered] } == [1, 2])
        // Interval 0: the call of 0 is answered at once, the strict call of 10 at 200 (190 s),
        // the regular call of 50 at 400 (350 s). Interval 1: the strict call of 3700 at once,
        // that of 3710 at 3900 (190 s), the regular call of 3720 at 4100 (380 s).
        #expect(regular.map { $0[.asa] } == [175, 380])
        #expect(priority.map { $0[.asa] } == [190, 95])
        // Time averages belong to no class.
        #expect(regular[0][.occupancy].isNaN && priority[1][.meanQueue].isNaN)
        for i in 0..<2 {
            #expect(regular[i][.offered] + priority[i][.offered] == ch.intervals[i][.offered])
            #expect(regular[i][.answered] + priority[i][.answered] == ch.intervals[i][.answered])
        }
        #expect(ch.intervalScopes.map(\.scope) == ["phone", "phone/regular", "phone/priority"])
    }

    @Test func classCountsAddUpToTheChannelsInEveryInterval() {
        var ch = ChannelSpec(name: "phone", kind: .phone, patience: .exponential(mean: 90), work: .exponential(mean: 240),
                             slTime: 20, arrivalRates: [0.04, 0.09, 0.05])
        ch.classes = [ContactClass(name: "vip", share: 0.1, queueing: .strict),
                      ContactClass(name: "credit", share: 0.3, queueing: .headStart(90)), ContactClass(name: "rest", share: 0.6)]
        let spec = ModelSpec(horizon: Fixture.horizon(length: 5400, intervals: 3), channels: [ch],
                             teams: [Fixture.team(skills: [0], headcount: [9, 16, 11])])
        let counts = Metric.allCases.filter(\.isCount)
        for seed: UInt64 in [1, 2, 3] {
            let m = Fixture.metrics(spec, seed: seed).channels[0]
            #expect(m.total[.abandoned] > 0 && m.total[.offered] > 200)
            for i in 0..<3 {
                for metric in counts {
                    let sum = m.classIntervals.map { $0[i][metric] }.reduce(0, +)
                    #expect(sum == m.intervals[i][metric], "\(metric) in interval \(i)")
                }
            }
            // And each class's intervals add up to its horizon figure.
            for k in 0..<3 {
                for metric in counts {
                    #expect(m.classIntervals[k].map { $0[metric] }.reduce(0, +) == m.classes[k][metric], "\(metric) of class \(k)")
                }
            }
        }
        var plain = spec
        plain.channels[0].classes = []
        let none = Fixture.metrics(plain, seed: 1).channels[0]
        #expect(none.classIntervals.isEmpty && none.intervalScopes.map(\.scope) == ["phone"])
    }
}
