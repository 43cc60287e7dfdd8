import ChannelModel
import Testing
import Variates

/// Teams' paid, overtime and busy hours, their cost, and its split over channels.
@Suite struct CostTests {
    /// Two phone agents, then one: two one-hour intervals. Two calls at 0:30 take 40
    /// minutes each, so at 1:00 one agent leaves holding a call until 1:10; a call at 1:40
    /// runs until 2:20, past the window's close.
    static func spec() -> ModelSpec {
        let phone = Fixture.channel(.phone, arrivals: [1800, 1800, 6000], work: 2400, intervals: 2)
        var team = Fixture.team(skills: [0], headcount: [2, 1])
        team.costPerHour = 30
        team.overtimeCostPerHour = 45
        return ModelSpec(horizon: Fixture.horizon(length: 7200, intervals: 2), channels: [phone], teams: [team])
    }

    @Test func overtimeIsTimeBeyondTheSchedule() {
        let m = Fixture.run(Self.spec())
        // One agent leaves at 1:00 (one agent over the schedule) and goes at 1:10; at the
        // close (2:00) the remaining agent finishes until 2:20.
        #expect(m.overtimeChanges.map(\.agents) == [1, 0, 1, 0])
        #expect(m.overtimeChanges.map(\.time) == [3600, 4200, 7200, 8400])
        #expect(m.busyPeriods.map { $0.to - $0.from }.sorted() == [2400, 2400, 2400])
    }

    @Test func paidOvertimeBusyHoursAndCost() throws {
        let m = Fixture.metrics(Self.spec(), seed: 1)
        let team = try #require(m.groups(.team).first)
        #expect(team.label == "t")
        #expect(team["paid_hours"] == 3)                 // 2 agents × 1 h + 1 agent × 1 h
        #expect(team["overtime_hours"] == 0.5)           // 10 min + 20 min
        #expect(team["on_duty_hours"] == 3.5)
        #expect(team["busy_hours"] == 2)                 // three 40-minute calls
        #expect(team["occupancy"] == 2 / 3.5)
        #expect(team["agent_cost"] == 3 * 30 + 0.5 * 45)
        let phone = m.channels[0].total
        #expect(phone[.cost] == 112.5)
        #expect(phone[.costPerResolved] == 112.5 / 3)
        let totals = try #require(m.groups(.totals).first)
        #expect(totals["agent_cost"] == 112.5)
        #expect(totals["resolved_contacts"] == 3)
        #expect(totals["cost_per_resolved"] == 37.5)
        #expect(totals["revenue_less_cost"] == -112.5)
    }

    @Test func shrinkageIsPaidButNotOnDuty() throws {
        var spec = Self.spec()
        spec.teams[0].headcount = [4, 4]
        spec.teams[0].shrinkage = 0.5             // 2 of 4 on duty
        let team = try #require(Fixture.metrics(spec, seed: 1).groups(.team).first)
        #expect(team["paid_hours"] == 8)
        #expect(team["on_duty_hours"]! == 4 + team["overtime_hours"]!)
    }

    @Test func costSplitsOverSkillsByBusyTime() throws {
        // One agent with phone and chat skills: a 15-minute call, then a 45-minute chat.
        let phone = Fixture.channel(.phone, arrivals: [0], work: 900)
        let chat = Fixture.channel(.chat, arrivals: [1800], work: 2700)
        var team = Fixture.team(skills: [0, 1], headcount: [1])
        team.costPerHour = 40
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [phone, chat], teams: [team])
        let m = Fixture.metrics(spec, seed: 1)
        // The chat runs to 1:15, past the close: 15 minutes of overtime at the same rate.
        let cost = 40 * 1.25
        #expect(m.groups(.team)[0]["agent_cost"] == cost)
        #expect(m.channels[0].total[.cost] == cost * 0.25)
        #expect(m.channels[1].total[.cost] == cost * 0.75)
    }

    @Test func warmupLeavesEarlierHoursOut() throws {
        var spec = Self.spec()
        spec.warmup = 2100                        // 0:35
        let team = try #require(Fixture.metrics(spec, seed: 1).groups(.team).first)
        #expect(abs(team["paid_hours"]! - (2 * 1500 + 3600) / 3600.0) < 1e-12)
        // The two calls from 0:30 count from 0:35: 2 × 35 minutes, plus the 40-minute call.
        #expect(team["busy_hours"] == (2 * 2100 + 2400) / 3600.0)
    }
}

/// The backlog's age: the oldest contact still waiting at each interval's end.
@Suite struct OldestWaitingTests {
    @Test func ageOfTheOldestWaitingContactAtEachIntervalEnd() {
        // One agent; calls at 0, 0 and 1000 s, 4000 s each, four 15-minute intervals. The
        // second call waits from 0 until 4000 (after the close at 3600).
        let phone = Fixture.channel(.phone, arrivals: [0, 0, 1000], work: 4000, intervals: 4)
        let spec = ModelSpec(horizon: Fixture.horizon(length: 3600, intervals: 4), channels: [phone],
                             teams: [Fixture.team(skills: [0], headcount: [1, 1, 1, 1])])
        let m = Fixture.run(spec)
        #expect(m.oldestAges.map(\.interval) == [0, 1, 2, 3])
        #expect(m.oldestAges.map(\.age) == [900, 1800, 2700, 3600])
        let metrics = Fixture.metrics(spec, seed: 1)
        #expect(metrics.channels[0].intervals.map { $0[.oldestWaiting] } == [900, 1800, 2700, 3600])
        #expect(metrics.channels[0].total[.oldestWaiting] == 3600)
    }

    @Test func nobodyWaitingIsZeroAndWarmupIntervalsAreUndefined() {
        let phone = Fixture.channel(.phone, arrivals: [100], work: 60, intervals: 2)
        var spec = ModelSpec(horizon: Fixture.horizon(length: 3600, intervals: 2), channels: [phone],
                             teams: [Fixture.team(skills: [0], headcount: [1, 1])])
        spec.warmup = 1800
        let m = Fixture.metrics(spec, seed: 1)
        #expect(m.channels[0].intervals[0][.oldestWaiting].isNaN)
        #expect(m.channels[0].intervals[1][.oldestWaiting] == 0)
    }
}
