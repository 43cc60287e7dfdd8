// The exact chat model: the reference case (c) from /work/shared/peers/analytic.py, and the
// special cases where it must collapse to Erlang A and Erlang C.
import Analytic
import Testing

@Suite("Chat Markov chain")
struct ChatModelTests {
    @Test("(c) λ=3/min, 8 agents, k=3, 6 min work, α=0.25, 1.5 min patience")
    func chatReference() throws {
        let speeds = ChatMarkovChain.speeds(concurrency: 3, slowdown: 0.25)
        let r = try ChatMarkovChain.solve(arrivalRate: 3 / minute, agents: 8, concurrency: 3, meanWork: 6 * minute,
                                          speeds: speeds, meanPatience: 1.5 * minute, slTime: 20)
        let q = r.queue
        #expect(r.states == 165)
        #expect(approx(q.pWait, 0.4438671481325905, rel: 1e-9))
        #expect(approx(q.pAbandon, 0.1631818317660063, rel: 1e-9))
        #expect(approx(q.asaAnswered, 11.94392165133668, rel: 1e-9))
        #expect(approx(q.slOffered, 0.6603334805382188, rel: 1e-9))
        #expect(approx(q.slAnswered, 0.7891003154625275, rel: 1e-9))
        #expect(approx(r.slotUtilisation, 0.9087302299665722, rel: 1e-9))
        #expect(approx(r.agentBusyFraction, 0.9981338011925152, rel: 1e-9))
        #expect(approx(r.meanConcurrencyBusy, 2.7312878159647678, rel: 1e-9))
        #expect(approx(q.meanQueue, 0.7343182429197165, rel: 1e-9))
        #expect(approx(q.meanWaitAll, q.meanQueue / (3 / minute), rel: 1e-12))
        #expect(q.occupancy == r.agentBusyFraction)
        #expect(approx(q.offeredLoad, 18, rel: 1e-12))
    }

    @Test("speeds from slowdown α")
    func speedsFromSlowdown() {
        #expect(ChatMarkovChain.speeds(concurrency: 3, slowdown: 0.25) == [1, 1 / 1.25, 1 / 1.5])
        #expect(ChatMarkovChain.speeds(concurrency: 2, slowdown: 0) == [1, 1])
        #expect(ChatMarkovChain.speeds(concurrency: 0, slowdown: 0.5).isEmpty)
    }

    @Test("concurrency 1, α = 0 is Erlang A")
    func oneChatIsErlangA() throws {
        let chat = try ChatMarkovChain.solve(arrivalRate: 2 / minute, agents: 10, concurrency: 1, meanWork: 4 * minute,
                                             speeds: [1], meanPatience: 2 * minute, slTime: 20)
        let erlangA = try Erlang.a(arrivalRate: 2 / minute, meanService: 4 * minute, meanPatience: 2 * minute,
                                   agents: 10, slTime: 20)
        #expect(sameMetrics(chat.queue, erlangA, rel: 1e-10))
        #expect(approx(chat.slotUtilisation, erlangA.occupancy, rel: 1e-10))
        #expect(approx(chat.meanConcurrencyBusy, 1, rel: 1e-12))
        #expect(chat.states == 11)
    }

    @Test("concurrency 1 without abandonment is Erlang C (waiter maths with θ = 0)")
    func oneChatNoPatienceIsErlangC() throws {
        for slTime in [0.0, 20, 300] {
            let chat = try ChatMarkovChain.solve(arrivalRate: 2 / minute, agents: 10, concurrency: 1, meanWork: 4 * minute,
                                                 speeds: [1], meanPatience: .infinity, slTime: slTime)
            let erlangC = try Erlang.c(arrivalRate: 2 / minute, meanService: 4 * minute, agents: 10, slTime: slTime)
            #expect(sameMetrics(chat.queue, erlangC, rel: 1e-10))
        }
    }

    @Test("chat abandonment flow balances and measures stay in range")
    func chatFlowBalance() throws {
        // Internal consistency: abandonment flow θE[Q] equals λ·P(abandon) from the tagged chain,
        // and SL(answered) can never exceed 1.
        let r = try ChatMarkovChain.solve(arrivalRate: 4 / minute, agents: 6, concurrency: 4, meanWork: 5 * minute,
                                          speeds: ChatMarkovChain.speeds(concurrency: 4, slowdown: 0.3),
                                          meanPatience: 60, slTime: 30)
        #expect(approx(r.queue.pAbandon, r.queue.meanQueue / 60 / (4 / minute), rel: 1e-12))
        #expect(r.queue.slAnswered <= 1 && r.queue.slOffered <= r.queue.slAnswered)
        #expect(r.queue.asaAnswered <= r.queue.meanWaitAll / r.queue.pWait)
        #expect(r.states == 210)   // C(6+4, 4)
    }
}
