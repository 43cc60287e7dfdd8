import ChannelModel
import Testing
import Variates

/// Sales, the satisfaction proxy, and channel figures per segment × enquiry.
@Suite struct MoneyTests {
    /// Visitors at 60/h for an hour, two segments × two enquiries; one chat channel with
    /// plenty of agents (nobody waits) and every chat resolved.
    static func spec(success: Double, sale: SaleSpec?) -> ModelSpec {
        let chat = ChannelSpec(name: "chat", kind: .chat, patience: .never, work: .deterministic(300), slTime: 60,
                               arrivalRates: [0])
        func enquiry(_ name: String) -> VisitorSpec.Enquiry {
            var e = VisitorSpec.Enquiry(name: name, share: 0.5, selfServeSuccess: success, selfServeTime: .deterministic(30),
                                        choice: .init(channels: [1], leave: 0))
            e.sale = sale
            return e
        }
        let visitors = VisitorSpec(arrivalRates: [60.0 / 3600],
                                   segments: [.init(name: "mobile", share: 0.5), .init(name: "desktop", share: 0.5)],
                                   enquiries: [enquiry("a"), enquiry("b")])
        return ModelSpec(horizon: Fixture.horizon(), channels: [chat],
                         teams: [Fixture.team(skills: [0], headcount: [50], concurrency: 2)], visitors: visitors)
    }

    /// A conversion table giving probability `p` to `outcome` on `channel` (−1: none).
    static func conversion(_ outcome: VisitorOutcome, channel: Int, _ p: Double, channels: Int = 1) -> [[Double]] {
        VisitorOutcome.allCases.map { o in (-1..<channels).map { c in o == outcome && c == channel ? p : 0 } }
    }

    @Test func selfServedVisitorsBuyAtTheirOutcomesProbability() throws {
        let sale = SaleSpec(value: .deterministic(50), conversion: Self.conversion(.selfServed, channel: -1, 1))
        let m = Fixture.metrics(Self.spec(success: 1, sale: sale), seed: 4)
        let all = try #require(m.groups(.visitors).last)
        #expect(all["visitors"]! > 30)
        #expect(all["conversions"] == all["visitors"])
        #expect(all["revenue"] == 50 * all["visitors"]!)
        // Self-served sales belong to no channel, but to the totals.
        #expect(m.channels[0].total[.conversions] == 0)
        #expect(m.groups(.totals)[0]["revenue"] == all["revenue"])
    }

    @Test func salesFollowTheOutcomeAndChannel() throws {
        // Only resolved chats sell; nobody self-serves, so every visitor chats.
        let sale = SaleSpec(value: .deterministic(20), conversion: Self.conversion(.resolved, channel: 0, 1))
        let m = Fixture.metrics(Self.spec(success: 0, sale: sale), seed: 4)
        let all = try #require(m.groups(.visitors).last)
        let chat = m.channels[0].total
        #expect(all["resolved"] == all["visitors"])
        #expect(all["conversions"] == chat[.resolved])
        #expect(chat[.conversions] == chat[.resolved])
        #expect(chat[.revenue] == 20 * chat[.resolved])
        // Per interval and per group, the channel's sales add up to its total.
        #expect(m.channels[0].intervals.map { $0[.conversions] }.reduce(0, +) == chat[.conversions])
        #expect(m.channels[0].groups.map { $0[.revenue] }.reduce(0, +) == chat[.revenue])
        // Probability 0 everywhere: no sale at all.
        let none = SaleSpec(value: .deterministic(20), conversion: Self.conversion(.resolved, channel: 0, 0))
        let zero = Fixture.metrics(Self.spec(success: 0, sale: none), seed: 4)
        #expect(zero.groups(.visitors).last!["conversions"] == 0)
    }

    @Test func conversionDrawsAreCommonRandomNumbers() {
        // A different order value does not change who buys.
        let a = SaleSpec(value: .deterministic(20), conversion: Self.conversion(.resolved, channel: 0, 0.4))
        var b = a
        b.value = .exponential(mean: 70)
        let ma = Fixture.metrics(Self.spec(success: 0, sale: a), seed: 8)
        let mb = Fixture.metrics(Self.spec(success: 0, sale: b), seed: 8)
        let ca = ma.groups(.visitors).last!["conversions"]!, cb = mb.groups(.visitors).last!["conversions"]!
        #expect(ca == cb && ca > 0)
    }

    @Test func channelFiguresSplitBySegmentAndEnquiry() throws {
        let m = Fixture.metrics(Self.spec(success: 0.3, sale: nil), seed: 6)
        #expect(m.visitorGroupLabels == ["mobile/a", "mobile/b", "desktop/a", "desktop/b"])
        let chat = m.channels[0]
        #expect(chat.groups.count == 4)
        for metric in [Metric.offered, .answered, .resolved] {
            #expect(chat.groups.map { $0[metric] }.reduce(0, +) == chat.total[metric])
        }
        // Each group's chats are its visitors' chat contacts; time averages belong to no group.
        for (g, label) in m.visitorGroupLabels.enumerated() {
            let visitors = try #require(m.groups(.visitors).first { $0.label == label })
            #expect(chat.groups[g][.offered] == visitors["contacts_chat"])
            #expect(chat.groups[g][.offered] > 0)
            #expect(chat.groups[g][.occupancy].isNaN)
        }
    }
}

/// The satisfaction proxy, on contacts and on visitors' journeys.
@Suite struct SatisfactionTests {
    /// One phone agent; three calls at 0 with 10 minutes' work and 15 minutes' patience:
    /// the first is answered at once, the second after 10 minutes, the third abandons at 15.
    static func spec(visitors: Bool) -> ModelSpec {
        var phone = Fixture.channel(.phone, arrivals: visitors ? [] : [0, 0, 0], work: 600,
                                    patience: .deterministic(900))
        if visitors { phone.arrivalTimes = nil }
        var spec = ModelSpec(horizon: Fixture.horizon(), channels: [phone], teams: [Fixture.team(skills: [0], headcount: [1])])
        spec.satisfaction = SatisfactionSpec(base: ["phone.resolved": 80, "abandoned": 10, "default": 50],
                                             perMinuteWait: [-2], abandoned: -30)
        return spec
    }

    @Test func contactScoresAreBasePlusWaitAndAbandonment() {
        let m = Fixture.metrics(Self.spec(visitors: false), seed: 1)
        let phone = m.channels[0].total
        #expect(phone[.answered] == 2 && phone[.abandoned] == 1)
        // 80, 80 − 2 × 10, 10 − 2 × 15 − 30.
        let expected = (80.0 + 60 + (10 - 30 - 30)) / 3
        #expect(abs(phone[.satisfaction] - expected) < 1e-9)
        #expect(abs(m.channels[0].intervals[0][.satisfaction] - expected) < 1e-9)
    }

    @Test func noSatisfactionSectionLeavesItUndefined() {
        var spec = Self.spec(visitors: false)
        spec.satisfaction = nil
        #expect(Fixture.metrics(spec, seed: 1).channels[0].total[.satisfaction].isNaN)
    }

    @Test func journeyScoresCountEveryVisitorOnce() throws {
        // Visitors who never contact anyone score their outcome's base: self-served
        // visitors get `default` (50 here); with one contact each, a journey scores like
        // its contact.
        var spec = Self.spec(visitors: true)
        spec.visitors = VisitorSpec(
            arrivalRates: [20.0 / 3600], segments: [.init(name: "all", share: 1)],
            enquiries: [.init(name: "q", share: 1, selfServeSuccess: 1, selfServeTime: .deterministic(30),
                              choice: .init(channels: [1], leave: 0))])
        let selfServed = try #require(Fixture.metrics(spec, seed: 2).groups(.visitors).last)
        #expect(selfServed["satisfaction_proxy"] == 50)
        spec.visitors!.enquiries[0].selfServeSuccess = 0
        let m = Fixture.metrics(spec, seed: 2)
        let all = try #require(m.groups(.visitors).last)
        let phone = m.channels[0].total
        #expect(all["visitors"] == phone[.offered])
        #expect(abs(all["satisfaction_proxy"]! - phone[.satisfaction]) < 1e-9)
        #expect(all["satisfaction_proxy"]! < 80)
    }

    @Test func journeysCarryTheWaitOfEveryContact() {
        // Chats escalate to the phone half the time; a visitor's wait score is the sum over
        // all its contacts of the per-minute score of that channel times its wait.
        let chat = ChannelSpec(name: "chat", kind: .chat, patience: .exponential(mean: 120), work: .deterministic(300),
                               slTime: 60, arrivalRates: [0])
        let phone = ChannelSpec(name: "phone", kind: .phone, patience: .exponential(mean: 120), work: .deterministic(300),
                                slTime: 20, arrivalRates: [0])
        var enquiry = VisitorSpec.Enquiry(name: "q", share: 1, selfServeSuccess: 0, selfServeTime: .deterministic(30),
                                          choice: .init(channels: [1, 0], leave: 0))
        enquiry.endings = .init(resolved: 0.5, unresolved: 0, toPhone: 0.5)
        var visitors = VisitorSpec(arrivalRates: [40.0 / 3600], segments: [.init(name: "all", share: 1)], enquiries: [enquiry])
        visitors.escalationChannel = 1
        var spec = ModelSpec(horizon: Fixture.horizon(), channels: [chat, phone],
                             teams: [Fixture.team(skills: [0], headcount: [1]), Fixture.team(skills: [1], headcount: [1])],
                             visitors: visitors)
        spec.satisfaction = SatisfactionSpec(base: [:], perMinuteWait: [-2, -1], abandoned: -30)
        let m = Fixture.run(spec)
        var expected = 0.0, transfers = 0
        for entry in m.log {
            switch entry {
            case .answered(let c, _, let wait), .abandoned(let c, _, let wait), .unanswered(let c, _, let wait):
                expected += (c == 0 ? -2 : -1) * wait / 60
            default: break
            }
        }
        transfers = m.endings.filter { $0 == .transferred }.count
        let total = m.journeys.map(\.waitScore).reduce(0, +)
        #expect(transfers > 0 && expected < 0)
        #expect(m.journeys.count == m.visitorsArrived)
        #expect(abs(total - expected) <= 1e-9 * abs(expected))
    }
}

/// Priority segments: a priority class ahead of the queue.
@Suite struct PrioritySegmentTests {
    @Test func prioritySegmentsGoAheadOfTheQueue() {
        // One agent, twice the load it can carry: without priority everyone waits alike;
        // with it, the gold tier (20 % of the load, ρ = 0.4 on its own) barely waits.
        let chat = ChannelSpec(name: "chat", kind: .chat, patience: .never, work: .deterministic(120), slTime: 60,
                               arrivalRates: [0])
        var visitors = VisitorSpec(
            arrivalRates: [60.0 / 3600], segments: [.init(name: "gold", share: 0.2), .init(name: "standard", share: 0.8)],
            enquiries: [.init(name: "q", share: 1, selfServeSuccess: 0, selfServeTime: .deterministic(0),
                              choice: .init(channels: [1], leave: 0))])
        var spec = ModelSpec(horizon: Fixture.horizon(length: 4 * 3600), channels: [chat],
                             teams: [Fixture.team(skills: [0], headcount: [1])], visitors: visitors)
        func asa(_ spec: ModelSpec) -> (gold: Double, standard: Double) {
            let m = Fixture.metrics(spec, seed: 5)
            return (m.channels[0].groups[0][.asa], m.channels[0].groups[1][.asa])
        }
        let fifo = asa(spec)
        visitors.prioritySegments = [0]
        spec.visitors = visitors
        let priority = asa(spec)
        #expect(fifo.gold > 0.5 * fifo.standard)
        #expect(priority.gold < 0.1 * priority.standard)
        #expect(priority.gold < fifo.gold && priority.standard > fifo.standard)
    }
}

/// Callbacks' time to be called back is not waiting on hold: it scores nothing.
@Suite struct CallbackSatisfactionTests {
    @Test func unansweredCallbacksScoreOnlyTheirBase() {
        // Nobody on shift: every caller takes a callback and is still waiting at the end.
        var phone = Fixture.channel(.phone, arrivals: [0, 600, 1200], work: 300)
        phone.callback = CallbackSpec(aboveWait: 0, accept: 1)
        var spec = ModelSpec(horizon: Fixture.horizon(), channels: [phone], teams: [Fixture.team(skills: [0], headcount: [0])])
        spec.satisfaction = SatisfactionSpec(base: ["unanswered": 10], perMinuteWait: [-2], abandoned: -30)
        let m = Fixture.metrics(spec, seed: 1)
        #expect(m.channels[0].total[.callbacks] == 3 && m.channels[0].total[.unanswered] == 3)
        #expect(m.channels[0].total[.satisfaction] == 10)
    }
}
