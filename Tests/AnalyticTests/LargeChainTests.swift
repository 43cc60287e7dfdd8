// The exact chat chain at a million states (the sparse solver with class aggregation,
// decision 89), the exact limit, and the sizing search's boundary at that limit.
import Analytic
import Testing

@Suite("Exact chat chain at a million states")
struct LargeChainTests {
    @Test("180 × 3 (1,004,731 states), half load: probabilities sum to 1, balance residual within tolerance")
    func millionStatesBalance() throws {
        let result = try ChatMarkovChain.occupancyDistribution(
            arrivalRate: 50 / minute, agents: 180, concurrency: 3, meanWork: 6 * minute,
            speeds: ChatMarkovChain.speeds(concurrency: 3, slowdown: 0.25))
        #expect(result.probabilities.count == 1_004_731)
        #expect(result.probabilities.allSatisfy { $0 >= 0 && $0.isFinite })
        #expect(abs(result.probabilities.reduce(0, +) - 1) < 1e-12)
        // The solver stops at 1e-13 on its own (renumbered) sums; recomputed here from the
        // transitions, summation order may differ in the last bits.
        #expect(result.residual <= 2e-13, "residual \(result.residual)")
    }

    @Test("180 × 3 with no slowdown at half load is M/M/540+M to 1e-9")
    func millionStatesErlangA() throws {
        let chat = try ChatMarkovChain.solve(arrivalRate: 45 / minute, agents: 180, concurrency: 3, meanWork: 6 * minute,
                                             speeds: [1, 1, 1], meanPatience: 90, slTime: 20)
        let erlangA = try Erlang.a(arrivalRate: 45 / minute, meanService: 6 * minute, meanPatience: 90, agents: 540, slTime: 20)
        #expect(chat.states == 1_004_731 && chat.method == .exact)
        #expect(approx(chat.queue.pWait, erlangA.pWait, rel: 1e-9))
        #expect(approx(chat.queue.pAbandon, erlangA.pAbandon, rel: 1e-9))
        #expect(approx(chat.slotUtilisation, erlangA.occupancy, rel: 1e-9))
    }

    @Test("the exact limit: 1,250,000 states for every k (1,579 agents for k = 2)")
    func exactLimit() {
        let largest = [1: 1_249_999, 2: 1_579, 3: 193, 4: 71, 5: 40]
        for (k, n) in largest {
            #expect(OccupancySpace.largestExactTeam(levels: k) == n, "k = \(k)")
            #expect(OccupancySpace.isExact(agents: n, levels: k))
            #expect(!OccupancySpace.isExact(agents: n + 1, levels: k))
        }
        #expect(OccupancySpace.isExact(agents: 180, levels: 3))      // 1,004,731 states
    }

    @Test("the search never steps over the boundary when a team within it meets the target")
    func searchBoundary() throws {
        for (answer, boundary) in [(37, 40), (40, 40), (45, 40), (12, 12)] {
            var probes: [Int] = []
            let found = try Staffing.smallest(from: 1, near: 10, boundary: boundary, evaluate: { n -> Int in
                probes.append(n)
                return n
            }, meets: { $0 >= answer })
            #expect(found.agents == answer)
            if answer <= boundary {
                #expect(probes.max()! <= boundary, "\(probes)")
            }
        }
        // Without the boundary the same gallop (10, 11, 13, 17, 25, 41) overshoots it.
        var probes: [Int] = []
        _ = try Staffing.smallest(from: 1, near: 10, evaluate: { n -> Int in probes.append(n); return n }, meets: { $0 >= 37 })
        #expect(probes.max()! == 41)
    }
}
