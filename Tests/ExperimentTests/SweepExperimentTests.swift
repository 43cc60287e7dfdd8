import ChannelModel
import Experiments
import Foundation
import Scenario
import Testing

/// Sweep points as variants of one experiment: service level rises with agents, every
/// point meets the same customers, and results do not depend on the thread count. Also the
/// points themselves: fields set by path (list items too) and the derived knobs.
@Suite struct SweepExperimentTests {
    static let text = """
        name: sweep-test
        seed: 7
        replications: 6
        horizon: { start: "08:00", end: "11:00", interval: 30m }
        channels:
          chat:
            arrivals: { rate: 3/min }
            patience: { exponential: { mean: 2m } }
            work: { exponential: { mean: 5m } }
            sl_time: 60s
          phone:
            arrivals: { rate: [20/h, 30/h, 30/h, 20/h, 20/h, 10/h] }
            handle: { exponential: { mean: 4m } }
        teams:
          web: { skills: [chat], headcount: 4, concurrency: 2 }
          voice: { skills: [phone], headcount: [2, 3, 3, 2, 2, 1] }
        targets:
          - chat.sl(60s) >= 0.8
        """

    static func base() throws -> SweepBase {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("s.yaml").path
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return try SweepBase.load(path: file)
    }

    static func design(_ flag: String) throws -> ExperimentDesign {
        let sweep = try base(), axis = try SweepAxis.parse(flag)
        let variants = try axis.values.map { v in
            Variant(name: "\(axis.path)=\(v.text)", parameters: [(axis.path, v.text)],
                    model: try sweep.point([(axis.path, v.text)], adjustments: ModelAdjustments()).model)
        }
        return ExperimentDesign(variants: variants, seed: 7, replications: 6, confidence: 0.95, targets: sweep.base.targets)
    }

    @Test func serviceLevelRisesWithAgentsOnCommonRandomNumbers() throws {
        let design = try Self.design("teams.web.headcount=4..10:2")
        let one = Experiment.run(design, threads: 1), two = Experiment.run(design, threads: 2)
        let sl = MetricKey(scope: "chat", metric: "sl_offered"), offered = MetricKey(scope: "chat", metric: "offered")
        let means = one.variants.map { $0.figures.interval(of: sl, level: 0.95)!.mean }
        #expect(zip(means, means.dropFirst()).allSatisfy { $0 < $1 }, "\(means)")
        // The same customers at every point: each replication offers the same chats.
        let counts = one.variants.map { $0.figures.replications(of: offered)! }
        #expect(counts.allSatisfy { $0 == counts[0] } && Set(counts[0]).count > 1)
        // Bit-identical whatever the thread count.
        for (a, b) in zip(one.variants, two.variants) {
            #expect(a.figures.values.map { $0.map(\.bitPattern) } == b.figures.values.map { $0.map(\.bitPattern) })
        }
        #expect(one.variants.first!.verdicts.first!.outcome == .missed && one.variants.last!.verdicts.first!.outcome != .missed)
    }

    @Test func pointsSetFieldsByPathIncludingListItems() throws {
        let sweep = try Self.base()
        let s = try sweep.point([("teams.voice.headcount.1", "7"), ("channels.chat.patience.exponential.mean", "90s")],
                                adjustments: ModelAdjustments())
        #expect(s.model.teams[1].headcount == [2, 7, 3, 2, 2, 1])
        #expect(s.model.channels[0].patience.mean == 90)
        #expect(s.name == "sweep-test" && s.seed == 7 && s.hash == sweep.base.hash)
    }

    @Test func derivedKnobsScaleArrivalsAndShiftHeadcounts() throws {
        let sweep = try Self.base()
        var adjust = ModelAdjustments()
        adjust.arrivalScale = 1.5
        adjust.headcountShiftAll = -2
        adjust.headcountShift["web"] = 3
        let s = try sweep.point([], adjustments: adjust)
        #expect(s.model.channels[0].arrivalRates.allSatisfy { abs($0 - 4.5 / 60) < 1e-15 })
        #expect(abs(s.model.channels[1].arrivalRates[1] - 45.0 / 3600) < 1e-15)
        #expect(s.model.teams[0].headcount.allSatisfy { $0 == 5 })
        #expect(s.model.teams[1].headcount == [0, 1, 1, 0, 0, 0])
        adjust = ModelAdjustments()
        adjust.headcountShiftAll = 200_000
        #expect(throws: ScenarioError.self) { try sweep.point([], adjustments: adjust) }
    }

    @Test func fieldsThatCannotBeSweptSaySo() throws {
        let sweep = try Self.base()
        func problem(_ path: String) -> String? {
            do { try sweep.checkField(path); return nil } catch { return "\(error.problem) (\(error.expected))" }
        }
        #expect(problem("teams.web.headcount") == nil && problem("teams.voice.headcount.5") == nil)
        #expect(problem("teams.web.slowdown") == nil)   // left out of the base: the reader decides
        #expect(problem("teams.web.headcont") == "no such field in the base scenario (did you mean 'teams.web.headcount'?)")
        #expect(problem("teams.wbe.headcount") == "no such field in the base scenario (did you mean 'teams.web'?)")
        #expect(problem("teams.voice.headcount") == "teams.voice.headcount is a list, not a number (vary one item by its position, e.g. teams.voice.headcount.0)")
        #expect(problem("teams.voice.headcount.6") == "no such field in the base scenario (teams.voice.headcount is a list of 6: name an item by its position, 0 to 5)")
        #expect(problem("channels.chat.patience") == "channels.chat.patience is a map, not a number (vary a number inside it, e.g. channels.chat.patience.exponential)")
        #expect(problem("teams.web.skills.0") == "teams.web.skills.0 is 'chat', not a number (expected a numeric field, e.g. teams.web.headcount)")
        #expect(problem("seed") == "seed cannot be varied (it applies to every point; use --seed, --replications, --confidence, --warmup or --target)")
    }
}
