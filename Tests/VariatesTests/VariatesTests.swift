import Statistics
import Testing
import Variates

@Suite struct StreamTests {
    @Test func sameKeySameNumbers() {
        let k = StreamKey(seed: 42, replication: 3, purpose: .patience, index: 1)
        let a = RandomStream(k), b = RandomStream(k)
        for _ in 0..<100 { #expect(a.uniform() == b.uniform()) }
    }

    @Test func keysDifferInEveryPart() {
        let base = StreamKey(seed: 42, replication: 0, purpose: .arrivals, index: 0)
        let variants = [
            StreamKey(seed: 43, replication: 0, purpose: .arrivals, index: 0),
            StreamKey(seed: 42, replication: 1, purpose: .arrivals, index: 0),
            StreamKey(seed: 42, replication: 0, purpose: .work, index: 0),
            StreamKey(seed: 42, replication: 0, purpose: .arrivals, index: 1),
        ]
        let seeds = Set(([base] + variants).map { UInt32(truncatingIfNeeded: $0.derivedSeed) })
        #expect(seeds.count == 5)
    }

    @Test func seedsUseAll64Bits() {
        // GSL's own seeding keeps the low 32 bits; channelsim's must tell these apart.
        let a = RandomStream(seed64: 0x0000_0001_1234_5678), b = RandomStream(seed64: 0x0000_0002_1234_5678)
        #expect((0..<4).map { _ in a.uniform() } != (0..<4).map { _ in b.uniform() })
        let c = RandomStream(seed64: 0x0000_0001_1234_5678)
        #expect(RandomStream(seed64: 0x0000_0001_1234_5678).uniform() == c.uniform())
    }

    @Test func uniformIsOpenInterval() {
        let s = RandomStream(StreamKey(seed: 1, replication: 0, purpose: .arrivals))
        for _ in 0..<100_000 {
            let u = s.uniform()
            #expect(u > 0 && u < 1)
        }
    }

    @Test func splitMixKnownValue() {
        // Reference: SplitMix64 with state 0 → first output 0xE220A8397B1DCDAF.
        #expect(SplitMix64.mix(0) == 0xE220_A839_7B1D_CDAF)
    }
}

@Suite struct DistributionTests {
    /// Mean of n draws, with a tolerance of 5 standard errors (fixed seed: deterministic,
    /// and a wrong parameterisation is off by far more).
    func check(_ d: Distribution, expectedMean: Double, expectedCV: Double?, n: Int = 200_000) {
        let s = RandomStream(StreamKey(seed: 7, replication: 0, purpose: .work))
        let sampler = d.sampler()
        var stats = RunningStats()
        for _ in 0..<n {
            let x = sampler.sample(s)
            #expect(x >= 0)
            stats.add(x)
        }
        let se = stats.standardDeviation / Double(n).squareRoot()
        #expect(abs(stats.mean - expectedMean) < 5 * se + 1e-12, "\(d): mean \(stats.mean) vs \(expectedMean)")
        if let cv = expectedCV, cv > 0 {
            #expect(abs(stats.standardDeviation / stats.mean - cv) < 0.03 * cv + 0.01, "\(d): cv")
        }
        #expect(abs(d.mean - expectedMean) < 1e-9)
    }

    @Test func exponential() { check(.exponential(mean: 90), expectedMean: 90, expectedCV: 1) }
    @Test func lognormal() { check(.lognormal(mean: 360, cv: 0.8), expectedMean: 360, expectedCV: 0.8) }
    @Test func weibull() {
        // CV of a Weibull with shape 0.8: √(Γ(1 + 2/k) / Γ(1 + 1/k)² − 1) = 1.2605128 (computed
        // independently with Python's math.gamma), not taken from the code under test.
        let d = Distribution.weibull(mean: 90, shape: 0.8)
        #expect(abs(d.cv! - 1.2605128) < 1e-6)
        check(d, expectedMean: 90, expectedCV: 1.2605128)
    }
    @Test func gamma() { check(.gamma(mean: 240, cv: 0.5), expectedMean: 240, expectedCV: 0.5) }
    @Test func uniform() { check(.uniform(min: 30, max: 90), expectedMean: 60, expectedCV: Distribution.uniform(min: 30, max: 90).cv) }
    @Test func poisson() { check(.poisson(mean: 6), expectedMean: 6, expectedCV: 1 / 6.0.squareRoot()) }

    @Test func deterministicAndNever() {
        let s = RandomStream(StreamKey(seed: 1, replication: 0, purpose: .work))
        #expect(Distribution.deterministic(45).sampler().sample(s) == 45)
        #expect(Distribution.never.sampler().sample(s) == .infinity)
        #expect(Distribution.never.mean == .infinity)
    }

    @Test func empiricalValues() {
        let d = Distribution.empiricalValues([10, 20, 60])
        check(d, expectedMean: 30, expectedCV: nil)
        let s = RandomStream(StreamKey(seed: 1, replication: 0, purpose: .work))
        for _ in 0..<1000 { #expect([10.0, 20, 60].contains(d.sampler().sample(s))) }
    }

    @Test func empiricalHistogram() {
        let h = EmpiricalHistogram(edges: [0, 10, 30], weights: [1, 3])!
        #expect(abs(h.mean - (0.25 * 5 + 0.75 * 20)) < 1e-12)
        check(.empiricalHistogram(h), expectedMean: h.mean, expectedCV: nil)
        #expect(EmpiricalHistogram(edges: [0, 10], weights: [1, 2]) == nil)
        #expect(EmpiricalHistogram(edges: [10, 0], weights: [1]) == nil)
        #expect(EmpiricalHistogram(edges: [0, 10], weights: [0]) == nil)
    }
}
