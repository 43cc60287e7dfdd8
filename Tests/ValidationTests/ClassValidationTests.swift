import Analytic
import ChannelModel
import Experiments
import Foundation
import Statistics
import Testing
import Variates

/// Classes of direct arrivals against exact results (docs/validation.md): strict
/// non-preemptive priority against Cobham's formula, FIFO classes with their own patience
/// against the exact M/M/n+G virtual-wait solution, and the day factor of direct arrivals
/// against the variance of a Gamma–Poisson mixture. Tolerance as in `TheoryCase`: the exact
/// value inside the 99.9 % interval over replications, the interval itself narrow.
@Suite(.serialized) struct ClassValidationTests {
    /// Simulates `base` (interval 0 carries arrivals, interval 1 drains; see `TheoryCase`) and
    /// checks each class figure (class index, metric, exact value).
    static func check(_ name: String, _ base: TheoryCase, _ expectations: [(Int, Metric, Double)],
                      maxRelativeHalfWidth: Double) {
        let reps = ReplicationRunner.run(spec: base.spec, seed: base.seed, replications: base.replications, threads: 2)
        for (k, metric, exact) in expectations {
            guard let ci = ConfidenceInterval(values: reps.map { $0.channels[0].classes[k][metric] }, level: TheoryCase.level),
                  let h = ci.halfWidth else {
                Issue.record("\(name): class \(k) \(metric.rawValue) has no interval")
                continue
            }
            let err = ci.mean - exact
            print(String(format: "| %@ class %d | %@ | %.6f | %.6f | ±%.6f | %+.3f%% |", name, k, metric.rawValue, exact, ci.mean, h,
                         100 * err / exact))
            #expect(abs(err) <= h, "\(name): class \(k) \(metric.rawValue) exact \(exact) outside \(ci.mean) ± \(h)")
            #expect(h <= maxRelativeHalfWidth * abs(exact), "\(name): class \(k) \(metric.rawValue) interval too wide (±\(h))")
        }
    }

    @Test func strictPriorityMeetsCobham() throws {
        // M/M/5, handle Exp(4 min), load 0.85; 30 % of the calls strictly first (non-preemptive).
        // Cobham: W_k = C / (cμ (1 − σ_{k−1})(1 − σ_k)), σ_k the load of classes 1…k.
        let c = 5, mu = 1.0 / 240, rho = 0.85, share = 0.3
        let lambda = rho * Double(c) * mu
        var ch = ChannelSpec(name: "phone", kind: .phone, patience: .never, work: .exponential(mean: 240), slTime: 20,
                             arrivalRates: [lambda])
        ch.classes = [ContactClass(name: "vip", share: share, queueing: .strict), ContactClass(name: "regular", share: 1 - share)]
        let team = TeamSpec(name: "agents", skills: [0], headcount: [c], concurrency: 1, speeds: [1])
        let erlangC = try Erlang.c(arrivalRate: lambda, meanService: 240, agents: c, slTime: 20).pWait
        let sigma1 = share * rho
        let w1 = erlangC / (Double(c) * mu * (1 - sigma1)), w2 = erlangC / (Double(c) * mu * (1 - sigma1) * (1 - rho))
        Self.check("M/M/5 strict 30 % ρ=0.85", TheoryCase(name: "", channel: ch, team: team, length: 4_000_000, warmup: 20_000),
                   [(0, .pWait, erlangC), (1, .pWait, erlangC), (0, .asa, w1), (1, .asa, w2)], maxRelativeHalfWidth: 0.06)
    }

    /// M/M/n+G under FIFO (Baccelli–Hebuterne; Zeltyn–Mandelbaum): the offered wait V has an
    /// atom P(V = 0) = Σ_{j<n} π_j and the density v(x) = λ π_{n−1} exp(λH(x) − nμx) for x > 0,
    /// H(x) = ∫₀ˣ Ḡ, with G the patience mixture. An arrival of class k with patience Exp(θ_k)
    /// abandons when its patience is below V (PASTA), so P(abandon | k) = ∫ v(x)(1 − e^{−θ_k x}) dx
    /// and its answered mean wait is ∫ x v(x) e^{−θ_k x} dx ÷ P(answered | k).
    static func fifoWithTwoPatiences(lambda: Double, mu: Double, n: Int, shares: [Double], patience: [Double])
        -> (pAbandon: [Double], asa: [Double]) {
        let theta = patience.map { 1 / $0 }
        func H(_ x: Double) -> Double { zip(shares, theta).reduce(0) { $0 + $1.0 * (1 - exp(-$1.1 * x)) / $1.1 } }
        let a = lambda / mu
        var terms = [1.0]
        for j in 1..<n { terms.append(terms[j - 1] * a / Double(j)) }
        // Simpson's rule on a fine grid, far into the tail (the integrand decays like e^{−nμx}).
        let step = 0.25, upper = 60.0 / (Double(n) * mu) + 20 * patience.max()!
        let m = Int(upper / step) * 2
        func integrate(_ f: (Double) -> Double) -> Double {
            var s = f(0) + f(Double(m) * step)
            for i in 1..<m { s += f(Double(i) * step) * (i % 2 == 1 ? 4 : 2) }
            return s * step / 3
        }
        let shape = { (x: Double) in exp(lambda * H(x) - Double(n) * mu * x) }
        let J = integrate(shape)
        let pi0 = 1 / (terms.reduce(0, +) + lambda * terms[n - 1] * J)
        let scale = lambda * pi0 * terms[n - 1]
        var pAbandon: [Double] = [], asa: [Double] = []
        for t in theta {
            let abandon = scale * integrate { shape($0) * (1 - exp(-t * $0)) }
            let waitServed = scale * integrate { $0 * shape($0) * exp(-t * $0) }
            pAbandon.append(abandon)
            asa.append(waitServed / (1 - abandon))
        }
        return (pAbandon, asa)
    }

    @Test func fifoClassesWithTheirOwnPatienceMeetTheExactSolution() {
        // Ten agents, handle Exp(4 min), offered load 10 Erlangs (only abandonment keeps it
        // stable); 40 % of the callers have patience Exp(1 min), the others Exp(5 min).
        let n = 10, mu = 1.0 / 240, lambda = 10 * mu
        let exact = Self.fifoWithTwoPatiences(lambda: lambda, mu: mu, n: n, shares: [0.4, 0.6], patience: [60, 300])
        var ch = ChannelSpec(name: "phone", kind: .phone, patience: .exponential(mean: 300), work: .exponential(mean: 240),
                             slTime: 20, arrivalRates: [lambda])
        var hasty = ContactClass(name: "hasty", share: 0.4)
        hasty.patience = .exponential(mean: 60)
        ch.classes = [hasty, ContactClass(name: "calm", share: 0.6)]
        let team = TeamSpec(name: "agents", skills: [0], headcount: [n], concurrency: 1, speeds: [1])
        Self.check("M/M/10+M FIFO, patience 1 and 5 min", TheoryCase(name: "", channel: ch, team: team, length: 400_000, warmup: 10_000),
                   [(0, .pAbandon, exact.pAbandon[0]), (1, .pAbandon, exact.pAbandon[1]),
                    (0, .asa, exact.asa[0]), (1, .asa, exact.asa[1])], maxRelativeHalfWidth: 0.05)
    }

    @Test func theFormulaIsErlangAWithOnePatience() throws {
        // With one patience the same integrals give Erlang A's abandonment: the solver above is right.
        let mu = 1.0 / 240, lambda = 10 * mu
        let exact = Self.fifoWithTwoPatiences(lambda: lambda, mu: mu, n: 10, shares: [0.5, 0.5], patience: [120, 120])
        let a = try Erlang.a(arrivalRate: lambda, meanService: 240, meanPatience: 120, agents: 10, slTime: 20)
        #expect(abs(exact.pAbandon[0] - a.pAbandon) < 1e-6 * a.pAbandon)
        #expect(abs(exact.asa[0] - a.asaAnswered) < 1e-5 * a.asaAnswered)
    }

    @Test func dailyCountsHaveTheGammaPoissonVariance() {
        // 400 one-hour days of λ = 200 calls each, day factor CV 0.2: a day's count is
        // Poisson given its Gamma factor, so its variance is λ + c²λ² = 1 800. A second
        // channel with the same CV shares the day's factor (one rank per day), so the two
        // counts' covariance is c²λ² = 1 600 (independent factors would give 0).
        let days = 400, lambda = 200.0, cv = 0.2
        var ch = ChannelSpec(name: "phone", kind: .phone, patience: .never, work: .deterministic(1), slTime: 20,
                             arrivalRates: Array(repeating: lambda / 3600, count: days))
        ch.overdispersionCV = cv
        var other = ch
        other.name = "phone2"
        func team(_ c: Int) -> TeamSpec {
            TeamSpec(name: "agents\(c)", skills: [c], headcount: Array(repeating: 20, count: days), concurrency: 1, speeds: [1])
        }
        let spec = ModelSpec(horizon: Horizon(intervalLength: 3600, intervalsPerDay: 1, days: days), channels: [ch, other],
                             teams: [team(0), team(1)])
        let reps = ReplicationRunner.run(spec: spec, seed: 20261130, replications: 20, threads: 2)
        var means: [Double] = [], variances: [Double] = [], covariances: [Double] = []
        for r in reps {
            let counts = r.channels[0].intervals.map { $0[.offered] }, counts2 = r.channels[1].intervals.map { $0[.offered] }
            let mean = counts.reduce(0, +) / Double(days), mean2 = counts2.reduce(0, +) / Double(days)
            means.append(mean)
            variances.append(counts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(days - 1))
            covariances.append(zip(counts, counts2).reduce(0) { $0 + ($1.0 - mean) * ($1.1 - mean2) } / Double(days - 1))
        }
        let exactVariance = lambda + cv * cv * lambda * lambda
        for (what, values, exact) in [("mean", means, lambda), ("variance", variances, exactVariance),
                                      ("covariance of two channels", covariances, cv * cv * lambda * lambda)] {
            guard let ci = ConfidenceInterval(values: values, level: TheoryCase.level), let h = ci.halfWidth else {
                Issue.record("no interval for the \(what)")
                continue
            }
            print(String(format: "| daily counts, cv 0.2 | %@ | %.3f | %.3f | ±%.3f |", what, exact, ci.mean, h))
            #expect(abs(ci.mean - exact) <= h, "daily \(what): exact \(exact) outside \(ci.mean) ± \(h)")
            #expect(h <= 0.1 * exact, "daily \(what): interval too wide (±\(h))")
        }
    }
}
