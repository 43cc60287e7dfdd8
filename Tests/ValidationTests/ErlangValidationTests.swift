import Analytic
import ChannelModel
import Testing

/// The simulator against Erlang C (no abandonment) and Erlang A (exponential patience).
@Suite(.serialized) struct ErlangValidationTests {
    static func phone(rate perMinute: Double, service: Double, patience: Double?, agents: Int) -> (ChannelSpec, TeamSpec) {
        let ch = ChannelSpec(name: "phone", kind: .phone, patience: patience.map { .exponential(mean: $0) } ?? .never,
                             work: .exponential(mean: service), slTime: 20, arrivalRates: [perMinute / 60])
        let team = TeamSpec(name: "agents", skills: [0], headcount: [agents], concurrency: 1, speeds: [1])
        return (ch, team)
    }

    @Test func erlangC_rho080_10agents() throws {
        // The peers' model (b): λ = 2/min, 4 min service, 10 agents. ρ = 0.8 has long,
        // correlated busy periods, so it gets long replications.
        let (ch, team) = Self.phone(rate: 2, service: 240, patience: nil, agents: 10)
        let exact = try Erlang.c(arrivalRate: 2.0 / 60, meanService: 240, agents: 10, slTime: 20)
        TheoryCase(name: "Erlang C λ=2/min S=4m n=10", channel: ch, team: team, length: 1_200_000, warmup: 20_000)
            .check(queueExpectations(exact), maxRelativeHalfWidth: 0.06)
    }

    @Test func erlangC_rho075_4agents() throws {
        let (ch, team) = Self.phone(rate: 1, service: 180, patience: nil, agents: 4)
        let exact = try Erlang.c(arrivalRate: 1.0 / 60, meanService: 180, agents: 4, slTime: 20)
        TheoryCase(name: "Erlang C λ=1/min S=3m n=4", channel: ch, team: team, length: 1_500_000, warmup: 20_000)
            .check(queueExpectations(exact), maxRelativeHalfWidth: 0.06)
    }

    @Test func erlangA_peersModelA() throws {
        let (ch, team) = Self.phone(rate: 2, service: 240, patience: 120, agents: 10)
        let exact = try Erlang.a(arrivalRate: 2.0 / 60, meanService: 240, meanPatience: 120, agents: 10, slTime: 20)
        TheoryCase(name: "Erlang A λ=2/min S=4m θ⁻¹=2m n=10", channel: ch, team: team, length: 300_000, warmup: 10_000)
            .check(queueExpectations(exact))
    }

    @Test func erlangA_overloaded() throws {
        // Offered load 25 Erlangs on 20 agents: stable only because callers give up.
        let (ch, team) = Self.phone(rate: 5, service: 300, patience: 60, agents: 20)
        let exact = try Erlang.a(arrivalRate: 5.0 / 60, meanService: 300, meanPatience: 60, agents: 20, slTime: 20)
        TheoryCase(name: "Erlang A λ=5/min S=5m θ⁻¹=1m n=20", channel: ch, team: team, length: 100_000, warmup: 5_000)
            .check(queueExpectations(exact))
    }
}

/// The fluid chat model against the exact Markov chain.
@Suite(.serialized) struct ChatValidationTests {
    static func chat(rate perMinute: Double, work: Double, patience: Double, agents: Int, k: Int, alpha: Double)
        -> (ChannelSpec, TeamSpec) {
        let ch = ChannelSpec(name: "chat", kind: .chat, patience: .exponential(mean: patience), work: .exponential(mean: work),
                             slTime: 20, assignment: .leastLoaded, arrivalRates: [perMinute / 60])
        let team = TeamSpec(name: "web", skills: [0], headcount: [agents], concurrency: k,
                            speeds: TeamSpec.speeds(concurrency: k, slowdown: alpha))
        return (ch, team)
    }

    static func expectations(_ m: ChatMetrics) -> [(Metric, Double)] {
        queueExpectations(m.queue) + [(.slotUtilisation, m.slotUtilisation), (.meanConcurrencyBusy, m.meanConcurrencyBusy)]
    }

    @Test func chat_peersModelC() throws {
        let (ch, team) = Self.chat(rate: 3, work: 360, patience: 90, agents: 8, k: 3, alpha: 0.25)
        let exact = try ChatMarkovChain.solve(arrivalRate: 3.0 / 60, agents: 8, concurrency: 3, meanWork: 360,
                                              speeds: ChatMarkovChain.speeds(concurrency: 3, slowdown: 0.25),
                                              meanPatience: 90, slTime: 20)
        TheoryCase(name: "chat λ=3/min W=6m n=8 k=3 α=0.25", channel: ch, team: team, length: 200_000, warmup: 10_000)
            .check(Self.expectations(exact))
    }

    @Test func chat_smallTeamK2() throws {
        let (ch, team) = Self.chat(rate: 2, work: 240, patience: 120, agents: 4, k: 2, alpha: 0.5)
        let exact = try ChatMarkovChain.solve(arrivalRate: 2.0 / 60, agents: 4, concurrency: 2, meanWork: 240,
                                              speeds: ChatMarkovChain.speeds(concurrency: 2, slowdown: 0.5),
                                              meanPatience: 120, slTime: 20)
        TheoryCase(name: "chat λ=2/min W=4m n=4 k=2 α=0.5", channel: ch, team: team, length: 300_000, warmup: 10_000)
            .check(Self.expectations(exact))
    }
}

/// Message-level chat with one chat per agent and one exchange is M/M/n+M: the agent is
/// held for exactly one exponential reply.
@Suite(.serialized) struct MessagesValidationTests {
    @Test func messagesConcurrencyOneIsErlangA() throws {
        var ch = ChannelSpec(name: "chat", kind: .chat, patience: .exponential(mean: 120), work: .deterministic(0),
                             slTime: 20, arrivalRates: [2.0 / 60])
        ch.mode = .messages(MessageSpec(exchanges: .deterministic(1), customerTyping: .deterministic(30),
                                        agentReply: .exponential(mean: 240), inChatPatience: .never))
        let team = TeamSpec(name: "web", skills: [0], headcount: [10], concurrency: 1, speeds: [1])
        let exact = try Erlang.a(arrivalRate: 2.0 / 60, meanService: 240, meanPatience: 120, agents: 10, slTime: 20)
        TheoryCase(name: "messages k=1, 1 exchange ≡ Erlang A n=10", channel: ch, team: team, length: 300_000, warmup: 10_000)
            .check(queueExpectations(exact))
    }
}
