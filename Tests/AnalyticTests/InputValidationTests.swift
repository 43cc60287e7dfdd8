// Bad input is rejected with the documented error and field name, never a crash.
import Analytic
import Testing

@Suite("Input validation and error cases")
struct InputValidationTests {
    private func field(_ body: () throws -> Any) -> String? {
        do {
            _ = try body()
            return nil
        } catch AnalyticError.invalidInput(let field, _) {
            return field
        } catch {
            return "unexpected \(error)"
        }
    }

    @Test("Erlang C and A reject bad parameters by field")
    func erlangFields() {
        #expect(field { try Erlang.c(arrivalRate: 0, meanService: 1, agents: 1, slTime: 0) } == "arrivalRate")
        #expect(field { try Erlang.c(arrivalRate: .nan, meanService: 1, agents: 1, slTime: 0) } == "arrivalRate")
        #expect(field { try Erlang.c(arrivalRate: 0.1, meanService: -1, agents: 1, slTime: 0) } == "meanService")
        #expect(field { try Erlang.c(arrivalRate: 0.1, meanService: .infinity, agents: 1, slTime: 0) } == "meanService")
        #expect(field { try Erlang.c(arrivalRate: 0.1, meanService: 1, agents: 0, slTime: 0) } == "agents")
        #expect(field { try Erlang.c(arrivalRate: 0.1, meanService: 1, agents: 1, slTime: -1) } == "slTime")
        #expect(field { try Erlang.a(arrivalRate: 0.1, meanService: 1, meanPatience: 0, agents: 1, slTime: 0) } == "meanPatience")
        #expect(field { try Erlang.a(arrivalRate: 0.1, meanService: 1, meanPatience: .nan, agents: 1, slTime: 0) } == "meanPatience")
        #expect(field { try Erlang.a(arrivalRate: 0.1, meanService: 1, meanPatience: 5, agents: -3, slTime: 0) } == "agents")
        #expect(field { try Erlang.a(arrivalRate: 0.1, meanService: 1, meanPatience: 5, agents: 1, slTime: .infinity) } == "slTime")
        #expect(field { try Erlang.b(agents: -1, load: 1) } == "agents")
        #expect(field { try Erlang.b(agents: 1, load: -1) } == "load")
    }

    @Test("chat model rejects bad parameters by field")
    func chatFields() {
        func chat(rate: Double = 0.05, agents: Int = 2, k: Int = 2, work: Double = 300,
                  speeds: [Double] = [1, 0.8], patience: Double = 60, sl: Double = 20) -> String? {
            field {
                try ChatMarkovChain.solve(arrivalRate: rate, agents: agents, concurrency: k, meanWork: work,
                                          speeds: speeds, meanPatience: patience, slTime: sl)
            }
        }
        #expect(chat() == nil)
        #expect(chat(rate: -1) == "arrivalRate")
        #expect(chat(agents: 0) == "agents")
        #expect(chat(k: 0, speeds: []) == "concurrency")
        #expect(chat(work: 0) == "meanWork")
        #expect(chat(speeds: [1]) == "speeds")
        #expect(chat(speeds: [1, 0]) == "speeds")
        #expect(chat(speeds: [1, .nan]) == "speeds")
        #expect(chat(patience: -5) == "meanPatience")
        #expect(chat(sl: -1) == "slTime")
    }

    @Test("no steady state throws .unstable")
    func unstable() {
        #expect(throws: AnalyticError.self) { try Erlang.c(arrivalRate: 2 / minute, meanService: 5 * minute, agents: 10, slTime: 20) }
        do {
            _ = try Erlang.c(arrivalRate: 2 / minute, meanService: 6 * minute, agents: 10, slTime: 20)
            Issue.record("expected .unstable")
        } catch AnalyticError.unstable {
        } catch {
            Issue.record("wrong error \(error)")
        }
        #expect(isUnstable { try Erlang.a(arrivalRate: 0.1, meanService: 100, meanPatience: .infinity, agents: 10, slTime: 0) })
        #expect(isUnstable {
            try ChatMarkovChain.solve(arrivalRate: 0.1, agents: 2, concurrency: 2, meanWork: 60, speeds: [1, 0.5],
                                      meanPatience: .infinity, slTime: 20)
        })
        // With abandonment the same overload is fine.
        #expect(!isUnstable { try Erlang.a(arrivalRate: 0.1, meanService: 100, meanPatience: 60, agents: 10, slTime: 0) })
    }

    @Test("oversized chat state space throws .tooLarge")
    func tooLarge() {
        do {
            _ = try ChatMarkovChain.solve(arrivalRate: 1, agents: 100, concurrency: 5, meanWork: 300,
                                          speeds: ChatMarkovChain.speeds(concurrency: 5, slowdown: 0.2),
                                          meanPatience: 60, slTime: 20)
            Issue.record("expected .tooLarge")
        } catch AnalyticError.tooLarge {
        } catch {
            Issue.record("wrong error \(error)")
        }
    }

    @Test("errors describe themselves")
    func descriptions() {
        #expect(AnalyticError.invalidInput(field: "agents", message: "must be at least 1").description
                == "invalid agents: must be at least 1")
        #expect(AnalyticError.unstable("x") != AnalyticError.tooLarge("x"))
    }

    private func isUnstable(_ body: () throws -> Any) -> Bool {
        do {
            _ = try body()
            return false
        } catch AnalyticError.unstable {
            return true
        } catch {
            return false
        }
    }
}
