// Staffing rules and the exact smallest-head-count search.
import Analytic
import Foundation
import Testing

@Suite("Staffing")
struct StaffingTests {
    private func erlangC(_ n: Int) throws -> QueueMetrics {
        try Erlang.c(arrivalRate: 2 / minute, meanService: 4 * minute, agents: n, slTime: 20)
    }

    @Test("Erlang C, λ=2/min, 4 min, SL(20 s) ≥ 0.8 needs 11 agents")
    func smallestErlangC() throws {
        #expect(try erlangC(10).slOffered < 0.8)
        #expect(try erlangC(11).slOffered >= 0.8)
        let (n, m) = try Staffing.smallestAgents(from: 9, metrics: erlangC, meets: { $0.slOffered >= 0.8 })
        #expect(n == 11)
        #expect(m == (try erlangC(11)))
        // Starting below the load walks through unstable levels instead of failing.
        #expect(try Staffing.smallestAgents(from: 1, metrics: erlangC, meets: { $0.slOffered >= 0.8 }).agents == 11)
    }

    @Test("search gives up with .invalidInput past maxAgents")
    func searchExhausted() {
        #expect(throws: AnalyticError.invalidInput(field: "agents", message: "no staffing level from 9 to 10 meets the target")) {
            try Staffing.smallestAgents(from: 9, maxAgents: 10, metrics: erlangC, meets: { $0.slOffered >= 0.8 })
        }
        #expect(throws: AnalyticError.self) {
            try Staffing.smallestAgents(from: 20, maxAgents: 10, metrics: erlangC, meets: { _ in true })
        }
    }

    @Test("square-root staffing")
    func squareRoot() {
        #expect(Staffing.squareRoot(load: 100, beta: 1) == 110)
        #expect(Staffing.squareRoot(load: 8, beta: 0.5) == 10)     // 8 + 1.414…
        #expect(Staffing.squareRoot(load: 0, beta: 1) == 1)
        #expect(Staffing.squareRoot(load: 1950, beta: 0) == 1950)
    }

    @Test("Halfin–Whitt β round-trips to 1e-9")
    func halfinWhitt() throws {
        let beta = try Staffing.halfinWhittBeta(pWait: 0.5)
        #expect(abs(beta - 0.5061) < 1e-4)
        #expect(abs(Staffing.halfinWhittPWait(beta) - 0.5) < 1e-9)
        let phi = exp(-beta * beta / 2) / (2 * Double.pi).squareRoot()
        let cdf = 0.5 * erfc(-beta / 2.0.squareRoot())
        #expect(abs(1 / (1 + beta * cdf / phi) - 0.5) < 1e-9)           // independent of GSL
        for p in [0.9, 0.2, 0.01, 1e-6] {
            let b = try Staffing.halfinWhittBeta(pWait: p)
            #expect(abs(Staffing.halfinWhittPWait(b) - p) < 1e-9 * max(p, 1e-3))
        }
        #expect(throws: AnalyticError.self) { try Staffing.halfinWhittBeta(pWait: 0) }
        #expect(throws: AnalyticError.self) { try Staffing.halfinWhittBeta(pWait: 1) }
    }
}
