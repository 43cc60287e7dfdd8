import ChannelModel
import Testing
import Variates

/// Contacts whose service-level deadline lies beyond the horizon's end are not yet due:
/// out of the service levels, counted as `not_yet_due`.
@Suite struct NotYetDueTests {
    /// A form with a 30-minute service level over two half-hour intervals, one agent,
    /// 1000-second items submitted at 0:00 (three), 0:33:20 and 0:50:00.
    static func spec() -> ModelSpec {
        var form = Fixture.channel(.form, arrivals: [0, 0, 0, 2000, 3000], work: 1000, name: "form", intervals: 2)
        form.slTime = 1800
        return ModelSpec(horizon: Fixture.horizon(length: 3600, intervals: 2), channels: [form],
                         teams: [Fixture.team(skills: [0], headcount: [1, 1])])
    }

    @Test func itemsDueAfterTheEndAreLeftOutOfTheServiceLevel() {
        let m = Fixture.metrics(Self.spec(), seed: 1)
        // Waits 0, 1000, 2000 (late) for the three due items; the items of 0:33:20 and
        // 0:50:00 are due at 1:03:20 and 1:20:00, after the horizon's end at 1:00.
        let first = m.channels[0].intervals[0], second = m.channels[0].intervals[1]
        #expect(first[.offered] == 3)
        #expect(first[.notYetDue] == 0)
        #expect(first[.slOffered] == 2.0 / 3)
        #expect(first[.slAnswered] == 2.0 / 3)
        // Answered within 30 minutes (waits of 1000 s), but not judged: no service level.
        #expect(second[.offered] == 2)
        #expect(second[.answered] == 2)
        #expect(second[.notYetDue] == 2)
        #expect(second[.slOffered].isNaN)
        #expect(second[.slAnswered].isNaN)
        let total = m.channels[0].total
        #expect(total[.notYetDue] == 2)
        #expect(total[.slOffered] == 2.0 / 3)
        #expect(total[.slAnswered] == 2.0 / 3)
    }

    @Test func aDeadlineAtTheEndIsDue() {
        var spec = Self.spec()
        spec.channels[0].arrivalTimes = [1800]
        let m = Fixture.metrics(spec, seed: 1)
        #expect(m.channels[0].total[.notYetDue] == 0)
        #expect(m.channels[0].total[.slOffered] == 1)
    }

    @Test func unansweredItemsNotYetDueDoNotCountAsFailures() {
        // Nobody works the second interval: the item of 0:50 is still waiting at the end
        // (unanswered), yet it was not due, so the service level stays undefined, not 0.
        var spec = Self.spec()
        spec.channels[0].arrivalTimes = [3000]
        spec.teams[0].headcount = [1, 0]
        let m = Fixture.metrics(spec, seed: 1)
        let second = m.channels[0].intervals[1]
        #expect(second[.unanswered] == 1)
        #expect(second[.notYetDue] == 1)
        #expect(second[.slOffered].isNaN)
    }

    @Test func appliesToFormsAndToServiceLevelsOfAnIntervalOrMore() {
        var spec = Self.spec()
        #expect(spec.metricApplies(.notYetDue, channel: 0))
        spec.channels[0].kind = .phone
        #expect(spec.metricApplies(.notYetDue, channel: 0))
        spec.channels[0].slTime = 20
        #expect(!spec.metricApplies(.notYetDue, channel: 0))
    }
}
