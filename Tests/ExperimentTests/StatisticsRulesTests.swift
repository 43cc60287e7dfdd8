import ChannelModel
import Experiments
import Statistics
import Testing

/// The rules behind verdicts, with deterministic inputs and exact values.
@Suite struct StatisticsRulesTests {
    @Test func holmAdjustment() {
        // Sorted p: 0.01, 0.02, 0.03, 0.04 with m = 4: 0.04, 0.06, 0.06 (monotone), 0.06.
        let adjusted = Holm.adjust([0.03, 0.01, 0.04, 0.02, .nan])
        #expect(adjusted[0] == 0.06 && adjusted[1] == 0.04 && adjusted[3] == 0.06)
        #expect(abs(adjusted[2] - 0.06) < 1e-15 && adjusted[4].isNaN)
        #expect(Holm.adjust([0.9, 0.8]) == [1, 1])
    }

    @Test func pairedDifferenceValues() throws {
        let d = try #require(PairedDifference([3, 5, 7, 9], minus: [1, 2, 3, 4], level: 0.95))
        // Differences 2, 3, 4, 5: mean 3.5, sd √(5/3), se √(5/12), t(0.975, 3) = 3.182446305.
        #expect(abs(d.interval.mean - 3.5) < 1e-12)
        #expect(abs(d.interval.halfWidth! - 3.182446305284263 * (5.0 / 12).squareRoot()) < 1e-9)
        // Two-sided paired t-test, t = 5.422 on 3 degrees of freedom.
        #expect(abs(d.pValue - 0.0123076) < 1e-6 && !d.identical)
        let same = try #require(PairedDifference([1, 2, .nan], minus: [1, 2, 5], level: 0.95))
        #expect(same.identical && same.pValue == 1 && same.interval.count == 2)
        let shift = try #require(PairedDifference([2, 3], minus: [1, 2], level: 0.95))
        #expect(shift.pValue == 0 && shift.interval.halfWidth == 0)
    }

    @Test func targetVerdictsOnIntervals() {
        let atLeast = Target(scope: "chat", metric: "sl_offered", comparison: .atLeast, bound: 0.8)
        func ci(_ mean: Double, _ h: Double?) -> ConfidenceInterval { ConfidenceInterval(mean: mean, halfWidth: h, count: 10, level: 0.95) }
        #expect(TargetVerdict(target: atLeast, interval: ci(0.85, 0.04)).outcome == .met)
        #expect(TargetVerdict(target: atLeast, interval: ci(0.85, 0.06)).outcome == .undecided)
        #expect(TargetVerdict(target: atLeast, interval: ci(0.70, 0.05)).outcome == .missed)
        #expect(TargetVerdict(target: atLeast, interval: ci(0.80, nil)).outcome == .met)
        #expect(TargetVerdict(target: atLeast, interval: nil).outcome == .undefined)
        let atMost = Target(scope: "chat", metric: "asa", comparison: .atMost, bound: 30)
        #expect(TargetVerdict(target: atMost, interval: ci(25, 4)).outcome == .met)
        #expect(TargetVerdict(target: atMost, interval: ci(32, 1)).outcome == .missed)
        #expect(TargetVerdict(target: atMost, interval: ci(29, 2)).outcome == .undecided)
    }

    @Test func mserFindsTheTransient() {
        // A ramp from 0 to 9 then a constant 10: everything before the plateau is cut.
        let series = (0..<10).map(Double.init) + Array(repeating: 10.0, count: 30)
        #expect(MSER.truncation(series) == 10)
        #expect(MSER.truncation(Array(repeating: 4, count: 20)) == 0)
        // Never more than half the series.
        #expect(MSER.truncation((0..<20).map(Double.init)) <= 10)
    }

    @Test func targetSyntax() throws {
        let t = try Target.parse("chat.sl(60s) >= 80%")
        #expect(t.scope == "chat" && t.metric == "sl_offered" && t.threshold == 60 && t.bound == 0.8 && t.comparison == .atLeast)
        let g = try Target.parse("chat/mobile/returns.p_abandon ≤ 0.1")
        #expect(g.scope == "chat/mobile/returns" && g.comparison == .atMost && g.bound == 0.1)
        #expect(throws: TargetError.self) { try Target.parse("p_abandon <= 0.1") }
        #expect(throws: TargetError.self) { try Target.parse("chat.asa(20s) <= 30s") }
        #expect(throws: TargetError.self) { try Target.parse("totals.cost_per_resolved <= cheap") }
    }
}
