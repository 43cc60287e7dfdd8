import ChannelModel
import Testing
import Variates

/// Web forms: a backlog worked oldest first during working hours, and re-contact.
@Suite struct FormTests {
    /// One day from midnight; a form channel worked 09:00–17:00.
    static func form(arrivals: [Double], handle: Double = 600) -> ChannelSpec {
        var f = ChannelSpec(name: "form", kind: .form, patience: .never, work: .deterministic(handle), slTime: 86_400,
                            arrivalRates: [0], arrivalTimes: arrivals)
        f.availability = Availability(hours: 32_400...61_200)
        return f
    }

    @Test func backlogWaitsForWorkingHours() {
        // Submitted at 01:00 and 10:00: the first is taken when work starts at 09:00.
        let spec = ModelSpec(horizon: Horizon(intervalLength: 86_400, intervalsPerDay: 1), channels: [Self.form(arrivals: [3600, 36_000])],
                             teams: [Fixture.team(skills: [0], headcount: [1])])
        let m = Fixture.run(spec)
        let expected: [RecordingMonitor.Entry] = [
            .answered(channel: 0, arrival: 3600, wait: 28_800),
            .completed(channel: 0, arrival: 3600, service: 600),
            .answered(channel: 0, arrival: 36_000, wait: 0),
            .completed(channel: 0, arrival: 36_000, service: 600),
        ]
        #expect(m.outcomes == expected)
    }

    @Test func phoneBeforeFormsForABlendedAgent() {
        // Skills [phone, form]: at 09:00 a call (since 08:30) and a form (since 01:00) wait;
        // the call is taken first, the form when it ends.
        let phone = Fixture.channel(.phone, arrivals: [30_600], work: 300, name: "phone")
        let spec = ModelSpec(horizon: Horizon(intervalLength: 86_400, intervalsPerDay: 1),
                             channels: [Self.form(arrivals: [3600]), phone],
                             teams: [Fixture.team(skills: [1, 0], headcount: [0])])
        var shifted = spec
        shifted.horizon = Horizon(intervalLength: 3600, intervalsPerDay: 24)
        shifted.channels = spec.channels.map { var c = $0; c.arrivalRates = Array(repeating: 0, count: 24); return c }
        shifted.teams[0].headcount = (0..<24).map { $0 >= 9 ? 1 : 0 }
        let m = Fixture.run(shifted)
        let expected: [RecordingMonitor.Entry] = [
            .answered(channel: 1, arrival: 30_600, wait: 1800),
            .completed(channel: 1, arrival: 30_600, service: 300),
            .answered(channel: 0, arrival: 3600, wait: 29_100),
            .completed(channel: 0, arrival: 3600, service: 600),
        ]
        #expect(m.outcomes == expected)
    }

    /// Visitors who all submit the form; nobody works forms; after an hour they re-contact
    /// by phone.
    static func recontactSpec(withdraw: Bool) -> ModelSpec {
        var form = ChannelSpec(name: "form", kind: .form, patience: .never, work: .deterministic(600), slTime: 86_400,
                               arrivalRates: [0])
        form.recontactAfter = 3600
        form.recontact = .init(channels: [0, 1], leave: 0)
        form.withdrawOnRecontact = withdraw
        let phone = ChannelSpec(name: "phone", kind: .phone, patience: .never, work: .deterministic(60), slTime: 20,
                                arrivalRates: [0])
        let visitors = VisitorSpec(arrivalRates: [30.0 / 3600], segments: [.init(name: "all", share: 1)],
                                   enquiries: [.init(name: "q", share: 1, selfServeSuccess: 0, selfServeTime: .deterministic(10),
                                                     choice: .init(channels: [1, 0], leave: 0))])
        return ModelSpec(horizon: Horizon(intervalLength: 4 * 3600, intervalsPerDay: 1), channels: [form, phone],
                         teams: [Fixture.team(skills: [1], headcount: [5])], visitors: visitors)
    }

    @Test func unansweredSubmittersContactAgain() {
        for withdraw in [false, true] {
            let spec = Self.recontactSpec(withdraw: withdraw)
            let m = Fixture.metrics(spec, seed: 2, replication: 0)
            let form = m.channels[0].total, phone = m.channels[1].total
            let g = m.groups(.visitors).last!
            func value(_ name: String) -> Double { g[name]! }
            // Nobody works forms, so every submitter re-contacts an hour later: by phone while
            // the window is open, or, after it closes (phone not offered), they leave.
            #expect(form[.recontacts] == value("visitors"))
            #expect(value("left") > 0)
            #expect(phone[.offered] + value("left") == form[.recontacts])
            #expect(form[.withdrawn] == (withdraw ? form[.recontacts] : 0))
            #expect(form[.answered] == 0)
            // Every visitor has exactly one outcome.
            #expect(value("resolved") == phone[.answered])
            #expect(value("resolved") + value("left") == value("visitors"))
            #expect(value("contacts_form") == value("visitors"))
        }
    }
}

/// Phone callback: long expected waits turn callers into a callback backlog.
@Suite struct CallbackTests {
    @Test func callersTakeACallbackAndAreCalledBackWhenTheQueueIsEmpty() {
        // One agent; calls of 100 s at 0, 1 and 2. At 1 the estimated wait is 100 s > 10 s:
        // the caller takes a callback (accept 1), and so does the caller at 2. They are
        // called back at 100 and 200; the live queue never forms.
        var phone = Fixture.channel(.phone, arrivals: [0, 1, 2], work: 100)
        phone.callback = CallbackSpec(aboveWait: 10, accept: 1)
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [phone], teams: [Fixture.team(skills: [0], headcount: [1])])
        let m = Fixture.run(spec)
        #expect(m.callbacksAccepted == [1, 2])
        let answered = m.log.compactMap { if case .answered(_, let a, let w) = $0 { [a, w] } else { nil } }
        #expect(answered == [[0, 0], [1, 99], [2, 198]])
        let t = Fixture.metrics(spec, seed: 1, replication: 0).channels[0].total
        #expect(t[.callbacksOffered] == 2 && t[.callbacks] == 2 && t[.callbackWait] == (99 + 198) / 2)
        // The live queue's measures cover the one caller who did not take a callback.
        #expect(t[.asa] == 0 && t[.slOffered] == 1 && t[.pWait] == 0)
        #expect(t[.answered] == 3 && t[.offered] == 3)
    }

    @Test func declinedCallbacksQueueAsUsual() {
        var phone = Fixture.channel(.phone, arrivals: [0, 1, 2], work: 100)
        phone.callback = CallbackSpec(aboveWait: 10, accept: 0)
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [phone], teams: [Fixture.team(skills: [0], headcount: [1])])
        let m = Fixture.run(spec)
        #expect(m.callbacksAccepted.isEmpty)
        // Both later callers were offered one (estimates 100 s and 200 s, above 10 s) and declined.
        #expect(m.callbacksOffered.map(\.arrival) == [1, 2] && m.callbacksOffered.allSatisfy { !$0.accepted })
        let waits = m.log.compactMap { if case .answered(_, _, let w) = $0 { w } else { nil } }
        #expect(waits == [0, 99, 198])
        let t = Fixture.metrics(spec, seed: 1, replication: 0).channels[0].total
        #expect(t[.callbacksOffered] == 2 && t[.callbacks] == 0)
    }

    @Test func callbacksOfferedCountEveryOfferTakenOrDeclined() {
        // Nobody on shift: every caller faces an estimate above 0 s and is offered a
        // callback; whether it takes it depends on its own uniform against `accept`.
        let calls = (0..<20).map { Double($0) * 10 }
        for accept in [0.0, 0.5, 1.0] {
            var phone = Fixture.channel(.phone, arrivals: calls, work: 100)
            phone.callback = CallbackSpec(aboveWait: 0, accept: accept)
            let spec = ModelSpec(horizon: Fixture.horizon(), channels: [phone],
                                 teams: [Fixture.team(skills: [0], headcount: [0])])
            let m = Fixture.run(spec)
            let taken = m.callbacksOffered.filter(\.accepted).count
            #expect(m.callbacksOffered.map(\.arrival) == calls)
            let t = Fixture.metrics(spec, seed: 1).channels[0].total
            #expect(t[.callbacksOffered] == 20 && t[.callbacks] == Double(taken))
            // Those who declined hold in the live queue, unanswered at the end like the rest.
            #expect(t[.callbacksOffered] - t[.callbacks] == Double(m.callbacksOffered.count - taken))
            #expect(t[.unanswered] == 20)
            switch accept {
            case 0: #expect(taken == 0)
            case 1: #expect(taken == 20)
            default: #expect(taken > 0 && taken < 20)
            }
        }
    }
}
