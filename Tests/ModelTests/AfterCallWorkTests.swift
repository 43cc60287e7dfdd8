import ChannelModel
import Testing
import Variates

/// After-call work: agent time after the customer's contact ends, in the contact's slot.
@Suite struct AfterCallWorkTests {
    static func phone(arrivals: [Double], handle: Double, wrap: Double, intervals: Int = 1) -> ChannelSpec {
        var ch = Fixture.channel(.phone, arrivals: arrivals, work: handle, intervals: intervals)
        ch.afterCallWork = .deterministic(wrap)
        return ch
    }

    @Test func wrapUpBlocksTheAgentButNotTheCustomer() {
        // One agent; handle 60 s, wrap-up 30 s. The second call, at 70, waits until the
        // wrap-up ends at 90: 20 s. Both customers see a 60 s handle time.
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [Self.phone(arrivals: [0, 70], handle: 60, wrap: 30)],
                             teams: [Fixture.team(skills: [0], headcount: [1])])
        let m = Fixture.run(spec)
        let expected: [RecordingMonitor.Entry] = [
            .answered(channel: 0, arrival: 0, wait: 0),
            .completed(channel: 0, arrival: 0, service: 60),
            .answered(channel: 0, arrival: 70, wait: 20),
            .completed(channel: 0, arrival: 70, service: 60),
        ]
        #expect(m.outcomes == expected)
        #expect(m.busyPeriods.map { [$0.from, $0.to] } == [[0, 90], [90, 180]])
    }

    @Test func occupancyStaffAndCostCountTheWrapUp() throws {
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [Self.phone(arrivals: [0, 70], handle: 60, wrap: 30)],
                             teams: [Fixture.team(skills: [0], headcount: [1])])
        let r = Fixture.metrics(spec, seed: 1)
        let phone = r.channels[0].total
        #expect(phone[.handle] == 60)
        #expect(phone[.asa] == 10)                    // (0 + 20) / 2
        #expect(phone[.occupancy] == 180.0 / 3600)    // 2 × (60 + 30) s busy
        let team = try #require(r.groups(.team).first)
        #expect(team["busy_hours"] == 180.0 / 3600)
    }

    @Test func leavingAgentFinishesItsWrapUpBeforeGoing() {
        // Two 60 s intervals, head-count [1, 0]. A call at 20 ends for the customer at 50;
        // the agent, leaving at 60, wraps up until 80 and only then goes off. A call at 55
        // finds the agent in wrap-up and is never answered.
        let spec = ModelSpec(horizon: Fixture.horizon(length: 120, intervals: 2),
                             channels: [Self.phone(arrivals: [20, 55], handle: 30, wrap: 30, intervals: 2)],
                             teams: [Fixture.team(skills: [0], headcount: [1, 0])])
        let m = Fixture.run(spec)
        let expected: [RecordingMonitor.Entry] = [
            .answered(channel: 0, arrival: 20, wait: 0),
            .completed(channel: 0, arrival: 20, service: 30),
            .unanswered(channel: 0, arrival: 55, wait: 65),
        ]
        #expect(m.outcomes == expected)
        #expect(m.overtimeChanges.map(\.time) == [60, 80])
        #expect(m.overtimeChanges.map(\.agents) == [1, 0])
        #expect(m.busyPeriods.map { [$0.from, $0.to] } == [[20, 80]])
    }

    @Test func chatWrapUpHoldsItsSlot() {
        // Concurrency 2, no slowdown: a chat at 0 (work 60, wrap-up 30) holds its slot
        // until 90; a chat at 10 takes the other slot; a chat at 20 waits for the first
        // slot to free, at 90.
        var chat = Fixture.channel(.chat, arrivals: [0, 10, 20], work: 60)
        chat.afterCallWork = .deterministic(30)
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [chat],
                             teams: [Fixture.team(skills: [0], headcount: [1], concurrency: 2)])
        let m = Fixture.run(spec)
        let expected: [RecordingMonitor.Entry] = [
            .answered(channel: 0, arrival: 0, wait: 0),
            .answered(channel: 0, arrival: 10, wait: 0),
            .completed(channel: 0, arrival: 0, service: 60),
            .completed(channel: 0, arrival: 10, service: 60),
            .answered(channel: 0, arrival: 20, wait: 70),
            .completed(channel: 0, arrival: 20, service: 60),
        ]
        #expect(m.outcomes == expected)
        #expect(m.busyPeriods.map { [$0.from, $0.to] } == [[0, 180]])
    }

    @Test func chatWrapUpSharesTheAgentsSpeed() {
        // Concurrency 2, slowdown 1 (speed 1/2 with two held). A chat at 0 (work 60,
        // wrap-up 30) ends for the customer at 60 (alone); a chat at 60 then shares the
        // agent with the wrap-up, so the wrap-up takes 60 s of real time (ends at 120)
        // and the second chat's first 30 s of work take 60 s: it ends at 150.
        var chat = Fixture.channel(.chat, arrivals: [0, 60], work: 60)
        chat.afterCallWork = .deterministic(30)
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [chat],
                             teams: [Fixture.team(skills: [0], headcount: [1], concurrency: 2, slowdown: 1)])
        let m = Fixture.run(spec)
        #expect(m.outcomes.contains(.completed(channel: 0, arrival: 60, service: 90)))
        #expect(m.busyPeriods.map { [$0.from, $0.to] } == [[0, 180]])
    }

    @Test func noAfterCallWorkDrawsNothing() {
        // Without after-call work nothing is drawn from its stream; with it, the other
        // attributes (work, patience, arrivals) are those of the same seed without it.
        var with = Fixture.channel(.phone, arrivals: [0, 5, 9], work: 10)
        with.work = .exponential(mean: 10)
        var without = with
        with.afterCallWork = .exponential(mean: 5)
        without.afterCallWork = nil
        let team = Fixture.team(skills: [0], headcount: [3])
        let a = Fixture.run(ModelSpec(horizon: Fixture.horizon(), channels: [with], teams: [team]), seed: 7)
        let b = Fixture.run(ModelSpec(horizon: Fixture.horizon(), channels: [without], teams: [team]), seed: 7)
        // Three agents, three calls: each is answered at once and its handle is its own draw.
        let services = { (m: RecordingMonitor) in
            m.log.compactMap { if case .completed(_, let arr, let s) = $0 { return [arr, s] } else { return nil } }
                .sorted { $0[0] < $1[0] }
        }
        #expect(services(a) == services(b))
        #expect(a.busyPeriods.map { $0.to - $0.from }.reduce(0, +) > b.busyPeriods.map { $0.to - $0.from }.reduce(0, +))
    }
}
