import ChannelModel
import Testing
import Variates

/// Handle time and patience that change over the day: a contact takes the law of the
/// interval it arrives in (docs/model.md, "Parameters that change over the day").
@Suite struct TimeBandTests {
    /// Two 60 s intervals; phone with per-interval handle / patience laws.
    static func phone(arrivals: [Double], work: [Distribution]? = nil, patience: [Distribution]? = nil) -> ChannelSpec {
        var ch = Fixture.channel(.phone, arrivals: arrivals, work: 30, intervals: 2)
        ch.workBands = work
        ch.patienceBands = patience
        return ch
    }

    static func completed(_ m: RecordingMonitor) -> [[Double]] {
        m.outcomes.compactMap { if case .completed(_, let a, let s) = $0 { return [a, s] } else { return nil } }
            .sorted { $0[0] < $1[0] }
    }

    @Test func aContactTakesTheHandleTimeOfTheIntervalItArrivesIn() {
        // Band 1 (0–60 s): 30 s; band 2 (60–120 s): 50 s. The call at 55 is still in
        // band 1 when answered, and keeps 30 s although it ends in band 2.
        let spec = ModelSpec(horizon: Fixture.horizon(length: 120, intervals: 2),
                             channels: [Self.phone(arrivals: [10, 55, 70], work: [.deterministic(30), .deterministic(50)])],
                             teams: [Fixture.team(skills: [0], headcount: [3, 3])])
        #expect(Self.completed(Fixture.run(spec)) == [[10, 30], [55, 30], [70, 50]])
    }

    @Test func aContactTakesThePatienceOfTheIntervalItArrivesIn() {
        // No agents: each caller abandons after its band's patience (5 s, then 20 s).
        let spec = ModelSpec(horizon: Fixture.horizon(length: 120, intervals: 2),
                             channels: [Self.phone(arrivals: [10, 70], patience: [.deterministic(5), .deterministic(20)])],
                             teams: [Fixture.team(skills: [0], headcount: [0, 0])])
        let abandoned = Fixture.run(spec).outcomes.compactMap { e -> [Double]? in
            if case .abandoned(_, let a, let w) = e { return [a, w] } else { return nil }
        }
        #expect(abandoned == [[10, 5], [70, 20]])
        #expect(spec.metricApplies(.pAbandon, channel: 0))
    }

    @Test func changingOneBandKeepsEveryOtherContactsDraw() {
        // Poisson arrivals over two hours; lognormal handle per hour. Changing hour 2's law
        // leaves every hour-1 contact's handle time bit-identical (common random numbers),
        // and changes hour-2 contacts'.
        func model(_ second: Distribution) -> ModelSpec {
            var ch = ChannelSpec(name: "phone", kind: .phone, patience: .never, work: .lognormal(mean: 200, cv: 1.2),
                                 slTime: 20, arrivalRates: [0.02, 0.02])
            ch.workBands = [.lognormal(mean: 200, cv: 1.2), second]
            return ModelSpec(horizon: Fixture.horizon(length: 7200, intervals: 2), channels: [ch],
                             teams: [Fixture.team(skills: [0], headcount: [50, 50])])
        }
        let a = Self.completed(Fixture.run(model(.lognormal(mean: 300, cv: 0.8)), seed: 7))
        let b = Self.completed(Fixture.run(model(.gamma(mean: 100, cv: 0.5)), seed: 7))
        #expect(a.count == b.count && a.count > 20)
        #expect(a.filter { $0[0] < 3600 } == b.filter { $0[0] < 3600 })
        let lateA = a.filter { $0[0] >= 3600 }, lateB = b.filter { $0[0] >= 3600 }
        #expect(!lateA.isEmpty && zip(lateA, lateB).allSatisfy { $0[1] != $1[1] })
    }

    @Test func theBandOfTheIntervalAndASpecPerInterval() {
        var ch = Self.phone(arrivals: [], work: [.deterministic(30), .deterministic(50)],
                            patience: [.never, .exponential(mean: 90)])
        ch.work = .deterministic(30)
        #expect(ch.work(inInterval: 1) == .deterministic(50))
        #expect(ch.work(inInterval: 2) == .deterministic(30))      // the next day's first interval
        let second = ch.inInterval(1)
        #expect(second.work == .deterministic(50) && second.patience == .exponential(mean: 90))
        #expect(second.workBands == nil && second.patienceBands == nil)
        ch.workBands = nil
        #expect(ch.work(inInterval: 1) == .deterministic(30))
    }

    @Test func theCallbackEstimateUsesTheIntervalsMeanHandle() {
        // One agent, busy from 0 with a 200 s call. A caller queuing at 30 (band 1, mean
        // handle 10 s) is estimated to wait 10 s: no offer. At 70 (band 2, 100 s), with one
        // caller ahead, the estimate is 200 s, above the 150 s threshold: offered.
        var ch = Self.phone(arrivals: [0, 30, 70], work: [.deterministic(10), .deterministic(100)])
        ch.arrivalWork = [200, -1, -1]
        ch.callback = CallbackSpec(aboveWait: 150, accept: 1)
        let spec = ModelSpec(horizon: Fixture.horizon(length: 120, intervals: 2), channels: [ch],
                             teams: [Fixture.team(skills: [0], headcount: [1, 1])])
        let m = Fixture.run(spec)
        // The whole-day law (30 s) would estimate 2 × 30 = 60 s at 70: no offer.
        #expect(m.callbacksOffered.map(\.arrival) == [70])
    }
}
