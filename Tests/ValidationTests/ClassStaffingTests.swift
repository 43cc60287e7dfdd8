import ChannelModel
import Experiments
import Testing

/// `staff` with a target on a class: judged per interval on the class's own figures, so a
/// class that strict priority puts behind another needs agents in the peak that the
/// channel's target alone does not ask for.
@Suite struct ClassStaffingTests {
    /// Phone, four half-hours with a peak in the third; half the calls are a strict class.
    static func model() -> ModelSpec {
        var phone = ChannelSpec(name: "phone", kind: .phone, patience: .exponential(mean: 300), work: .exponential(mean: 240),
                                slTime: 20, arrivalRates: [40, 40, 160, 40].map { $0 / 1800 })
        phone.classes = [ContactClass(name: "vip", share: 0.5, queueing: .strict), ContactClass(name: "regular", share: 0.5)]
        let team = TeamSpec(name: "voice", skills: [0], headcount: [5, 5, 5, 5], concurrency: 1, speeds: [1])
        return ModelSpec(horizon: Horizon(intervalLength: 1800, intervalsPerDay: 4), channels: [phone], teams: [team])
    }

    @Test func aClassTargetBindsInThePeakAndTheCorrectionAddsAgentsThere() throws {
        let model = Self.model()
        let channel = try Target.parse("phone.sl(20s) >= 0.8"), regular = try Target.parse("phone/regular.sl(20s) >= 0.8")
        let alone = try StaffedTargets(targets: [channel], model: model)
        let both = try StaffedTargets(targets: [channel, regular], model: model)
        #expect(both.entries.map(\.contactClass) == [nil, 1] && both.wholeHorizon.isEmpty)
        #expect(both.entries.map(\.team) == [0, 0])
        func search(_ t: StaffedTargets) -> StaffingPlan {
            StaffingSearch(model: model, targets: t, seed: 7, replications: 30, confidence: 0.95).run(threads: 2)
        }
        let a = search(alone), b = search(both)
        print("staff, strict class: channel target alone \(a.simulated[0]), with the regular class's \(b.simulated[0])")
        // The formulas see one FIFO queue of the mixture: the same bound, the same start.
        #expect(a.analytic == b.analytic)
        #expect(a.feasible && b.feasible, "\(a.missed) \(b.missed)")
        let peak = 2
        #expect(b.simulated[0][peak] > a.simulated[0][peak], "\(a.simulated[0]) → \(b.simulated[0])")
        // The channel-only plan, judged per interval with the class target: the regular
        // class misses in the peak while the channel meets its bound there.
        var design = ExperimentDesign(variants: [Variant(name: "alone", model: a.apply(to: model))], seed: 7, replications: 30,
                                      confidence: 0.95)
        design.targets = [channel, regular]
        let summary = Experiment.run(design, threads: 2).variants[0].summary
        let misses = IntervalJudge.misses(summary, targets: both)
        #expect(misses.contains { $0.entry == 1 && $0.interval == peak }, "\(misses)")
        #expect(!misses.contains { $0.entry == 0 })
        // The class's figure is its own, below the channel's in the peak (vip goes first).
        let own = try #require(IntervalJudge.series(summary, both.entries[1])[peak][Metric.slOffered.index]).mean
        let mixed = try #require(summary.channels[0].intervals[peak][Metric.slOffered.index]).mean
        #expect(own < 0.8 && own < mixed)
    }
}
