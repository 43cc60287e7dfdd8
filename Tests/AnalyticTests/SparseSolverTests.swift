// The sparse iterative solver against dense LU, and the approximation against the models
// it must reduce to.
import Analytic
import Testing

@Suite("Sparse chain solver and approximation")
struct SparseSolverTests {
    private typealias Case = (rate: Double, agents: Int, k: Int, alpha: Double, patience: Double)
    private let cases: [Case] = [
        (3 / minute, 8, 3, 0.25, 90),             // the reference case (c), 165 states
        (2 / minute, 20, 2, 0.25, .infinity),     // 231 states, no abandonment
        (4 / minute, 6, 4, 0.3, 60),              // 210 states, k = 4
        (9 / minute, 12, 3, 0.25, 90),            // 455 states, heavily loaded
        (1 / minute, 15, 3, 0.1, 120),            // 816 states, lightly loaded
    ]

    private func chat(_ c: Case, _ solver: ChainSolver) throws -> ChatMetrics {
        try ChatMarkovChain.solve(arrivalRate: c.rate, agents: c.agents, concurrency: c.k, meanWork: 6 * minute,
                                  speeds: ChatMarkovChain.speeds(concurrency: c.k, slowdown: c.alpha),
                                  meanPatience: c.patience, slTime: 20, solver: solver)
    }

    @Test("sparse and dense LU agree to 1e-9 on chains both solve")
    func sparseMatchesDense() throws {
        for c in cases {
            let dense = try chat(c, .dense), sparse = try chat(c, .sparse)
            #expect(sameMetrics(sparse.queue, dense.queue, rel: 1e-9, abs: 1e-15), "\(c)")
            #expect(approx(sparse.slotUtilisation, dense.slotUtilisation, rel: 1e-9))
            #expect(approx(sparse.agentBusyFraction, dense.agentBusyFraction, rel: 1e-9))
            #expect(approx(sparse.meanConcurrencyBusy, dense.meanConcurrencyBusy, rel: 1e-9))
            #expect(sparse.states == dense.states && sparse.method == .exact)
        }
    }

    @Test("sparse solver: k = 1 is Erlang A")
    func sparseOneChatIsErlangA() throws {
        let chat = try ChatMarkovChain.solve(arrivalRate: 2 / minute, agents: 10, concurrency: 1, meanWork: 4 * minute,
                                             speeds: [1], meanPatience: 2 * minute, slTime: 20, solver: .sparse)
        let erlangA = try Erlang.a(arrivalRate: 2 / minute, meanService: 4 * minute, meanPatience: 2 * minute,
                                   agents: 10, slTime: 20)
        #expect(sameMetrics(chat.queue, erlangA, rel: 1e-10))
    }

    @Test("beyond the dense limit: 40,000 states converge, k = 3 with no slowdown matches M/M/(3n)+M")
    func largeExactChain() throws {
        // With slowdown 0 every chat runs at full speed, so the queue is exactly Erlang A with
        // n·k servers whatever the routing; 60 agents × 3 is C(63, 3) = 39,711 states.
        let chat = try ChatMarkovChain.solve(arrivalRate: 27 / minute, agents: 60, concurrency: 3, meanWork: 6 * minute,
                                             speeds: [1, 1, 1], meanPatience: 90, slTime: 20)
        let erlangA = try Erlang.a(arrivalRate: 27 / minute, meanService: 6 * minute, meanPatience: 90, agents: 180, slTime: 20)
        #expect(chat.states == 39_711)
        #expect(approx(chat.queue.pWait, erlangA.pWait, rel: 1e-9))
        #expect(approx(chat.queue.pAbandon, erlangA.pAbandon, rel: 1e-9))
        #expect(approx(chat.queue.slOffered, erlangA.slOffered, rel: 1e-9))
        #expect(approx(chat.slotUtilisation, erlangA.occupancy, rel: 1e-9))
    }

    @Test("past the old 150,000 limit at half load: 100 × 3 with no slowdown is M/M/300+M")
    func halfLoadedLargeChain() throws {
        // Half load is where plain sweeps crawled (decision 55); 176,851 states.
        let chat = try ChatMarkovChain.solve(arrivalRate: 25 / minute, agents: 100, concurrency: 3, meanWork: 6 * minute,
                                             speeds: [1, 1, 1], meanPatience: 90, slTime: 20)
        let erlangA = try Erlang.a(arrivalRate: 25 / minute, meanService: 6 * minute, meanPatience: 90, agents: 300, slTime: 20)
        #expect(chat.states == 176_851 && chat.method == .exact)
        #expect(approx(chat.queue.pWait, erlangA.pWait, rel: 1e-9))
        #expect(approx(chat.slotUtilisation, erlangA.occupancy, rel: 1e-9))
    }

    @Test("approximation: k = 1 is Erlang A, slowdown 0 is Erlang A with n·k servers")
    func approximationReductions() throws {
        let one = try ChatApproximation.solve(arrivalRate: 2 / minute, agents: 10, concurrency: 1, meanWork: 4 * minute,
                                              speeds: [1], meanPatience: 2 * minute, slTime: 20)
        let erlangA = try Erlang.a(arrivalRate: 2 / minute, meanService: 4 * minute, meanPatience: 2 * minute,
                                   agents: 10, slTime: 20)
        #expect(sameMetrics(one.queue, erlangA, rel: 1e-12))
        #expect(one.method == .approximation)
        let three = try ChatApproximation.solve(arrivalRate: 27 / minute, agents: 60, concurrency: 3, meanWork: 6 * minute,
                                                speeds: [1, 1, 1], meanPatience: 90, slTime: 20)
        let pooled = try Erlang.a(arrivalRate: 27 / minute, meanService: 6 * minute, meanPatience: 90, agents: 180, slTime: 20)
        #expect(approx(three.queue.pWait, pooled.pWait, rel: 1e-12))
        #expect(approx(three.queue.slOffered, pooled.slOffered, rel: 1e-12))
        #expect(approx(three.slotUtilisation, pooled.occupancy, rel: 1e-12))
        #expect(three.states == 39_711)
    }

    @Test("solveOrApproximate: exact up to the limit, approximation beyond")
    func switchover() throws {
        let speeds = ChatMarkovChain.speeds(concurrency: 3, slowdown: 0.25)
        let small = try ChatMarkovChain.solveOrApproximate(arrivalRate: 3 / minute, agents: 8, concurrency: 3, meanWork: 6 * minute,
                                                           speeds: speeds, meanPatience: 90, slTime: 20)
        #expect(small.method == .exact)
        let big = try ChatMarkovChain.solveOrApproximate(arrivalRate: 250 / minute, agents: 1000, concurrency: 3,
                                                         meanWork: 6 * minute, speeds: speeds, meanPatience: 90, slTime: 20)
        #expect(big.method == .approximation)
        #expect(big.states == 167_668_501)     // C(1003, 3)
        #expect(big.queue.pWait > 0 && big.queue.pWait < 1 && big.slotUtilisation < 1)
    }
}
