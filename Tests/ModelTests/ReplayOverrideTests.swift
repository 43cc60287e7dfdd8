import ChannelModel
import Testing
import Variates

/// A replayed contact's recorded handle time and patience replace its draws; the draws are
/// still made, so contacts without a recorded value see the same values as without the trace.
@Suite struct ReplayOverrideTests {
    /// One agent; phone calls at 0, 10 and 20 s; handle exponential (drawn) and patience 15 s.
    static func spec() -> ModelSpec {
        let phone = ChannelSpec(name: "phone", kind: .phone, patience: .deterministic(15),
                                work: .exponential(mean: 100), slTime: 20, arrivalRates: [0], arrivalTimes: [0, 10, 20])
        return ModelSpec(horizon: Fixture.horizon(length: 3600), channels: [phone],
                         teams: [Fixture.team(skills: [0], headcount: [1])])
    }

    @Test func recordedHandleAndPatienceReplaceTheDraws() {
        var spec = Self.spec()
        spec.channels[0].arrivalWork = [5, -1, 50]
        spec.channels[0].arrivalPatience = [-1, -1, 1000]
        let m = Fixture.run(spec)
        // The first call is served for exactly 5 s; the second starts at 10 s (no wait);
        // the third waits for the second (patience 1000 s, not 15 s) and is served for 50 s.
        #expect(m.log.contains(.completed(channel: 0, arrival: 0, service: 5)))
        #expect(m.log.contains(.answered(channel: 0, arrival: 10, wait: 0)))
        let third = m.log.first { if case .completed(_, 20, _) = $0 { return true } else { return false } }
        #expect(third.map { if case .completed(_, _, let s) = $0 { return s == 50 } else { return false } } == true)
        #expect(!m.log.contains { if case .abandoned = $0 { return true } else { return false } })
    }

    @Test func aContactWithoutARecordKeepsItsDraw() {
        // The second call's handle time is drawn from the same stream position with or
        // without recorded values for the others (common random numbers hold).
        var base = Self.spec()
        base.channels[0].patience = .never   // nobody abandons: every call is served
        let plain = Fixture.run(base)
        var spec = base
        spec.channels[0].arrivalWork = [5, -1, 50]
        let replay = Fixture.run(spec)
        func service(_ m: RecordingMonitor, arrival: Double) -> Double? {
            for e in m.log { if case .completed(_, let a, let s) = e, a == arrival { return s } }
            return nil
        }
        #expect(service(plain, arrival: 10) != nil)
        // The same draw; the service is end − start, so its last bit may differ.
        #expect(abs(service(plain, arrival: 10)! - service(replay, arrival: 10)!) < 1e-9)
        #expect(service(plain, arrival: 0) != 5)
    }
}
