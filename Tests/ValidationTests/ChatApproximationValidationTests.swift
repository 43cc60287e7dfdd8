// The balanced-load chat approximation against simulation, for teams beyond the exact
// chain's limit. The approximation is not exact, so unlike TheoryCase the check is not
// "inside the interval": each measure may differ from the simulated mean by the bias
// measured once (docs/validation.md) plus the interval's half-width.
import Analytic
import ChannelModel
import Experiments
import Statistics
import Testing

/// Simulated large chat teams against `ChatApproximation`, with the measured bias allowed.
@Suite(.serialized) struct ChatApproximationValidationTests {
    /// One large team (mean work 6 min, patience 90 s, SL threshold 20 s).
    struct Case {
        var name: String
        var perMinute: Double
        var agents: Int
        var k: Int
        var alpha: Double
    }

    /// Bias allowed beyond the half-width. Measured (seed fixed, docs/validation.md): no
    /// case's error exceeded its interval, so these are small margins, not observed biases —
    /// about the largest error the exact chain showed against the approximation at 60+ agents.
    static let allowed: [Metric: Double] = [.slOffered: 0.0005, .pWait: 0.003, .pAbandon: 0.0002, .occupancy: 0.001,
                                            .meanQueue: 0.03, .slotUtilisation: 0.002]

    static let metrics: [Metric] = [.slOffered, .pWait, .pAbandon, .occupancy, .meanQueue, .slotUtilisation]

    static let cases: [Case] = [
        Case(name: "λ=196/min n=400 k=3 α=0", perMinute: 196, agents: 400, k: 3, alpha: 0),
        Case(name: "λ=125/min n=400 k=3 α=0.25", perMinute: 125, agents: 400, k: 3, alpha: 0.25),
        Case(name: "λ=130/min n=400 k=3 α=0.25", perMinute: 130, agents: 400, k: 3, alpha: 0.25),
        Case(name: "λ=112/min n=300 k=4 α=0.25", perMinute: 112, agents: 300, k: 4, alpha: 0.25),
    ]

    @Test(arguments: cases.indices)
    func approximationAgainstSimulation(_ index: Int) throws {
        let c = Self.cases[index]
        let (ch, team) = ChatValidationTests.chat(rate: c.perMinute, work: 360, patience: 90, agents: c.agents, k: c.k,
                                                  alpha: c.alpha)
        let approx = try ChatApproximation.solve(arrivalRate: c.perMinute / 60, agents: c.agents, concurrency: c.k,
                                                 meanWork: 360, speeds: ChatMarkovChain.speeds(concurrency: c.k, slowdown: c.alpha),
                                                 meanPatience: 90, slTime: 20)
        let values: [Metric: Double] = [.slOffered: approx.queue.slOffered, .pWait: approx.queue.pWait,
                                        .pAbandon: approx.queue.pAbandon, .occupancy: approx.queue.occupancy,
                                        .meanQueue: approx.queue.meanQueue, .slotUtilisation: approx.slotUtilisation]
        let sim = TheoryCase(name: c.name, channel: ch, team: team, length: 150_000, warmup: 5_000, replications: 30).simulate()
        for metric in Self.metrics {
            guard let ci = sim[metric], let h = ci.halfWidth, let a = values[metric] else {
                Issue.record("\(c.name): \(metric.rawValue) has no interval")
                continue
            }
            let err = a - ci.mean
            print(String(format: "| %@ | %@ | %.5f | %.5f ± %.5f | %+.5f |", c.name, metric.rawValue, a, ci.mean, h, err))
            let allowed = Self.allowed[metric] ?? 0
            #expect(abs(err) <= allowed + h, "\(c.name): \(metric.rawValue) approximation \(a) vs simulated \(ci.mean) ± \(h)")
        }
    }
}
