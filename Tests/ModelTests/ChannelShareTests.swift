import ChannelModel
import Testing
import Variates

/// A channel's `staff` and `overtime_agent_hours` count only the agent time spent on it,
/// so summing channels gives the teams' time on duty, not a multiple of it.
@Suite struct ChannelShareTests {
    /// Channels phone (0) and form (1), one one-hour interval. Team "blend" (one agent,
    /// skills phone then form) and team "forms" (one agent, form only). Calls at 0:00 and
    /// 0:56:15 take 11:15 each; three form items at 0:00 take 15 minutes each.
    static func spec() -> ModelSpec {
        let phone = Fixture.channel(.phone, arrivals: [0, 3375], work: 675, name: "phone")
        let form = Fixture.channel(.form, arrivals: [0, 0, 0], work: 900, name: "form")
        var blend = Fixture.team(skills: [0, 1], headcount: [1])
        blend.name = "blend"
        var forms = Fixture.team(skills: [1], headcount: [1])
        forms.name = "forms"
        return ModelSpec(horizon: Fixture.horizon(), channels: [phone, form], teams: [blend, forms])
    }

    @Test func staffAndOvertimeAddUpToTheTeams() throws {
        let m = Fixture.metrics(Self.spec(), seed: 1)
        // blend: call 0:00–0:11:15, item 0:11:15–0:26:15, call 0:56:15–1:07:30: within the
        // hour 15 minutes on phone and 15 on the form, so its hour splits half and half;
        // after the close 7:30 on phone. forms: items 0:00–0:15 and 0:15–0:30, form only.
        let phone = m.channels[0].total, form = m.channels[1].total
        #expect(phone[.staff] == 0.5)
        #expect(form[.staff] == 1.5)
        #expect(phone[.overtime] == 0.125)
        #expect(form[.overtime] == 0)
        // The same in the one interval.
        #expect(m.channels[0].intervals[0][.staff] == 0.5)
        #expect(m.channels[1].intervals[0][.overtime] == 0)
        // Occupancy still counts every agent with the skill (two on the form).
        #expect(form[.occupancy] == (900 + 1800) / 7200.0)
        let teams = m.groups(.team)
        #expect(teams.map(\.label) == ["blend", "forms"])
        #expect(teams.map { $0["on_duty_hours"]! } == [1.125, 1])
        #expect(teams.map { $0["overtime_hours"]! } == [0.125, 0])
        // Σ channels (staff × interval hours + overtime) = Σ teams' on-duty hours.
        let channelHours = m.channels.map { $0.intervals[0][.staff] * 1 + $0.total[.overtime] }.reduce(0, +)
        #expect(channelHours == 2.125)
        #expect(channelHours == teams.map { $0["on_duty_hours"]! }.reduce(0, +))
        #expect(m.channels.map { $0.total[.overtime] }.reduce(0, +) == teams.map { $0["overtime_hours"]! }.reduce(0, +))
    }

    @Test func aTeamNeverBusySplitsEvenlyOverItsSkills() {
        var spec = Self.spec()
        spec.channels = spec.channels.map { var c = $0; c.arrivalTimes = []; return c }
        let m = Fixture.metrics(spec, seed: 1)
        #expect(m.channels[0].total[.staff] == 0.5)
        #expect(m.channels[1].total[.staff] == 1.5)
        #expect(m.channels.map { $0.total[.overtime] } == [0, 0])
    }

    @Test func perIntervalSharesFollowEachIntervalsBusyTime() {
        // Two half-hour intervals, one blended agent: a 30-minute call in the first, a
        // 30-minute item in the second. Each interval's time goes to its own channel.
        let phone = Fixture.channel(.phone, arrivals: [0], work: 1800, name: "phone", intervals: 2)
        let form = Fixture.channel(.form, arrivals: [1800], work: 1800, name: "form", intervals: 2)
        let spec = ModelSpec(horizon: Fixture.horizon(length: 3600, intervals: 2), channels: [phone, form],
                             teams: [Fixture.team(skills: [0, 1], headcount: [1, 1])])
        let m = Fixture.metrics(spec, seed: 1)
        #expect(m.channels[0].intervals.map { $0[.staff] } == [1, 0])
        #expect(m.channels[1].intervals.map { $0[.staff] } == [0, 1])
        #expect(m.channels[0].total[.staff] == 0.5)
        #expect(m.channels[1].total[.staff] == 0.5)
    }
}
