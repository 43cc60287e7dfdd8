import ChannelModel
import Testing

@Suite struct StaffingMechanicsTests {
    @Test func leavingAgentFinishesWorkThenGoes() {
        // Two 60 s intervals, head-count [1, 0]. A call at 50 (work 30) ends at 80 in
        // overtime; a call at 70 finds nobody and is still waiting at the end.
        let spec = ModelSpec(horizon: Fixture.horizon(length: 120, intervals: 2),
                             channels: [Fixture.channel(.phone, arrivals: [50, 70], work: 30, intervals: 2)],
                             teams: [Fixture.team(skills: [0], headcount: [1, 0])])
        let m = Fixture.run(spec)
        let expected: [RecordingMonitor.Entry] = [
            .answered(channel: 0, arrival: 50, wait: 0),
            .completed(channel: 0, arrival: 50, service: 30),
            .unanswered(channel: 0, arrival: 70, wait: 50),
        ]
        #expect(m.outcomes == expected)
        let staffed = m.states.map { ($0.time, $0.state.staffed) }
        #expect(staffed.contains { $0 == (80, 0) })
        #expect(m.endTime == 120)
    }

    @Test func newShiftTakesTheQueue() {
        let spec = ModelSpec(horizon: Fixture.horizon(length: 120, intervals: 2),
                             channels: [Fixture.channel(.phone, arrivals: [10, 20], work: 5, intervals: 2)],
                             teams: [Fixture.team(skills: [0], headcount: [0, 1])])
        let m = Fixture.run(spec)
        let expected: [RecordingMonitor.Entry] = [
            .answered(channel: 0, arrival: 10, wait: 50),
            .completed(channel: 0, arrival: 10, service: 5),
            .answered(channel: 0, arrival: 20, wait: 45),
            .completed(channel: 0, arrival: 20, service: 5),
        ]
        #expect(m.outcomes == expected)
    }

    @Test func closingAgentsWorkTheQueueAfterHours() {
        // The window closes at 60; the agent on shift answers the queued call at 100.
        let spec = ModelSpec(horizon: Fixture.horizon(length: 60),
                             channels: [Fixture.channel(.phone, arrivals: [0, 10], work: 100)],
                             teams: [Fixture.team(skills: [0], headcount: [1])])
        let m = Fixture.run(spec)
        #expect(m.outcomes.contains(.answered(channel: 0, arrival: 10, wait: 90)))
        #expect(m.endTime == 200)
    }

    @Test func headcountDropPrefersIdleAgents() {
        // Three agents, one busy until 100; head-count drops to 1 at 60: the two idle ones
        // go at once and the busy one stays on shift.
        let spec = ModelSpec(horizon: Fixture.horizon(length: 120, intervals: 2),
                             channels: [Fixture.channel(.phone, arrivals: [0], work: 100, intervals: 2)],
                             teams: [Fixture.team(skills: [0], headcount: [3, 1])])
        let m = Fixture.run(spec)
        let at60 = m.states.last { $0.time == 60 }!.state
        #expect(at60.staffed == 1 && at60.busyAgents == 1)
    }

    @Test func blendedAgentHoldingChatsTakesNoCall() {
        // One agent with skills [phone, chat], two chat slots. Chats at 0 and 2 fill it; a
        // call at 1 must wait: an agent holding chats takes no call. When the first chat ends
        // at 8 the agent still holds one chat, so it can only take chats: the chat waiting
        // since 3 gets the slot. The call is answered only when the agent is idle, at 16.
        let chat = Fixture.channel(.chat, arrivals: [0, 2, 3], work: 8)
        let phone = Fixture.channel(.phone, arrivals: [1], work: 5)
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [chat, phone],
                             teams: [Fixture.team(skills: [1, 0], headcount: [1], concurrency: 2)])
        let m = Fixture.run(spec)
        let expected: [RecordingMonitor.Entry] = [
            .answered(channel: 0, arrival: 0, wait: 0),
            .answered(channel: 0, arrival: 2, wait: 0),
            .completed(channel: 0, arrival: 0, service: 8),
            .answered(channel: 0, arrival: 3, wait: 5),
            .completed(channel: 0, arrival: 2, service: 8),
            .completed(channel: 0, arrival: 3, service: 8),
            .answered(channel: 1, arrival: 1, wait: 15),
            .completed(channel: 1, arrival: 1, service: 5),
        ]
        #expect(m.outcomes == expected)
    }

    @Test func idleAgentTakesSkillsInPriorityOrder() {
        // Nobody on shift until 60; a chat waits from 10 and a call from 20. The agent who
        // starts at 60 has skills [phone, chat]: it takes the call first (exclusive), and
        // the chat when the call ends at 65.
        let chat = Fixture.channel(.chat, arrivals: [10], work: 8, intervals: 2)
        let phone = Fixture.channel(.phone, arrivals: [20], work: 5, intervals: 2)
        let spec = ModelSpec(horizon: Fixture.horizon(length: 120, intervals: 2), channels: [chat, phone],
                             teams: [Fixture.team(skills: [1, 0], headcount: [0, 1], concurrency: 2)])
        let m = Fixture.run(spec)
        let expected: [RecordingMonitor.Entry] = [
            .answered(channel: 1, arrival: 20, wait: 40),
            .completed(channel: 1, arrival: 20, service: 5),
            .answered(channel: 0, arrival: 10, wait: 55),
            .completed(channel: 0, arrival: 10, service: 8),
        ]
        #expect(m.outcomes == expected)
    }
}

@Suite struct ShrinkageTests {
    @Test func shrinkageRemovesAShareOfScheduledAgents() {
        var team = Fixture.team(skills: [0], headcount: [10, 3])
        team.shrinkage = 0.3
        #expect(team.onDuty(0) == 7 && team.onDuty(1) == 2)    // 7.0 and 2.1, rounded
        let spec = ModelSpec(horizon: Fixture.horizon(length: 7200, intervals: 2),
                             channels: [Fixture.channel(.phone, arrivals: [], work: 10, intervals: 2)], teams: [team])
        let m = Fixture.metrics(spec, seed: 1)
        #expect(m.channels[0].intervals[0][.staff] == 7)
        #expect(m.channels[0].intervals[1][.staff] == 2)
    }
}

/// Rules of docs/model.md that only the order of events decides: which of several equally
/// loaded agents answers, and who makes callbacks after the close.
@Suite struct TieAndCloseRuleTests {
    /// Two one-agent teams sharing the phone skill; calls at 10 and 20.
    static func twoTeams(work: Double) -> ModelSpec {
        var a = Fixture.team(skills: [0], headcount: [1]), b = Fixture.team(skills: [0], headcount: [1])
        a.name = "a"
        b.name = "b"
        return ModelSpec(horizon: Fixture.horizon(), channels: [Fixture.channel(.phone, arrivals: [10, 20], work: work)],
                         teams: [a, b])
    }

    @Test func theAgentLastPutOnShiftAnswersFirst() {
        // Both come on shift at 0, team a first: b's agent is the most recently put in
        // load group 0, so it takes the call of 10 and a's agent the call of 20.
        let m = Fixture.run(Self.twoTeams(work: 100))
        #expect(m.busyPeriods.map { [Double($0.team), $0.from] } == [[1, 10], [0, 20]])
    }

    @Test func anAgentWhoseContactEndedGoesBackToTheFront() {
        // b's agent finishes the call of 10 at 15 and is put back first in load group 0:
        // it takes the call of 20 too, though a's agent has been idle longer.
        let m = Fixture.run(Self.twoTeams(work: 5))
        #expect(m.busyPeriods.map { [Double($0.team), $0.from, $0.to] } == [[1, 10, 15], [1, 20, 25]])
    }

    @Test func closingAgentsMakeCallbacks() {
        // The window closes at 60 with the caller of 10 in the callback backlog (estimate
        // 100 s > 10 s); the closing agent calls back at 100 and goes off at 200.
        var phone = Fixture.channel(.phone, arrivals: [0, 10], work: 100)
        phone.callback = CallbackSpec(aboveWait: 10, accept: 1)
        let spec = ModelSpec(horizon: Fixture.horizon(length: 60), channels: [phone],
                             teams: [Fixture.team(skills: [0], headcount: [1])])
        let m = Fixture.run(spec)
        #expect(m.callbacksAccepted == [10])
        #expect(m.outcomes.contains(.answered(channel: 0, arrival: 10, wait: 90)))
        #expect(m.endTime == 200)
    }
}
