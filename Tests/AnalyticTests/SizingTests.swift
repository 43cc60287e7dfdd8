// Sizing: targets, unreachable bounds, and the galloping search.
import Analytic
import Testing

@Suite("Sizing targets and search")
struct SizingTests {
    private func erlangC(_ n: Int) throws -> QueueMetrics {
        try Erlang.c(arrivalRate: 2 / minute, meanService: 4 * minute, agents: n, slTime: 20)
    }

    @Test("bounds no finite team can meet are refused")
    func unreachable() {
        func field(_ t: SizingTargets, abandons: Bool) -> String? {
            do { try t.checkReachable(abandons: abandons); return nil } catch AnalyticError.invalidInput(let f, _) { return f } catch { return "\(error)" }
        }
        #expect(field(SizingTargets(abandonment: 0), abandons: true) == "target abandonment")
        #expect(field(SizingTargets(abandonment: 0), abandons: false) == nil)      // Erlang C: always met
        #expect(field(SizingTargets(serviceLevel: 1), abandons: false) == "target service level")
        #expect(field(SizingTargets(asa: 0), abandons: false) == "target ASA")
        #expect(field(SizingTargets(serviceLevel: 0.999, abandonment: 1e-6, asa: 0.1), abandons: true) == nil)
    }

    @Test("isMet checks every target set")
    func isMet() throws {
        let m = try erlangC(11)        // SL 0.809227, ASA 19.60 s
        #expect(SizingTargets(serviceLevel: 0.8).isMet(by: m))
        #expect(!SizingTargets(serviceLevel: 0.81).isMet(by: m))
        #expect(!SizingTargets(serviceLevel: 0.8, asa: 19).isMet(by: m))
        #expect(SizingTargets(serviceLevel: 0.8, abandonment: 0, asa: 20).isMet(by: m))
    }

    @Test("the galloping search finds the same smallest n from any guess, returning evaluate(n)")
    func gallopFromAnyGuess() throws {
        let t = SizingTargets(serviceLevel: 0.8)
        for guess in [nil, 1, 9, 11, 12, 40, 5000] {
            var calls = 0
            let found = try Staffing.smallest(from: 9, near: guess, evaluate: { n -> QueueMetrics in calls += 1; return try erlangC(n) },
                                              meets: { t.isMet(by: $0) })
            #expect(found.agents == 11, "guess \(String(describing: guess))")
            #expect(found.result == (try erlangC(11)))
            #expect(calls <= 30)
        }
    }

    @Test("Erlang B sizing: smallest servers with blocking at most the target")
    func erlangBServers() throws {
        let (n, b) = try Staffing.smallestServers(load: 8, maxBlocking: 0.01)
        #expect(n == 15)
        #expect(b == (try Erlang.b(agents: 15, load: 8)))
        #expect(try Erlang.b(agents: 14, load: 8) > 0.01)
        #expect(throws: AnalyticError.self) { try Staffing.smallestServers(load: 8, maxBlocking: 0) }
        #expect(throws: AnalyticError.self) { try Staffing.smallestServers(load: 8, maxBlocking: 1e-300, maxServers: 50) }
    }
}
