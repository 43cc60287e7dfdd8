import ChannelModel
import Testing
import Variates

/// Chat endings and chat-to-phone escalation.
@Suite struct EndingTests {
    /// Visitors who always fail self-serve and choose chat; every chat escalates to phone.
    /// The phone agent is busy with a long direct call from 0 to 1000 s, and a second
    /// direct call has waited since 1 s.
    static func spec(priority: Bool, toPhone: Double = 1) -> ModelSpec {
        let chat = ChannelSpec(name: "chat", kind: .chat, patience: .never, work: .deterministic(10), slTime: 60,
                               arrivalRates: [0])
        var phone = Fixture.channel(.phone, arrivals: [0, 1], work: 1000, name: "phone")
        phone.escalationPriority = priority
        var visitors = VisitorSpec(
            arrivalRates: [60.0 / 3600], segments: [.init(name: "all", share: 1)],
            enquiries: [.init(name: "q", share: 1, selfServeSuccess: 0, selfServeTime: .deterministic(30),
                              choice: .init(channels: [1, 0], leave: 0))])
        visitors.enquiries[0].endings = .init(resolved: 1 - toPhone, unresolved: 0, toPhone: toPhone)
        visitors.escalationChannel = 1
        return ModelSpec(horizon: Fixture.horizon(length: 3600), channels: [chat, phone],
                         teams: [Fixture.team(skills: [0], headcount: [5], concurrency: 2),
                                 Fixture.team(skills: [1], headcount: [1])],
                         visitors: visitors)
    }

    static func phoneAnswers(_ m: RecordingMonitor) -> [Double] {
        m.log.compactMap { if case .answered(1, let arrival, _) = $0 { arrival } else { nil } }
    }

    @Test func everyChatEscalatesAndEachVisitorEndsOnce() {
        let m = Fixture.run(Self.spec(priority: false))
        let chats = m.contacts.filter { $0 == 0 }.count
        #expect(chats > 20)
        #expect(m.contacts.filter { $0 == 1 }.count == chats)            // one phone contact per chat
        #expect(m.endings.filter { $0 == .transferred }.count == chats)
        #expect(m.visitorOutcomes.count == m.visitorsArrived)              // exactly one outcome each
        // All ended on the phone, except visitors whose self-serve ended after the close
        // (nothing is offered then: they leave).
        #expect(m.visitorOutcomes.allSatisfy { $0.channel == 1 || $0.outcome == .left })
        #expect(m.visitorOutcomes.contains { $0.channel == 1 })
    }

    @Test func escalationsWithPriorityGoFirst() {
        // FIFO: after the first call (answered at 0), the direct call waiting since 1 s is next.
        #expect(Self.phoneAnswers(Fixture.run(Self.spec(priority: false))).prefix(2) == [0, 1])
        // Priority: an escalated chat (arrived on the phone after 40 s) jumps ahead of it.
        let first = Self.phoneAnswers(Fixture.run(Self.spec(priority: true)))
        #expect(first[0] == 0 && first[1] > 40)
        #expect(first.contains(1))
    }

    @Test func endingsFollowTheirProbabilities() {
        let spec = Self.spec(priority: false, toPhone: 0.25)
        var transferred = 0.0, answered = 0.0
        for rep in 0..<10 {
            let chat = Fixture.metrics(spec, seed: 5, replication: rep).channels[0].total
            transferred += chat[.transferredOut]
            answered += chat[.answered]
            #expect(chat[.resolved] + chat[.transferredOut] == chat[.answered])
        }
        // Binomial with p = 0.25: within 4 standard errors.
        let p = transferred / answered
        #expect(abs(p - 0.25) < 4 * (0.25 * 0.75 / answered).squareRoot())
    }
}

@Suite struct FollowUpFormTests {
    @Test func chatsConvertedToFollowUpForms() {
        // Every chat ends as a follow-up form, answered by the office: each visitor ends
        // resolved on the form.
        let chat = ChannelSpec(name: "chat", kind: .chat, patience: .never, work: .deterministic(60), slTime: 60,
                               arrivalRates: [0])
        let form = ChannelSpec(name: "form", kind: .form, patience: .never, work: .deterministic(120), slTime: 86_400,
                               arrivalRates: [0])
        var visitors = VisitorSpec(
            arrivalRates: [30.0 / 3600], segments: [.init(name: "all", share: 1)],
            enquiries: [.init(name: "q", share: 1, selfServeSuccess: 0, selfServeTime: .deterministic(10),
                              choice: .init(channels: [1, 0], leave: 0))])
        visitors.enquiries[0].endings = .init(resolved: 0, unresolved: 0, toPhone: 0)
        visitors.enquiries[0].endings.toForm = 1
        visitors.followUpChannel = 1
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [chat, form],
                             teams: [Fixture.team(skills: [0], headcount: [3], concurrency: 2),
                                     Fixture.team(skills: [1], headcount: [2])],
                             visitors: visitors)
        let m = Fixture.run(spec)
        let chats = m.contacts.filter { $0 == 0 }.count
        #expect(chats > 10)
        #expect(m.contacts.filter { $0 == 1 }.count == chats)
        #expect(m.endings.filter { $0 == .transferred }.count == chats)
        #expect(m.visitorOutcomes.allSatisfy { ($0.outcome == .resolved && $0.channel == 1) || $0.outcome == .left })
    }
}

/// Chats transferred to phone never take a callback, whatever the phone's `escalation`
/// (the transfer is a fact of its own, not read off the priority flag).
@Suite struct TransferCallbackTests {
    /// `EndingTests.spec` with a callback on the phone: every caller who finds the agent
    /// busy faces an estimated wait of at least 1000 s.
    static func spec(priority: Bool, phoneAgents: Int = 1, aboveWait: Double = 10, calls: [Double] = [0, 1]) -> ModelSpec {
        var spec = EndingTests.spec(priority: priority)
        spec.channels[1].arrivalTimes = calls
        spec.channels[1].callback = CallbackSpec(aboveWait: aboveWait, accept: 1)
        spec.teams[1] = Fixture.team(skills: [1], headcount: [phoneAgents])
        return spec
    }

    /// Arrival times of the transfers on the phone (every phone arrival but the direct calls).
    static func transfers(_ m: RecordingMonitor, calls: [Double] = [0, 1]) -> [Double] {
        m.log.compactMap { if case .arrived(1, let t) = $0 { t } else { nil } }.filter { !calls.contains($0) }
    }

    @Test func fifoTransfersWaitLiveWhileDirectCallersTakeCallbacks() {
        // The agent holds the call of 0 until 1000. The direct caller of 1 takes a callback;
        // each transfer (chat ended ~40 s after its visitor arrived) joins the live queue,
        // so the agent answers them one after another, and calls back only when no
        // transfer waits live any more.
        let spec = Self.spec(priority: false)
        let m = Fixture.run(spec)
        let transfers = Self.transfers(m)
        #expect(transfers.count > 5 && transfers[0] < 1000)
        #expect(m.callbacksOffered.map(\.arrival) == [1] && m.callbacksAccepted == [1])
        #expect(EndingTests.phoneAnswers(m) == [0] + transfers + [1])
        let phone = Fixture.metrics(spec, seed: 1).channels[1].total
        let n = Double(transfers.count)
        #expect(phone[.offered] == n + 2 && phone[.answered] == n + 2)
        #expect(phone[.callbacksOffered] == 1 && phone[.callbacks] == 1)
        // Answered at 1000, 2000, …: the callback comes after the n transfers.
        #expect(phone[.callbackWait] == 1000 * (n + 1) - 1)
    }

    @Test func transfersWithNobodyOnThePhoneWaitLiveUnanswered() {
        // Nobody on the phone: the two direct callers take callbacks; the transfers hold in
        // the live queue until the run ends (patience none), none of them offered one.
        let spec = Self.spec(priority: false, phoneAgents: 0)
        let m = Fixture.run(spec)
        let transfers = Self.transfers(m)
        #expect(transfers.count > 5)
        #expect(m.callbacksOffered.map(\.arrival) == [0, 1])
        let phone = Fixture.metrics(spec, seed: 1).channels[1].total
        #expect(phone[.callbacksOffered] == 2 && phone[.callbacks] == 2)
        #expect(phone[.unanswered] == Double(transfers.count + 2) && phone[.answered] == 0)
        #expect(m.visitorOutcomes.filter { $0.outcome == .unanswered && $0.channel == 1 }.count == transfers.count)
    }

    @Test func priorityTransfersWaitingCountInTheCallbackEstimate() {
        // Priority escalation: transfers wait in the priority queue. The direct caller of
        // 3000 finds the live queue empty but transfers waiting ahead of it: (k + 1) × 1000 s
        // with k ≥ 1 is above 1500 s, so it is offered a callback. Counting only the live
        // queue it would face 1000 s and hold.
        let spec = Self.spec(priority: true, aboveWait: 1500, calls: [0, 3000])
        let m = Fixture.run(spec)
        #expect(m.callbacksOffered.map(\.arrival) == [3000] && m.callbacksAccepted == [3000])
        #expect(Self.transfers(m, calls: [0, 3000]).count > 5)
    }
}
