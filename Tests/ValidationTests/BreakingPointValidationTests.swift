import Analytic
import ChannelModel
import Experiments
import Statistics
import Testing

/// The load test's breaking point agrees with theory: for a stationary M/M/11 day, the
/// largest arrival multiplier keeping the service level within 20 s at 80 % is where
/// Erlang C's service level crosses 0.8.
@Suite struct BreakingPointValidationTests {
    @Test func breakingPointMatchesErlangC() throws {
        let n = 96, rate = 2.0 / 60, aht = 240.0
        let phone = ChannelSpec(name: "phone", kind: .phone, patience: .never, work: .exponential(mean: aht), slTime: 20,
                                arrivalRates: Array(repeating: rate, count: n))
        let team = TeamSpec(name: "t", skills: [0], headcount: Array(repeating: 11, count: n), concurrency: 1, speeds: [1])
        var model = ModelSpec(horizon: Horizon(intervalLength: 900, intervalsPerDay: n), channels: [phone], teams: [team])
        model.warmup = 2 * 3600
        let target = try Target.parse("phone.sl(20s) >= 0.8")
        // Erlang C's crossing, by bisection on the multiplier.
        var lo = 0.5, hi = 1.5
        for _ in 0..<60 {
            let mid = (lo + hi) / 2
            let sl = try Erlang.c(arrivalRate: rate * mid, meanService: aht, agents: 11, slTime: 20).slOffered
            if sl >= 0.8 { lo = mid } else { hi = mid }
        }
        var search = BreakingPoint.Search(model: model, targets: [target], seed: 77, replications: 30, confidence: 0.999)
        search.resolution = 0.002
        let found = BreakingPoint.run(search, threads: 2)
        let ci = try #require(found.interval)
        print(String(format: "breaking point: simulated %.4f ± %.4f, Erlang C %.4f", ci.mean, ci.halfWidth ?? .nan, lo))
        #expect(found.replications.allSatisfy { !$0.beyondUpper && !$0.belowLower && $0.failing == [0] })
        // The exact crossing inside the 99.9 % interval, widened by the bisection's resolution.
        #expect(abs(ci.mean - lo) <= ci.halfWidth! + search.resolution, "simulated \(ci.mean) ± \(ci.halfWidth!), exact \(lo)")
        #expect(ci.halfWidth! < 0.04)
    }
}
