import ChannelModel
import Experiments
import Scenario
import Statistics
import Testing

/// Paired comparisons on common random numbers: exact zeros for identical strategies,
/// far narrower intervals than unpaired ones, and the verdict a planner expects.
@Suite struct ComparisonTests {
    static let text = """
        name: pair
        seed: 21
        replications: 20
        horizon: { start: "08:00", end: "12:00", interval: 30m }
        channels:
          chat:
            arrivals: { rate: 3/min }
            patience: { exponential: { mean: 2m } }
            work: { exponential: { mean: 5m } }
            sl_time: 60s
        teams:
          web: { skills: [chat], headcount: 6, concurrency: 3, slowdown: 0.2 }
        targets:
          - chat.sl(60s) >= 0.8
        strategies:
          same: { teams.web.slowdown: 0.2 }
          one-more: { teams.web.headcount: 7 }
          far-fewer: { teams.web.headcount: 3 }
        """

    static func result(_ names: [String]) throws -> ExperimentResult {
        let set = try ScenarioLoader.parseSet(text, file: "pair.yaml")
        let variants = names.map { n in Variant(name: n, model: set.scenario(named: n)!.model) }
        let design = ExperimentDesign(variants: variants, seed: set.base.seed, replications: set.base.replications,
                                      confidence: 0.95, targets: set.base.targets)
        return Experiment.run(design, threads: 2)
    }

    @Test func identicalStrategiesDifferByExactlyZero() throws {
        let r = try Self.result(["base", "same"])
        let report = ComparisonReport(r, baseline: "base", headline: HeadlineFigures.comparison(r.variants[0].variant.model))
        let sl = try #require(report.comparisons.first { $0.key == MetricKey(scope: "chat", metric: "sl_offered") })
        let d = try #require(sl.difference)
        #expect(d.interval.mean == 0 && d.interval.halfWidth == 0 && d.identical)
        #expect(sl.verdict == .noSignificantDifference)
        #expect(report.comparisons.allSatisfy { $0.verdict == nil || $0.verdict == .noSignificantDifference })
    }

    @Test func pairedIntervalIsMuchNarrowerThanUnpaired() throws {
        let r = try Self.result(["base", "one-more"])
        let key = MetricKey(scope: "chat", metric: "asa")
        let x = try #require(r.variant("one-more")!.figures.replications(of: key))
        let y = try #require(r.variant("base")!.figures.replications(of: key))
        let paired = try #require(PairedDifference(x, minus: y, level: 0.95)?.interval.halfWidth)
        let unpaired = try #require(UnpairedDifference.halfWidth(x, y, level: 0.95))
        // Same visitors in both: the shared noise cancels.
        #expect(paired < 0.5 * unpaired, "paired ±\(paired), unpaired ±\(unpaired)")
    }

    @Test func farFewerAgentsIsWorseOnServiceLevel() throws {
        let r = try Self.result(["base", "far-fewer", "one-more"])
        let report = ComparisonReport(r, baseline: "base", headline: HeadlineFigures.comparison(r.variants[0].variant.model))
        func verdict(_ v: String, _ m: String) -> ComparisonVerdict? {
            report.comparisons.first { $0.variant == v && $0.key == MetricKey(scope: "chat", metric: m) }?.verdict
        }
        #expect(verdict("far-fewer", "sl_offered") == .worse)
        #expect(verdict("far-fewer", "p_abandon") == .worse)
        #expect(verdict("one-more", "sl_offered") == .better)
        // Holm over every verdict test of both strategies.
        #expect(report.familySize == report.comparisons.filter { $0.verdict != nil }.count)
        #expect(report.familySize > 4)
        // The target's verdict per strategy.
        #expect(r.variant("far-fewer")!.verdicts[0].outcome == .missed)
    }

    @Test func precisionAddsReplicationsDeterministically() throws {
        let set = try ScenarioLoader.parseSet(Self.text, file: "pair.yaml")
        var design = ExperimentDesign(variants: [Variant(name: "base", model: set.base.model)], seed: 21, replications: 5,
                                      confidence: 0.95)
        let key = MetricKey(scope: "chat", metric: "p_abandon")
        design.precision = [PrecisionGoal(key: key, halfWidth: 0.004)]
        design.maxReplications = 400
        let grown = Experiment.run(design, threads: 2)
        let outcome = try #require(grown.precision.first)
        #expect(outcome.reached && outcome.achieved! <= 0.004)
        #expect(grown.replications > 5)
        // The same replications run in one go give bit-identical figures.
        var once = design
        once.precision = []
        once.replications = grown.replications
        let direct = Experiment.run(once, threads: 1)
        #expect(direct.variants[0].figures.values.map { $0.map(\.bitPattern) }
                == grown.variants[0].figures.values.map { $0.map(\.bitPattern) })
        // A goal beyond the cap is reported as not reached, with what was.
        design.precision = [PrecisionGoal(key: key, halfWidth: 1e-6)]
        design.maxReplications = 12
        let capped = Experiment.run(design, threads: 2)
        #expect(capped.replications == 12 && capped.precision[0].reached == false && capped.precision[0].achieved! > 1e-6)
    }
}
