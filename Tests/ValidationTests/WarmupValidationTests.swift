import Analytic
import ChannelModel
import Experiments
import Statistics
import Testing
import Variates

/// The automatic warm-up removes the initial transient of a steady-state day: a queue that
/// starts empty is far below its stationary length at first, and after the warm-up MSER
/// chooses the intervals agree with Erlang C.
@Suite struct WarmupValidationTests {
    /// M/M/10 at 90 % load over one 24-hour day in 15-minute intervals (Erlang C: L_q ≈ 6).
    static var model: ModelSpec {
        let n = 96
        let chat = ChannelSpec(name: "phone", kind: .phone, patience: .never, work: .exponential(mean: 240), slTime: 20,
                               arrivalRates: Array(repeating: 2.25 / 60, count: n))
        let team = TeamSpec(name: "t", skills: [0], headcount: Array(repeating: 10, count: n), concurrency: 1, speeds: [1])
        return ModelSpec(horizon: Horizon(intervalLength: 900, intervalsPerDay: n), channels: [chat], teams: [team])
    }

    /// Mean queue over intervals `range`: the interval over replications of each one's average.
    static func hourly(_ r: ExperimentResult, _ range: Range<Int>) -> ConfidenceInterval? {
        let values = r.variants[0].summary.replications.map { rep in
            range.map { rep.channels[0].intervals[$0][.meanQueue] }.reduce(0, +) / Double(range.count)
        }
        return ConfidenceInterval(values: values, level: 0.999)
    }

    @Test func autoWarmupRemovesTheInitialTransient() throws {
        #expect(Self.model.isSteadyState)
        let exact = try Erlang.c(arrivalRate: 2.25 / 60, meanService: 240, agents: 10, slTime: 20).meanQueue
        var design = ExperimentDesign(variants: [Variant(name: "base", model: Self.model)], seed: 2026, replications: 40,
                                      confidence: 0.95)
        let cold = Experiment.run(design, threads: 2)
        #expect(cold.warmup == 0)
        // Starting empty: the first hour's queue is far below the stationary length.
        let first = try #require(Self.hourly(cold, 0..<4))
        #expect(first.high! < 0.8 * exact, "first hour \(first.mean) ± \(first.halfWidth!), exact \(exact)")

        design.warmup = .auto
        let warm = Experiment.run(design, threads: 2)
        #expect(warm.warmup > 0 && warm.warmup <= 12 * 3600)
        let cut = Int(warm.warmup / 900)
        try #require(cut > 0)
        // Left out of every statistic…
        #expect(warm.variants[0].summary.channels[0].intervals[cut - 1][Metric.meanQueue.index] == nil)
        // …and what is kept is stationary: Erlang C's value inside its 99.9 % interval.
        let after = try #require(Self.hourly(warm, cut..<96))
        print("warm-up check: \(warm.warmup / 3600) h; first hour cold \(first.mean); kept \(after.mean) ± \(after.halfWidth!); exact \(exact)")
        #expect(abs(after.mean - exact) <= after.halfWidth!, "after warm-up \(after.mean) ± \(after.halfWidth!), exact \(exact)")
    }
}
