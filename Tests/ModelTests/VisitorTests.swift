import ChannelModel
import Testing
import Variates

/// Website visitors: self-serve, channel choice, availability, and one outcome each.
@Suite struct VisitorTests {
    /// One enquiry type, one chat channel with one agent, visitors at 60/h for an hour.
    static func spec(success: Double, choice: VisitorSpec.Choice, availability: Availability = .always,
                     headcount: Int = 1, patience: Distribution = .exponential(mean: 60)) -> ModelSpec {
        var chat = ChannelSpec(name: "chat", kind: .chat, patience: patience, work: .exponential(mean: 120), slTime: 60,
                               arrivalRates: [0])
        chat.availability = availability
        let visitors = VisitorSpec(
            arrivalRates: [60.0 / 3600], segments: [.init(name: "all", share: 1)],
            enquiries: [.init(name: "q", share: 1, selfServeSuccess: success, selfServeTime: .deterministic(30),
                              choice: choice)])
        return ModelSpec(horizon: Fixture.horizon(), channels: [chat],
                         teams: [Fixture.team(skills: [0], headcount: [headcount], concurrency: 2)], visitors: visitors)
    }

    static func outcomes(_ m: RecordingMonitor) -> [VisitorOutcome: Int] {
        Dictionary(grouping: m.visitorOutcomes, by: \.outcome).mapValues(\.count)
    }

    @Test func selfServeSuccessResolvesEveryone() {
        let m = Fixture.run(Self.spec(success: 1, choice: .init(channels: [1], leave: 0)))
        #expect(m.visitorsArrived > 30)
        #expect(Self.outcomes(m) == [.selfServed: m.visitorsArrived])
        #expect(!m.log.contains { if case .arrived = $0 { true } else { false } })
    }

    @Test func leaveWeightOneMeansEveryoneLeaves() {
        let m = Fixture.run(Self.spec(success: 0, choice: .init(channels: [0], leave: 1)))
        #expect(Self.outcomes(m) == [.left: m.visitorsArrived])
    }

    @Test func closedChannelIsNotOffered() {
        // The horizon starts at midnight; chat opens at 02:00, after this one-hour horizon.
        let m = Fixture.run(Self.spec(success: 0, choice: .init(channels: [1], leave: 0),
                                      availability: Availability(hours: 7200...36_000)))
        #expect(Self.outcomes(m) == [.left: m.visitorsArrived])
    }

    @Test func hiddenWhenTheQueueIsLong() {
        // Nobody on shift and infinite patience: the first failed self-server queues; with
        // one waiting, chat is hidden, so everyone after leaves.
        let m = Fixture.run(Self.spec(success: 0, choice: .init(channels: [1], leave: 0),
                                      availability: Availability(maxQueue: 1), headcount: 0, patience: .never))
        #expect(Self.outcomes(m) == [.left: m.visitorsArrived - 1, .unanswered: 1])
    }

    @Test func everyVisitorHasExactlyOneOutcomeAndContactsAddUp() {
        let spec = Self.spec(success: 0.5, choice: .init(channels: [0.7], leave: 0.3))
        for rep in 0..<3 {
            let m = Fixture.metrics(spec, seed: 9, replication: rep)
            let g = m.groups(.visitors).last!
            func value(_ name: String) -> Double { g[name]! }
            let outcomes = VisitorOutcome.allCases.map { value($0.name) }.reduce(0, +)
            #expect(value("visitors") == outcomes)
            #expect(value("visitors") > 0 && value("self_served") > 0 && value("left") > 0)
            // Every contact on chat came from a visitor here, and ended in one channel outcome.
            let chat = m.channels[0].total
            #expect(value("contacts_chat") == chat[.offered])
            #expect(value("resolved") + value("unresolved") + value("abandoned") + value("unanswered") == chat[.offered])
            #expect(chat[.resolved] + chat[.unresolved] + chat[.transferredOut] == chat[.answered])
        }
    }

    @Test func sameVisitorsUnderAnotherConcurrency() {
        // Common random numbers: changing the team does not change who arrives, what they
        // ask, or whether self-serve works for them.
        var other = Self.spec(success: 0.5, choice: .init(channels: [0.7], leave: 0.3))
        other.teams[0].concurrency = 1
        other.teams[0].speeds = [1]
        let a = Fixture.run(Self.spec(success: 0.5, choice: .init(channels: [0.7], leave: 0.3)), seed: 3)
        let b = Fixture.run(other, seed: 3)
        #expect(a.visitorsArrived == b.visitorsArrived)
        #expect(Self.outcomes(a)[.selfServed] == Self.outcomes(b)[.selfServed])
        #expect(Self.outcomes(a)[.left] == Self.outcomes(b)[.left])
    }
}

/// Proactive chat invitations.
@Suite struct ProactiveTests {
    static func spec(share: Double, accept: Double, segments: [Int] = [], maxQueue: Int? = nil) -> ModelSpec {
        var s = VisitorTests.spec(success: 1, choice: .init(channels: [0], leave: 1))
        s.visitors!.segments = [.init(name: "mobile", share: 0.5), .init(name: "desktop", share: 0.5)]
        s.visitors!.proactive = .init(channel: 0, segments: segments, share: share, accept: accept, maxQueue: maxQueue)
        return s
    }

    @Test func acceptedInvitationsGoStraightToChat() {
        // Everyone invited and accepting: nobody self-serves, every visitor chats.
        let m = Fixture.run(Self.spec(share: 1, accept: 1))
        #expect(m.invitations.count == m.visitorsArrived && m.invitations.allSatisfy { $0 })
        #expect(m.contacts.count == m.visitorsArrived && m.contacts.allSatisfy { $0 == 0 })
        #expect(!m.visitorOutcomes.contains { $0.outcome == .selfServed })
    }

    @Test func declinedInvitationsSelfServeAsUsual() {
        let m = Fixture.run(Self.spec(share: 1, accept: 0))
        #expect(m.invitations.count == m.visitorsArrived && !m.invitations.contains(true))
        #expect(m.visitorOutcomes.allSatisfy { $0.outcome == .selfServed })
    }

    @Test func onlyChosenSegmentsAndShortQueues() {
        let m = Fixture.run(Self.spec(share: 1, accept: 1, segments: [1]))
        let desktop = m.invitations.count
        #expect(desktop > 0 && desktop < m.visitorsArrived)
        #expect(m.visitorOutcomes.filter { $0.outcome == .selfServed }.count == m.visitorsArrived - desktop)
        // No agent on shift and max_queue 1: only the first accepted invitation queues.
        var closed = Self.spec(share: 1, accept: 1, maxQueue: 1)
        closed.teams[0].headcount = [0]
        closed.channels[0].patience = .never
        let q = Fixture.run(closed)
        #expect(q.invitations.count == 1)
    }
}
