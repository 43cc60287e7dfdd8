import ChannelModel
import Foundation
import Testing
import Variates

/// The draws of classes, day factors and shrinkage re-implemented from docs/model.md alone
/// (streams, indices, uniforms per contact), against the engine: a reader who follows the
/// page gets the engine's customers draw for draw.
@Suite struct ClassDrawTests {
    /// A stream as docs/model.md derives it.
    static func stream(_ seed: UInt64, _ purpose: StreamPurpose, _ index: Int = 0) -> RandomStream {
        RandomStream(StreamKey(seed: seed, replication: 0, purpose: purpose, index: index))
    }

    @Test func theClassIsTheFirstWhoseRunningShareExceedsItsUniform() {
        let times = (0..<300).map { Double($0) * 10 }
        var phone = Fixture.channel(.phone, arrivals: times, work: 1)
        phone.classes = [ContactClass(name: "a", share: 0.25), ContactClass(name: "zero", share: 0),
                         ContactClass(name: "b", share: 0.35), ContactClass(name: "c", share: 0.4)]
        let spec = ModelSpec(horizon: Fixture.horizon(length: 3600), channels: [phone],
                             teams: [Fixture.team(skills: [0], headcount: [1])])
        let u = Self.stream(7, .contactClass)
        var sum = 0.0
        let running = phone.classes.map { sum += $0.share; return sum }
        // One uniform per arrival; class k is told to the monitor as group −2 − k.
        let expected = times.map { _ -> Int in
            let x = u.uniform()
            return -2 - running.firstIndex { x < $0 }!
        }
        #expect(Fixture.run(spec, seed: 7).arrivalGroups == expected)
        #expect(!expected.contains(-3))            // share 0: never drawn
        #expect(Set(expected) == [-2, -4, -5])
    }

    @Test func aBandedLawTakesOneUniformAndAnUnbandedOneIsSampled() {
        // Nobody on duty: every contact abandons after exactly its patience. Class 0 has its
        // own bands, class 1 one gamma law all day (over the channel's bands), class 2 the
        // channel's bands; all on the channel's `patience` stream, in arrival order.
        let times = (0..<60).map { Double($0) * 50 }
        var phone = Fixture.channel(.phone, arrivals: times, work: 1, patience: .exponential(mean: 30), intervals: 2)
        phone.patienceBands = [.exponential(mean: 30), .exponential(mean: 40)]
        var banded = ContactClass(name: "banded", share: 0.4)
        banded.patience = .exponential(mean: 10)
        banded.patienceBands = [.exponential(mean: 10), .exponential(mean: 20)]
        var gamma = ContactClass(name: "gamma", share: 0.3)
        gamma.patience = .gamma(mean: 15, cv: 2)
        phone.classes = [banded, gamma, ContactClass(name: "inherits", share: 0.3)]
        phone.arrivalClasses = times.indices.map { $0 % 3 }
        let spec = ModelSpec(horizon: Fixture.horizon(length: 3600, intervals: 2), channels: [phone],
                             teams: [Fixture.team(skills: [0], headcount: [0, 0])])
        let log = Fixture.run(spec, seed: 5).log
        let p = Self.stream(5, .patience)
        for (n, t) in times.enumerated() {
            let band = t < 1800 ? 0 : 1
            let patience: Double
            switch n % 3 {
            case 0: patience = Sampler(banded.patienceBands![band]).quantile(p.uniform())
            case 1: patience = Sampler(gamma.patience!).sample(p)
            default: patience = Sampler(phone.patienceBands![band]).quantile(p.uniform())
            }
            #expect(log.contains(.abandoned(channel: 0, arrival: t, wait: (t + patience) - t)), "contact \(n)")
        }
    }

    @Test func onlyAClassWithAfterCallWorkDrawsIt() {
        // The channel has no after-call work; class 0 has its own. One agent, calls far
        // apart: each busy period is the handle (10 s) plus the contact's wrap-up, and only
        // class 0's contacts take a draw from the channel's `wrapUp` stream.
        let times = (0..<20).map { Double($0) * 150 }
        var phone = Fixture.channel(.phone, arrivals: times, work: 10)
        var wrap = ContactClass(name: "wrap", share: 0.5)
        wrap.afterCallWork = .exponential(mean: 30)
        phone.classes = [wrap, ContactClass(name: "plain", share: 0.5)]
        let classes = times.indices.map { $0 % 3 == 1 ? 1 : 0 }
        phone.arrivalClasses = classes
        let spec = ModelSpec(horizon: Fixture.horizon(length: 3600), channels: [phone],
                             teams: [Fixture.team(skills: [0], headcount: [1])])
        let busy = Fixture.run(spec, seed: 11).busyPeriods
        #expect(busy.count == times.count)
        let w = Self.stream(11, .wrapUp)
        for (n, k) in classes.enumerated() {
            let expected = 10 + (k == 0 ? max(0, Sampler(.exponential(mean: 30)).sample(w)) : 0)
            #expect(abs(busy[n].to - busy[n].from - expected) < 1e-9, "contact \(n)")
        }
    }

    @Test func eachDaysFactorIsTheGammaQuantileOfTheSharedDayUniform() {
        // Three one-hour windows a day apart; two channels with their own CVs. Re-implemented:
        // U_d from `overdispersion` index 10002, factor = Gamma(1, c) quantile, then the
        // inversion of the piecewise-constant rate with one Exp(1) per arrival.
        let h = Horizon(intervalLength: 3600, intervalsPerDay: 1, days: 3)
        let cvs = [0.3, 0.1]
        let channels = cvs.indices.map { c -> ChannelSpec in
            var ch = ChannelSpec(name: "ch\(c)", kind: .phone, patience: .never, work: .deterministic(1), slTime: 20,
                                 arrivalRates: [0.05, 0.05, 0.05])
            ch.overdispersionCV = cvs[c]
            return ch
        }
        let teams = cvs.indices.map { Fixture.team(skills: [$0], headcount: [50, 50, 50]) }
        let events = Fixture.run(ModelSpec(horizon: h, channels: channels, teams: teams), seed: 3).log
        let day = Self.stream(3, .overdispersion, 10_002)
        let u = (0..<h.days).map { _ in day.uniform() }
        for c in cvs.indices {
            let rates = u.map { 0.05 * Sampler(.gamma(mean: 1, cv: cvs[c])).quantile($0) }
            let exp1 = Self.stream(3, .arrivals, c)
            var expected: [Double] = [], t = 0.0
            arrivals: while true {
                var budget = -log(exp1.uniform()), time = t
                var i = 0
                while i < h.intervalCount && h.end(ofInterval: i) <= t { i += 1 }
                while i < h.intervalCount {
                    let start = max(time, h.start(ofInterval: i)), end = h.end(ofInterval: i)
                    if rates[i] * (end - start) >= budget {
                        t = start + budget / rates[i]
                        expected.append(t)
                        continue arrivals
                    }
                    budget -= rates[i] * (end - start)
                    i += 1
                    time = end
                }
                break
            }
            let seen = events.compactMap { e -> Double? in
                if case .arrived(let ch, let time) = e, ch == c { return time } else { return nil }
            }
            #expect(seen == expected)
            #expect(expected.count > 100)
        }
        #expect(Set(u.map { Sampler(.gamma(mean: 1, cv: 0.3)).quantile($0) }).count == 3)
    }

    @Test func onDutyRoundsEachIntervalsShareHalvesUp() {
        #expect(TeamSpec.onDuty(10, shrinkage: 0.25) == 8)     // 7.5
        #expect(TeamSpec.onDuty(10, shrinkage: 0.3) == 7)
        #expect(TeamSpec.onDuty(5, shrinkage: 0.5) == 3)       // 2.5
        #expect(TeamSpec.onDuty(7, shrinkage: 0) == 7)
        var team = Fixture.team(skills: [0], headcount: [10, 10, 10, 10])
        team.shrinkageBands = [0.25, 0.45]                     // two intervals a day
        #expect((0..<4).map(team.onDuty) == [8, 6, 8, 6])      // 5.5 → 6
    }
}
