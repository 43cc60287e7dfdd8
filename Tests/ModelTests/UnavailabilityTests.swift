import ChannelModel
import Foundation
import Testing
import Variates

/// Agents' unavailable spells, checked against a replay of the agent's own stream.
@Suite struct UnavailabilityTests {
    /// Agent 0's spell ends from time 0 for `seed` (replication 0): whether it starts
    /// unavailable, and the instants its first spells end.
    static func replay(seed: UInt64, _ u: Unavailability, spells: Int) -> (away: Bool, ends: [Double]) {
        let s = RandomStream(StreamKey(seed: seed, replication: 0, purpose: .unavailability, index: 0))
        var away = s.uniform() < u.share
        let first = away
        var t = 0.0, ends: [Double] = []
        for _ in 0..<spells {
            t = t - (away ? u.meanSpell : u.meanAvailable) * log(s.uniform())
            ends.append(t)
            away.toggle()
        }
        return (first, ends)
    }

    static let u = Unavailability(share: 0.5, meanSpell: 60)

    static func spec(arrivals: [Double], handle: Double) -> ModelSpec {
        var team = Fixture.team(skills: [0], headcount: [1])
        team.unavailability = Self.u
        return ModelSpec(horizon: Fixture.horizon(), channels: [Fixture.channel(.phone, arrivals: arrivals, work: handle)],
                         teams: [team])
    }

    @Test func aCallWaitsForTheSpellToEnd() throws {
        // The first seed whose agent starts unavailable: a call at 0 waits out the spell.
        let seed = try #require((1...100).map(UInt64.init).first { Self.replay(seed: $0, Self.u, spells: 1).away })
        let r = Self.replay(seed: seed, Self.u, spells: 1)
        let m = Fixture.run(Self.spec(arrivals: [0], handle: 1), seed: seed)
        #expect(m.outcomes.first == .answered(channel: 0, arrival: 0, wait: r.ends[0]))
    }

    @Test func anAgentGoingAwayFinishesItsCallFirst() throws {
        // Starts available; its call outlasts the available spell by 5 s. The call is not
        // cut short, and a call arriving 1 s into the unavailable spell waits for its end
        // (or for the first call's end, whichever is later).
        let seed = try #require((1...100).map(UInt64.init).first { !Self.replay(seed: $0, Self.u, spells: 1).away })
        let r = Self.replay(seed: seed, Self.u, spells: 2)
        let handle = r.ends[0] + 5
        let m = Fixture.run(Self.spec(arrivals: [0, r.ends[0] + 1], handle: handle), seed: seed)
        #expect(m.outcomes.contains(.completed(channel: 0, arrival: 0, service: handle)))
        let answer = max(r.ends[1], handle)
        #expect(m.outcomes.contains(.answered(channel: 0, arrival: r.ends[0] + 1, wait: answer - (r.ends[0] + 1))))
    }

    @Test func availableAgentsIsOnDutyLessTheSpells() throws {
        // No arrivals: one agent on duty for an hour; available_agents is the share of the
        // hour outside its unavailable spells, staff stays 1.
        let seed: UInt64 = 3
        let r = Self.replay(seed: seed, Self.u, spells: 400)
        var away = r.away, from = 0.0, awayTime = 0.0
        for end in r.ends {
            if away { awayTime += min(end, 3600) - from }
            from = end
            away.toggle()
            if from >= 3600 { break }
        }
        let v = Fixture.metrics(Self.spec(arrivals: [], handle: 1), seed: seed).channels[0].total
        #expect(abs(v[.availableAgents] - (3600 - awayTime) / 3600) < 1e-12)
        #expect(v[.staff] == 1)
        #expect(awayTime > 0 && awayTime < 3600)
    }

    @Test func withoutUnavailabilityEveryOnDutyAgentIsAvailable() {
        let spec = ModelSpec(horizon: Fixture.horizon(), channels: [Fixture.channel(.phone, arrivals: [0], work: 10)],
                             teams: [Fixture.team(skills: [0], headcount: [3])])
        #expect(Fixture.metrics(spec, seed: 1).channels[0].total[.availableAgents] == 3)
        #expect(!spec.metricApplies(.availableAgents, channel: 0))
        #expect(Self.spec(arrivals: [], handle: 1).metricApplies(.availableAgents, channel: 0))
    }
}
