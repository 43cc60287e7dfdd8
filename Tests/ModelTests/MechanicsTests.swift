import ChannelModel
import Testing

/// Scripted arrivals and deterministic work: every time and count is known exactly.
@Suite struct PhoneMechanicsTests {
    @Test func fifoSingleAgent() {
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [Fixture.channel(.phone, arrivals: [0, 1, 2], work: 10)],
                             teams: [Fixture.team(skills: [0], headcount: [1])])
        let m = Fixture.run(spec)
        let expected: [RecordingMonitor.Entry] = [
            .answered(channel: 0, arrival: 0, wait: 0),
            .completed(channel: 0, arrival: 0, service: 10),
            .answered(channel: 0, arrival: 1, wait: 9),
            .completed(channel: 0, arrival: 1, service: 10),
            .answered(channel: 0, arrival: 2, wait: 18),
            .completed(channel: 0, arrival: 2, service: 10),
        ]
        #expect(m.outcomes == expected)
        #expect(m.endTime == 3600)   // the run covers the horizon
    }

    @Test func abandonmentAfterPatience() {
        let spec = ModelSpec(horizon: Fixture.horizon(),
                             channels: [Fixture.channel(.phone, arrivals: [0, 1, 2], work: 10, patience: .deterministic(5))],
                             teams: [Fixture.team(skills: [0], headcount: [1])])
        let m = Fixture.run(spec)
        let expected: [RecordingMonitor.Entry] = [
            .answered(channel: 0, arrival: 0, wait: 0),
            .abandoned(channel: 0, arrival: 1, wait: 5),
            .abandoned(channel: 0, arrival: 2, wait: 5),
            .completed(channel: 0, arrival: 0, service: 10),
        ]
        #expect(m.outcomes == expected)
        #expect(m.endTime == 3600)
    }

    @Test func slotFreedAtPatienceInstantGoesToWaiter() {
        // Completion at t=10 and patience expiry at t=10 coincide: completions run first,
        // so the waiting customer is answered with wait exactly equal to its patience.
        let spec = ModelSpec(horizon: Fixture.horizon(),
                             channels: [Fixture.channel(.phone, arrivals: [0, 5], work: 10, patience: .deterministic(5))],
                             teams: [Fixture.team(skills: [0], headcount: [1])])
        let m = Fixture.run(spec)
        #expect(m.outcomes.contains(.answered(channel: 0, arrival: 5, wait: 5)))
        #expect(!m.outcomes.contains { if case .abandoned = $0 { return true } else { return false } })
    }

    @Test func twoAgentsServeInParallel() {
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [Fixture.channel(.phone, arrivals: [0, 0, 0], work: 10)],
                             teams: [Fixture.team(skills: [0], headcount: [2])])
        let m = Fixture.run(spec)
        let waits = m.log.compactMap { if case .answered(_, _, let w) = $0 { return w } else { return nil } }
        #expect(waits == [0, 0, 10])
        #expect(m.endTime == 3600)
    }
}

@Suite struct FluidChatMechanicsTests {
    @Test func remainingWorkRescaledWhenLoadChanges() {
        // One agent, two slots, α = 1: with two chats each runs at half speed.
        // A (work 10) alone 0–5 → 5 left; B joins at 5; both at ½ → A ends at 15 (B has 5 left);
        // B alone at full speed → ends at 20.
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [Fixture.channel(.chat, arrivals: [0, 5], work: 10)],
                             teams: [Fixture.team(skills: [0], headcount: [1], concurrency: 2, slowdown: 1)])
        let m = Fixture.run(spec)
        let expected: [RecordingMonitor.Entry] = [
            .answered(channel: 0, arrival: 0, wait: 0),
            .answered(channel: 0, arrival: 5, wait: 0),
            .completed(channel: 0, arrival: 0, service: 15),
            .completed(channel: 0, arrival: 5, service: 15),
        ]
        #expect(m.outcomes == expected)
        #expect(m.endTime == 3600)
    }

    @Test func speedTableWithThreeChats() {
        // Speeds [1, 0.5, 0.25]: A(12) at 0, B(12) at 4, C(12) at 8.
        // 0–4 A alone: A 8 left. 4–8 two at ½: A 6, B 10 left. From 8 three at ¼: A needs 24 s → 32.
        // At 32: B 10−6=4, C 12−6=6 left; two at ½: B ends 40 (C has 2 left); C alone ends 42.
        var team = Fixture.team(skills: [0], headcount: [1], concurrency: 3)
        team.speeds = [1, 0.5, 0.25]
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [Fixture.channel(.chat, arrivals: [0, 4, 8], work: 12)],
                             teams: [team])
        let m = Fixture.run(spec)
        let services = m.log.compactMap { if case .completed(_, let a, let s) = $0 { return a + s } else { return nil } }
        #expect(services == [32, 40, 42])
    }

    @Test func slotsFullThenQueue() {
        // k = 2, no slowdown: the third chat waits for the first to end at 10.
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [Fixture.channel(.chat, arrivals: [0, 1, 2], work: 10)],
                             teams: [Fixture.team(skills: [0], headcount: [1], concurrency: 2)])
        let m = Fixture.run(spec)
        #expect(m.outcomes.contains(.answered(channel: 0, arrival: 2, wait: 8)))
        let last = m.states.last { $0.time == 10 }!.state
        #expect(last.inService == 2 && last.busyAgents == 1 && last.queued == 0)
    }

    @Test func leastLoadedSpreadsFillBusiestPacks() {
        for (rule, busy) in [(AssignmentRule.leastLoaded, 2), (.fillBusiest, 1)] {
            let spec = ModelSpec(horizon: Fixture.horizon(),
                                 channels: [Fixture.channel(.chat, arrivals: [0, 1], work: 100, assignment: rule)],
                                 teams: [Fixture.team(skills: [0], headcount: [2], concurrency: 2)])
            let m = Fixture.run(spec)
            let at1 = m.states.last { $0.time == 1 }!.state
            #expect(at1.busyAgents == busy, "\(rule)")
            #expect(at1.inService == 2 && at1.slots == 4 && at1.staffed == 2)
        }
    }
}
