import Foundation
import Statistics
import Testing

@Suite struct StatisticsTests {
    @Test func runningStatsExact() {
        let s = RunningStats([2, 4, 4, 4, 5, 5, 7, 9])
        #expect(s.count == 8)
        #expect(s.mean == 5)
        #expect(abs(s.variance - 32.0 / 7) < 1e-12)
        #expect(RunningStats([1]).variance.isNaN)
    }

    @Test func timeIntegral() {
        var t = TimeIntegral(start: 0, value: 2)
        t.set(5, at: 3)       // 2 × 3
        t.set(0, at: 4)       // 5 × 1
        #expect(t.area == 11)
        #expect(t.area(upTo: 10) == 11)
        t.set(1, at: 10)
        #expect(t.area(upTo: 12) == 13)
    }

    @Test func studentTQuantiles() {
        // Tables: t_{0.975, 9} = 2.262157, t_{0.995, 19} = 2.860935, t_{0.975, ∞} → 1.959964.
        #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 9) - 2.262157) < 1e-6)
        #expect(abs(StudentT.quantile(0.995, degreesOfFreedom: 19) - 2.860935) < 1e-6)
        #expect(abs(StudentT.quantile(0.975, degreesOfFreedom: 1e9) - 1.959964) < 1e-6)
    }

    @Test func confidenceInterval() {
        let ci = ConfidenceInterval(values: [10, 12, 14, 16, 18], level: 0.95)!
        #expect(ci.mean == 14)
        // s = √10, se = √2, t_{0.975,4} = 2.776445
        #expect(abs(ci.halfWidth! - 2.776445 * 2.0.squareRoot()) < 1e-5)
        #expect(ci.contains(16) && !ci.contains(18.5))
        let one = ConfidenceInterval(values: [3], level: 0.95)!
        #expect(one.halfWidth == nil && one.low == nil)
        #expect(ConfidenceInterval(values: [.nan, .nan]) == nil)
        #expect(ConfidenceInterval(values: [1, .nan, 3])!.count == 2)
    }

    @Test func histogramQuantilesWithinResolution() {
        var h = WaitHistogram()
        for _ in 0..<100 { h.add(0) }
        for i in 1...900 { h.add(Double(i)) }       // 1 … 900 s
        #expect(h.count == 1000)
        #expect(h.quantile(0.05) == 0)
        #expect(h.quantile(0.10) == 0)
        // The 500th value is 400 s; the 900th is 800 s; bins are within 1/64 relative.
        #expect(abs(h.quantile(0.5) - 400) / 400 < 1.0 / 64)
        #expect(abs(h.quantile(0.9) - 800) / 800 < 1.0 / 64)
        #expect(abs(h.quantile(1.0) - 900) / 900 < 1.0 / 64)
        #expect(WaitHistogram().quantile(0.5).isNaN)
    }

    @Test func histogramMerge() {
        var a = WaitHistogram(), b = WaitHistogram()
        a.add(1); a.add(0); b.add(100); b.add(1e9)
        a.merge(b)
        #expect(a.count == 4 && a.zeros == 1 && a.overflow == 1)
    }

    @Test func batchMeans() {
        var b = BatchMeans(batchSize: 3)
        for x in [1.0, 2, 3, 4, 5, 6, 7] { b.add(x) }
        #expect(b.means == [2, 5])
        #expect(b.interval(level: 0.95)!.mean == 3.5)
    }
}

/// The histogram holds only the octaves it has seen: the same quantiles and equality
/// whatever order the values came in, and merging widens it either way.
@Suite struct WaitHistogramRangeTests {
    @Test func valuesInAnyOrderGiveTheSameHistogram() {
        let values: [Double] = [0, 0.001, 3, 3.01, 90, 7_200, 1e5, 1e9, 0.25, 45]
        var up = WaitHistogram(), down = WaitHistogram()
        for v in values { up.add(v) }
        for v in values.reversed() { down.add(v) }
        #expect(up == down)
        for p in [0.1, 0.2, 0.35, 0.5, 0.7, 0.8, 0.9, 1.0] { #expect(up.quantile(p) == down.quantile(p)) }
        // Bin midpoints: 3 s lies in [2, 4) at sub-bin 32, so its bin's midpoint is 2 × (1 + 32.5/64).
        var one = WaitHistogram()
        one.add(3)
        let midpoint: Double = 2 * (1 + 32.5 / 64)
        #expect(one.quantile(0.5) == midpoint)
        let top: Double = exp2(21)
        #expect(up.quantile(0.2) == 0 && up.quantile(1.0) == top)
    }

    @Test func mergingWidensEitherWay() {
        var low = WaitHistogram(), high = WaitHistogram(), both = WaitHistogram()
        for v in [0.5, 1.5, 2.5] { low.add(v); both.add(v) }
        for v in [5_000.0, 60_000] { high.add(v); both.add(v) }
        var a = low, b = high
        a.merge(high)
        b.merge(low)
        #expect(a == both && b == both && a.count == 5)
        #expect(a.quantile(0.8) == both.quantile(0.8) && a.quantile(0.8) > 4_096 && a.quantile(0.6) < 4)
        var empty = WaitHistogram()
        empty.merge(WaitHistogram())
        #expect(empty == WaitHistogram() && empty.quantile(0.5).isNaN)
        empty.merge(low)
        #expect(empty == low)
        #expect(low != both)
    }
}
