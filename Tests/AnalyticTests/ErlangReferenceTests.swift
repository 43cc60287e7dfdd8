// Erlang B, C and A against reference values. (a)/(b) come from /work/shared/peers/analytic.py
// (time in minutes there; rates and waits converted to seconds here), the 2000-agent values
// from an independent 40-digit mpmath evaluation of the same birth–death chain.
import Analytic
import Foundation
import Testing

@Suite("Erlang reference values")
struct ErlangReferenceTests {
    @Test("(a) Erlang A: λ=2/min, 4 min service, 10 agents, 2 min patience")
    func erlangAReference() throws {
        let m = try Erlang.a(arrivalRate: 2 / minute, meanService: 4 * minute, meanPatience: 2 * minute,
                             agents: 10, slTime: 20)
        #expect(m.agents == 10)
        #expect(approx(m.offeredLoad, 8, rel: 1e-12))
        #expect(approx(m.pWait, 0.24751918966708245, rel: 1e-9))
        #expect(approx(m.pAbandon, 0.068405352895339, rel: 1e-9))
        #expect(approx(m.asaAnswered, 6.610456709652626, rel: 1e-9))
        #expect(approx(m.slOffered, 0.8251571029680816, rel: 1e-9))
        #expect(approx(m.slAnswered, 0.8857469346057529, rel: 1e-9))
        #expect(approx(m.occupancy, 0.745275717683729, rel: 1e-9))
        #expect(approx(m.meanQueue, 0.2736214115813558, rel: 1e-9))
        #expect(approx(m.meanWaitAll, 8.208642347440673, rel: 1e-9))
        #expect(m.slTime == 20)
    }

    @Test("(b) Erlang C: λ=2/min, 4 min service, 10 agents")
    func erlangCReference() throws {
        let m = try Erlang.c(arrivalRate: 2 / minute, meanService: 4 * minute, agents: 10, slTime: 20)
        #expect(approx(m.pWait, 0.40918015079644343, rel: 1e-12))
        #expect(approx(m.asaAnswered, 49.101618095573215, rel: 1e-12))
        #expect(m.asaAnswered == m.meanWaitAll)
        #expect(approx(m.slOffered, 0.6536364801628249, rel: 1e-12))
        #expect(m.slAnswered == m.slOffered)
        #expect(approx(m.occupancy, 0.8, rel: 1e-12))
        #expect(m.pAbandon == 0)
        #expect(approx(m.meanQueue, 2 / minute * m.asaAnswered, rel: 1e-12))
    }

    @Test("Erlang B textbook values")
    func erlangBTextbook() throws {
        #expect(abs(try Erlang.b(agents: 10, load: 5) - 0.018384) < 1e-6)          // tables print 0.018384
        #expect(approx(try Erlang.b(agents: 10, load: 5), 0.018384570336648136, rel: 1e-13))
        #expect(approx(try Erlang.b(agents: 10, load: 5), logSpaceErlangB(agents: 10, load: 5), rel: 1e-12))
        #expect(approx(try Erlang.b(agents: 1, load: 1), 0.5, rel: 1e-15))
        #expect(try Erlang.b(agents: 0, load: 3) == 1)
        #expect(try Erlang.b(agents: 5, load: 0) == 0)
    }

    @Test("Erlang B at 2000 servers, 1950 Erlangs, against log space and mpmath")
    func erlangBLarge() throws {
        let b = try Erlang.b(agents: 2000, load: 1950)
        #expect(b > 0 && b < 1)
        #expect(approx(b, logSpaceErlangB(agents: 2000, load: 1950), rel: 1e-9))
        #expect(approx(b, 0.0054092044265706455, rel: 1e-10))
    }

    @Test("Erlang C at 2000 agents, load 1950")
    func erlangCLarge() throws {
        let m = try Erlang.c(arrivalRate: 1950 / 240, meanService: 240, agents: 2000, slTime: 20)
        #expect(approx(m.pWait, 0.17867506823273521, rel: 1e-10))
        #expect(approx(m.asaAnswered, 0.857640327517129, rel: 1e-10))
        #expect(approx(m.slOffered, 0.99722984790032667, rel: 1e-12))
        #expect(approx(m.occupancy, 0.975, rel: 1e-12))
    }

    @Test("Erlang A at 2000 agents, load 1950, 2 min patience")
    func erlangALarge() throws {
        let m = try Erlang.a(arrivalRate: 1950 / 240, meanService: 240, meanPatience: 120, agents: 2000, slTime: 20)
        for p in [m.pWait, m.pAbandon, m.slOffered, m.slAnswered, m.occupancy] {
            #expect(p.isFinite && p >= 0 && p <= 1)
        }
        #expect(approx(m.pWait, 0.11332241855289875, rel: 1e-9))
        #expect(approx(m.pAbandon, 0.0020402509425155147, rel: 1e-9))
        #expect(approx(m.meanQueue, 1.9892446689526269, rel: 1e-9))
        #expect(approx(m.asaAnswered, 0.24156298008925884, rel: 1e-9))
        #expect(approx(m.occupancy, 0.97301075533104737, rel: 1e-9))
        #expect(approx(m.slOffered, 0.997959748106439, rel: 1e-9))   // scipy expm of the tagged chain
    }

    @Test("Uniformisation with Λt in the thousands: SL over 600 s at 2000 agents")
    func longServiceLevelThreshold() throws {
        let m = try Erlang.a(arrivalRate: 1950 / 240, meanService: 240, meanPatience: 120, agents: 2000, slTime: 600)
        // Nobody still waiting after 600 s (e^-5 patience tail times a vanishing queue),
        // so SL(offered) is P(answered), per scipy expm: 0.9979597490574846.
        #expect(approx(m.slOffered, 0.9979597490574846, rel: 1e-10))
        #expect(approx(m.slOffered, 1 - m.pAbandon, rel: 1e-10))
    }
}
