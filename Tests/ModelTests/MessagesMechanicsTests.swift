import ChannelModel
import Testing
import Variates

/// Message-level chats with deterministic scripts: every reply time is known exactly.
@Suite struct MessagesMechanicsTests {
    /// One agent holding up to `k` chats; every chat has 2 exchanges, replies of 4 s and
    /// 10 s of customer typing between them.
    static func spec(arrivals: [Double], k: Int = 2, inChatPatience: Distribution = .never,
                     exchanges: Double = 2) -> ModelSpec {
        var ch = Fixture.channel(.chat, arrivals: arrivals, work: 0)
        ch.mode = .messages(MessageSpec(exchanges: .deterministic(exchanges), customerTyping: .deterministic(10),
                                        agentReply: .deterministic(4), inChatPatience: inChatPatience))
        return ModelSpec(horizon: Fixture.horizon(), channels: [ch],
                         teams: [Fixture.team(skills: [0], headcount: [1], concurrency: k)])
    }

    @Test func oneReplyAtATimeOldestMessageFirst() {
        // A at 0: reply 0–4, types 4–14, reply 14–18, done at 18.
        // B at 1: its opening message waits while A's reply is written; reply 4–8 (delay 7),
        // types 8–18, reply 18–22 (A's second message came first, at 14), done at 22.
        let m = Fixture.run(Self.spec(arrivals: [0, 1]))
        let expected: [RecordingMonitor.Entry] = [
            .answered(channel: 0, arrival: 0, wait: 0),
            .answered(channel: 0, arrival: 1, wait: 0),
            .replied(channel: 0, delay: 4),
            .replied(channel: 0, delay: 7),
            .replied(channel: 0, delay: 4),
            .completed(channel: 0, arrival: 0, service: 18),
            .replied(channel: 0, delay: 4),
            .completed(channel: 0, arrival: 1, service: 21),
        ]
        #expect(m.log.filter { if case .arrived = $0 { false } else if case .interval = $0 { false } else { true } } == expected)
        // Alone, each chat would take 4 + 10 + 4 = 18 s.
        #expect(m.alones == [18, 18])
    }

    @Test func concurrencyOneIsAnExclusiveChat() {
        // k = 1: B waits in the queue until A's chat ends at 18, then runs alone.
        let m = Fixture.run(Self.spec(arrivals: [0, 1], k: 1))
        #expect(m.outcomes == [
            .answered(channel: 0, arrival: 0, wait: 0),
            .completed(channel: 0, arrival: 0, service: 18),
            .answered(channel: 0, arrival: 1, wait: 17),
            .completed(channel: 0, arrival: 1, service: 18),
        ] as [RecordingMonitor.Entry])
    }

    @Test func replyTooSlowCustomerLeavesMidChat() {
        // In-chat patience 5 s: B's opening message (at 1) is only being answered from 4 and
        // would be sent at 8, so B leaves at 6; the half-written reply is dropped and the
        // agent is free until A's second message at 14.
        let m = Fixture.run(Self.spec(arrivals: [0, 1], inChatPatience: .deterministic(5)))
        let expected: [RecordingMonitor.Entry] = [
            .answered(channel: 0, arrival: 0, wait: 0),
            .answered(channel: 0, arrival: 1, wait: 0),
            .replied(channel: 0, delay: 4),
            .leftMidChat(channel: 0, arrival: 1, service: 5),
            .replied(channel: 0, delay: 4),
            .completed(channel: 0, arrival: 0, service: 18),
        ]
        #expect(m.log.filter { if case .arrived = $0 { false } else if case .interval = $0 { false } else { true } } == expected)
        let last = m.states.last { $0.time == 6 }!.state
        #expect(last.inService == 1 && last.busyAgents == 1)
    }

    @Test func midChatLeaverSlotIsRefilledAtOnce() {
        // As above, with C queued since 2 (two slots, both held): when B leaves at 6, the
        // agent takes C from the queue in the same event (wait 4).
        let m = Fixture.run(Self.spec(arrivals: [0, 1, 2], inChatPatience: .deterministic(5)))
        let left = m.log.firstIndex(of: .leftMidChat(channel: 0, arrival: 1, service: 5))!
        #expect(m.log[left + 1] == .answered(channel: 0, arrival: 2, wait: 4))
    }

    @Test func metricsForMessageChats() {
        let spec = Self.spec(arrivals: [0, 1])
        let t = Fixture.metrics(spec, seed: 1, replication: 0).channels[0].total
        #expect(t[.replyDelay] == (4 + 7 + 4 + 4) / 4.0)
        #expect(t[.effectiveSlowdown] == (18 + 21) / 36.0)
        #expect(t[.handle] == 19.5)
        #expect(t[.abandonedMidChat] == 0)
    }

    @Test func sameVisitorsWriteTheSameChatsWhateverTheConcurrency() {
        // Common random numbers: the exchanges, replies and typing of each visitor come from
        // its own substream, so with ample capacity the sum of `alone` times is the same for
        // k = 1 and k = 3 (the same chats, only shared differently).
        func alone(k: Int) -> [Double] {
            var ch = ChannelSpec(name: "chat", kind: .chat, patience: .never, work: .deterministic(0), slTime: 20,
                                 arrivalRates: [1.0 / 60])
            ch.mode = .messages(MessageSpec(exchanges: .poisson(mean: 5), customerTyping: .exponential(mean: 30),
                                            agentReply: .lognormal(mean: 30, cv: 0.7), inChatPatience: .never))
            let spec = ModelSpec(horizon: Fixture.horizon(length: 7200), channels: [ch],
                                 teams: [Fixture.team(skills: [0], headcount: [50], concurrency: k)])
            let m = Fixture.run(spec, seed: 4)
            return m.alones.sorted()
        }
        let one = alone(k: 1), three = alone(k: 3)
        #expect(one.count > 50)
        #expect(one == three)
    }
}

/// With more chats per agent, replies wait longer and more visitors leave mid-chat.
@Suite struct ConcurrencyTradeOffTests {
    @Test func midChatAbandonmentRisesWithConcurrency() {
        var shares: [Double] = [], delays: [Double] = []
        for k in 1...4 {
            var ch = ChannelSpec(name: "chat", kind: .chat, patience: .exponential(mean: 120), work: .deterministic(0),
                                 slTime: 60, arrivalRates: [12.0 / 60])
            ch.mode = .messages(MessageSpec(exchanges: .poisson(mean: 6), customerTyping: .exponential(mean: 40),
                                            agentReply: .lognormal(mean: 35, cv: 0.7), inChatPatience: .exponential(mean: 180)))
            let spec = ModelSpec(horizon: Horizon(intervalLength: 4 * 3600, intervalsPerDay: 1), channels: [ch],
                                 // 15 agents: even 4 chats each (60) are fewer than the ~90 chats
                                 // the demand would keep open, so every extra slot is used.
                                 teams: [TeamSpec(name: "web", skills: [0], headcount: [15], concurrency: k,
                                                  speeds: TeamSpec.speeds(concurrency: k, slowdown: 0))])
            var mid = 0.0, answered = 0.0, delay = 0.0
            for rep in 0..<5 {
                let t = Fixture.metrics(spec, seed: 77, replication: rep).channels[0].total
                mid += t[.abandonedMidChat]
                answered += t[.answered]
                delay += t[.replyDelay] / 5
            }
            shares.append(mid / answered)
            delays.append(delay)
        }
        for k in 1..<4 {
            #expect(shares[k] > shares[k - 1], "mid-chat share \(shares)")
            #expect(delays[k] > delays[k - 1], "reply delay \(delays)")
        }
    }
}
