// Limits and identities that tie the models to each other.
import Analytic
import Testing

@Suite("Model reductions and identities")
struct ReductionTests {
    @Test("Erlang A with huge patience converges to Erlang C")
    func hugePatienceIsErlangC() throws {
        let c = try Erlang.c(arrivalRate: 2 / minute, meanService: 4 * minute, agents: 10, slTime: 20)
        // The gap shrinks like 1/patience: at 1e9 s it is still 1.4e-6 relative in the wait
        // (mpmath: 49.1015511410951 s vs Erlang C's 49.1016180955732 s), so check that value
        // exactly and the limit at 1e11 s.
        let near = try Erlang.a(arrivalRate: 2 / minute, meanService: 4 * minute, meanPatience: 1e9,
                                agents: 10, slTime: 20)
        #expect(approx(near.meanWaitAll, 49.1015511410951, rel: 1e-11))
        #expect(approx(near.pWait, 0.409180034755759, rel: 1e-11))
        let a = try Erlang.a(arrivalRate: 2 / minute, meanService: 4 * minute, meanPatience: 1e11,
                             agents: 10, slTime: 20)
        #expect(sameMetrics(a, c, rel: 1e-7, abs: 1e-9))
        #expect(a.pAbandon > 0 && a.pAbandon < 1e-9)
    }

    @Test("Erlang A with infinite patience is exactly Erlang C, including at 2000 agents and Λt in the thousands")
    func infinitePatienceIsErlangC() throws {
        let cases: [(rate: Double, agents: Int, slTime: Double)] = [
            (2 / minute, 10, 20), (2 / minute, 10, 0), (1990.0 / 240, 2000, 60), (1990.0 / 240, 2000, 400),
        ]
        for c in cases {
            let a = try Erlang.a(arrivalRate: c.rate, meanService: 240, meanPatience: .infinity,
                                 agents: c.agents, slTime: c.slTime)
            let e = try Erlang.c(arrivalRate: c.rate, meanService: 240, agents: c.agents, slTime: c.slTime)
            #expect(sameMetrics(a, e, rel: 1e-9), "rate \(c.rate), agents \(c.agents), slTime \(c.slTime)")
        }
    }

    @Test("slTime 0: service level is P(no wait)")
    func zeroThreshold() throws {
        let m = try Erlang.a(arrivalRate: 2 / minute, meanService: 4 * minute, meanPatience: 2 * minute,
                             agents: 10, slTime: 0)
        #expect(approx(m.slOffered, 1 - m.pWait, rel: 1e-12))
    }

    @Test("Erlang A stays finite and sane when heavily overloaded")
    func overloadedErlangA() throws {
        let m = try Erlang.a(arrivalRate: 1 / 10, meanService: 240, meanPatience: 600, agents: 5, slTime: 20)
        // Flow balance: everything not answered abandons, and answered work fits the agents.
        let answered = 1 - m.pAbandon
        #expect(approx(answered * m.offeredLoad, m.occupancy * 5, rel: 1e-9))
        #expect(m.pWait > 0.99 && m.pWait <= 1)
        #expect(m.slOffered >= 0 && m.slOffered <= 1)
    }

    @Test("Service level grows with the threshold")
    func serviceLevelMonotone() throws {
        var previous = -1.0
        for t in [0.0, 5, 20, 60, 300, 3600] {
            let m = try Erlang.a(arrivalRate: 2 / minute, meanService: 4 * minute, meanPatience: 2 * minute,
                                 agents: 9, slTime: t)
            #expect(m.slOffered >= previous)
            #expect(m.slOffered <= 1 - m.pAbandon + 1e-12)
            previous = m.slOffered
        }
        #expect(approx(previous, 1 - (try Erlang.a(arrivalRate: 2 / minute, meanService: 4 * minute,
                                                   meanPatience: 2 * minute, agents: 9, slTime: 0)).pAbandon, rel: 1e-9))
    }
}
