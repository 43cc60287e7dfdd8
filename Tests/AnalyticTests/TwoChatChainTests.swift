// The k = 2 chat chain solved directly by levels of agents at capacity (decision 131):
// against dense LU state by state, and at a million states at every load — balanced from
// the transitions without a single sweep, and Erlang A with 2n servers when there is no
// slowdown.
import Analytic
import Testing

@Suite("Two chats per agent: the direct level solve")
struct TwoChatChainTests {
    /// Slowdown 0.25: an agent at two chats completes 1.6 mean works' worth per mean work.
    private let speeds = ChatMarkovChain.speeds(concurrency: 2, slowdown: 0.25)
    private let work = 6 * minute

    private func distribution(_ erlangs: Double, agents: Int, _ solver: ChainSolver, speeds: [Double]? = nil) throws
        -> (probabilities: [Double], residual: Double, sweeps: Int) {
        try ChatMarkovChain.occupancyDistribution(arrivalRate: erlangs / work, agents: agents, concurrency: 2,
                                                  meanWork: work, speeds: speeds ?? self.speeds, solver: solver)
    }

    @Test("1 to 40 agents, light to overloaded: the same distribution as dense LU to 1e-13, accepted without a sweep")
    func matchesDenseLU() throws {
        for agents in [1, 2, 3, 7, 40] {
            // Erlangs per agent: light, one chat per agent (half the slots), heavy, overloaded.
            for perAgent in [0.05, 0.5, 1, 1.25, 1.46, 2, 4] {
                let erlangs = perAgent * Double(agents)
                let dense = try distribution(erlangs, agents: agents, .dense)
                let direct = try distribution(erlangs, agents: agents, .sparse)
                #expect(direct.sweeps == 0, "\(agents) agents, \(erlangs) Erlangs")
                #expect(direct.residual <= 1e-13)
                let gap = zip(dense.probabilities, direct.probabilities).map { abs($0 - $1) }.max() ?? 0
                #expect(gap <= 1e-13, "\(agents) agents, \(erlangs) Erlangs: gap \(gap)")
            }
        }
    }

    @Test("every measure agrees with dense LU to 1e-9 (40 × 2, 861 states, with and without patience)")
    func measuresMatchDenseLU() throws {
        for (erlangs, patience) in [(20.0, 90.0), (40, 90), (58, .infinity), (80, 90)] {
            let solve = { (solver: ChainSolver) in
                try ChatMarkovChain.solve(arrivalRate: erlangs / self.work, agents: 40, concurrency: 2, meanWork: self.work,
                                          speeds: self.speeds, meanPatience: patience, slTime: 20, solver: solver)
            }
            let dense = try solve(.dense), direct = try solve(.sparse)
            #expect(sameMetrics(direct.queue, dense.queue, rel: 1e-9, abs: 1e-15), "\(erlangs) Erlangs")
            #expect(approx(direct.slotUtilisation, dense.slotUtilisation, rel: 1e-9))
            #expect(approx(direct.agentBusyFraction, dense.agentBusyFraction, rel: 1e-9))
            #expect(approx(direct.meanConcurrencyBusy, dense.meanConcurrencyBusy, rel: 1e-9))
        }
    }

    @Test("300 × 2 (45,451 states), slowdown 0 to 4, a tenth of capacity to five times it: balanced without a sweep")
    func slowdownAndLoadGrid() throws {
        for alpha in [0.0, 1, 4] {
            let speeds = ChatMarkovChain.speeds(concurrency: 2, slowdown: alpha)
            let capacity = 300 * 2 * speeds[1]                 // Erlangs the full team completes
            for share in [0.1, 0.5, 0.9, 1, 1.2, 5] {
                let result = try distribution(share * capacity, agents: 300, .automatic, speeds: speeds)
                #expect(result.sweeps == 0, "α \(alpha), \(share) of capacity")
                #expect(result.residual <= 1e-12 && abs(result.probabilities.reduce(0, +) - 1) < 1e-12)
            }
        }
    }

    @Test("1,413 × 2 (1,000,405 states) at five loads: sums to 1, balance residual ≤ 1e-12 from the transitions, no sweep")
    func millionStatesBalance() throws {
        // Light, one chat per agent (the load that took ~40 s before), 1.25, heavy, overloaded.
        for erlangs in [706.5, 1413, 1766, 2060, 2826] {
            let result = try distribution(erlangs, agents: 1413, .automatic)
            #expect(result.probabilities.count == 1_000_405)
            #expect(result.probabilities.allSatisfy { $0 >= 0 && $0.isFinite })
            #expect(abs(result.probabilities.reduce(0, +) - 1) < 1e-12, "\(erlangs) Erlangs")
            #expect(result.residual <= 1e-12, "\(erlangs) Erlangs: residual \(result.residual)")
            #expect(result.sweeps == 0, "\(erlangs) Erlangs")
        }
    }

    @Test("1,413 × 2 with no slowdown is M/M/2826+M to 1e-9: one chat per agent, heavy, overloaded")
    func millionStatesErlangA() throws {
        for erlangs in [1413.0, 2700, 2900] {
            let rate = erlangs / work
            let chat = try ChatMarkovChain.solve(arrivalRate: rate, agents: 1413, concurrency: 2, meanWork: work,
                                                 speeds: [1, 1], meanPatience: 90, slTime: 20)
            let erlangA = try Erlang.a(arrivalRate: rate, meanService: work, meanPatience: 90, agents: 2826, slTime: 20)
            #expect(chat.states == 1_000_405 && chat.method == .exact)
            #expect(approx(chat.queue.pWait, erlangA.pWait, rel: 1e-9), "\(erlangs) Erlangs")
            #expect(approx(chat.queue.pAbandon, erlangA.pAbandon, rel: 1e-9), "\(erlangs) Erlangs")
            #expect(approx(chat.queue.slOffered, erlangA.slOffered, rel: 1e-9), "\(erlangs) Erlangs")
            #expect(approx(chat.slotUtilisation, erlangA.occupancy, rel: 1e-9), "\(erlangs) Erlangs")
        }
    }
}
