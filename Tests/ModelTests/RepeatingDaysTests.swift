import ChannelModel
import Testing

/// `ModelSpec.repeatingDays`: every per-interval input repeated, traces shifted by whole days.
@Suite struct RepeatingDaysTests {
    @Test func everyPerIntervalInputIsRepeated() {
        // Two days of three 15-minute intervals from 08:00: a day stride of 24 h.
        let h = Horizon(intervalLength: 900, intervalsPerDay: 3, days: 2, dayStart: 8 * 3600)
        var chat = ChannelSpec(name: "chat", kind: .chat, patience: .never, work: .deterministic(60), slTime: 20,
                               arrivalRates: [1, 2, 3, 4, 5, 6], arrivalTimes: [10, 86_400 + 20])
        chat.availability.outOfService = [1..<2, 4..<6]
        var team = TeamSpec(name: "web", skills: [0], headcount: [7, 8, 9, 10, 11, 12], concurrency: 1, speeds: [1])
        team.shifts = [ShiftPattern(start: 0, end: 3, days: [1, 2], agents: 2, daysGiven: true),
                       ShiftPattern(start: 1, end: 2, days: [2], agents: 1, daysGiven: true)]
        let visitors = VisitorSpec(arrivalRates: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], segments: [.init(name: "all", share: 1)],
                                   enquiries: [.init(name: "q", share: 1, selfServeSuccess: 0, selfServeTime: .deterministic(1),
                                                     choice: .init(channels: [1], leave: 0))])
        let model = ModelSpec(horizon: h, channels: [chat], teams: [team], warmup: 300, visitors: visitors)
        #expect(model.repeatingProblem == nil)
        let m = model.repeatingDays(3)
        #expect(m.horizon == Horizon(intervalLength: 900, intervalsPerDay: 3, days: 6, dayStart: 8 * 3600))
        #expect(m.warmup == 300)
        #expect(m.channels[0].arrivalRates == [1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6])
        #expect(m.channels[0].arrivalTimes == [10, 86_420, 172_810, 259_220, 345_610, 432_020])
        #expect(m.channels[0].availability.outOfService == [1..<2, 4..<6, 7..<8, 10..<12, 13..<14, 16..<18])
        #expect(m.teams[0].headcount == [7, 8, 9, 10, 11, 12, 7, 8, 9, 10, 11, 12, 7, 8, 9, 10, 11, 12])
        #expect(m.teams[0].shifts?.map(\.days) == [[1, 2, 3, 4, 5, 6], [2, 4, 6]])
        #expect(m.visitors?.arrivalRates == [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6])
        // Everything else is left as it was.
        var back = m
        back.horizon = h
        back.channels[0].arrivalRates = chat.arrivalRates
        back.channels[0].arrivalTimes = chat.arrivalTimes
        back.channels[0].availability = chat.availability
        back.teams[0].headcount = team.headcount
        back.teams[0].shifts = team.shifts
        back.visitors?.arrivalRates = visitors.arrivalRates
        #expect(back == model)
        #expect(model.repeatingDays(1) == model)
    }

    @Test func aTracesRecordedValuesAreRepeatedWithItsTimes() {
        // Each repetition replays the same contacts: recorded handle, patience and class too.
        var phone = Fixture.channel(.phone, arrivals: [0, 100], work: 99)
        phone.arrivalWork = [10, 20]
        phone.arrivalPatience = [5, 6]
        phone.classes = [ContactClass(name: "a", share: 0.5), ContactClass(name: "b", share: 0.5)]
        phone.arrivalClasses = [1, 0]
        let model = ModelSpec(horizon: Fixture.horizon(length: 3600), channels: [phone],
                              teams: [Fixture.team(skills: [0], headcount: [2])])
        let m = model.repeatingDays(2)
        #expect(m.channels[0].arrivalTimes == [0, 100, 86_400, 86_500])
        #expect(m.channels[0].arrivalWork == [10, 20, 10, 20])
        #expect(m.channels[0].arrivalPatience == [5, 6, 5, 6])
        #expect(m.channels[0].arrivalClasses == [1, 0, 1, 0])
        let r = Fixture.run(m)
        #expect(r.outcomes.filter { if case .completed = $0 { return true } else { return false } }.map {
            if case .completed(_, _, let s) = $0 { return s } else { return -1 }
        } == [10, 20, 10, 20])
        #expect(r.arrivalGroups == [-3, -2, -3, -2])
    }

    @Test func aWindowLongerThanADayCannotRepeat() {
        let h = Horizon(intervalLength: 3600, intervalsPerDay: 30)
        let model = ModelSpec(horizon: h, channels: [], teams: [])
        #expect(model.repeatingProblem == "the horizon's window is longer than 24 h, so its days cannot follow each other")
        // A 24-hour window has no gap: its days follow each other at once.
        var day = model
        day.horizon.intervalsPerDay = 24
        #expect(day.repeatingProblem == nil && day.repeatingDays(2).horizon.days == 2)
    }
}
