import Analytic
import ChannelModel
import Testing
import Variates

/// After-call work against exact results for a service time of handle + wrap-up.
///
/// With wrap-up the agent's service time is handle + ACW, which is not exponential even
/// when both parts are, so Erlang C is not exact for its waits with several agents. The
/// exact checks are (docs/validation.md): M/G/1, where P(wait) = ρ and Pollaczek–Khinchine
/// gives the mean wait for any service distribution; and M/G/c/c (patience 0, every caller
/// who finds all agents busy leaves at once), whose blocking is Erlang B whatever the
/// service distribution (insensitivity).
@Suite(.serialized) struct AfterCallWorkValidationTests {
    static func phone(perSecond rate: Double, handle: Distribution, wrap: Distribution, patience: Distribution,
                      agents: Int) -> (ChannelSpec, TeamSpec) {
        var ch = ChannelSpec(name: "phone", kind: .phone, patience: patience, work: handle, slTime: 20, arrivalRates: [rate])
        ch.afterCallWork = wrap
        let team = TeamSpec(name: "agents", skills: [0], headcount: [agents], concurrency: 1, speeds: [1])
        return (ch, team)
    }

    @Test func mg1ExponentialHandleDeterministicWrapUp() {
        // Handle Exp(60 s), wrap-up 30 s: E[S] = 90, E[S²] = 60² + 90² = 11 700. ρ = 0.75.
        let lambda = 0.75 / 90
        let (ch, team) = Self.phone(perSecond: lambda, handle: .exponential(mean: 60), wrap: .deterministic(30),
                                    patience: .never, agents: 1)
        let rho = lambda * 90
        let wq = lambda * 11_700 / (2 * (1 - rho))
        TheoryCase(name: "M/G/1 S=Exp(60s)+30s ρ=0.75", channel: ch, team: team, length: 2_000_000, warmup: 20_000)
            .check([(.pWait, rho), (.occupancy, rho), (.asa, wq), (.meanQueue, lambda * wq)], maxRelativeHalfWidth: 0.06)
    }

    @Test func erlangBLossWithExponentialWrapUp() throws {
        // Three agents, handle Exp(60 s) + wrap-up Exp(30 s): offered load λ × 90 s = 3 Erlangs.
        let lambda = 3.0 / 90
        let (ch, team) = Self.phone(perSecond: lambda, handle: .exponential(mean: 60), wrap: .exponential(mean: 30),
                                    patience: .deterministic(0), agents: 3)
        let blocked = try Erlang.b(agents: 3, load: 3)
        TheoryCase(name: "M/G/3/3 S=Exp(60s)+Exp(30s) a=3", channel: ch, team: team, length: 500_000, warmup: 10_000)
            .check([(.pAbandon, blocked), (.occupancy, 3 * (1 - blocked) / 3)], maxRelativeHalfWidth: 0.03)
    }
}

/// Unavailable spells against their long-run share.
@Suite(.serialized) struct UnavailabilityValidationTests {
    @Test func availableAgentsIsTheLongRunShare() {
        // 20 agents, unavailable a share 0.2 of the time in spells of 10 minutes on average:
        // on average 16 available (each agent starts in the long-run state, so this holds
        // from time 0). Occupancy keeps its meaning (busy ÷ on duty): λ × 3 min ÷ 20.
        var ch = ChannelSpec(name: "phone", kind: .phone, patience: .never, work: .exponential(mean: 180), slTime: 20,
                             arrivalRates: [4.0 / 60])
        ch.afterCallWork = nil
        var team = TeamSpec(name: "agents", skills: [0], headcount: [20], concurrency: 1, speeds: [1])
        team.unavailability = Unavailability(share: 0.2, meanSpell: 600)
        TheoryCase(name: "20 agents, unavailable 20 % in 10 min spells", channel: ch, team: team, length: 200_000, warmup: 10_000)
            .check([(.availableAgents, 16), (.occupancy, 4.0 / 60 * 180 / 20)], maxRelativeHalfWidth: 0.02)
    }
}
