import ChannelModel
import Dispatch
import Statistics
import Synchronization

/// Runs an experiment: every variant × replication on all threads, on common random
/// numbers (replication r of every variant uses the streams of (seed, r)), so the results
/// are bit-identical whatever the thread count and differences between variants are paired.
public enum Experiment {
    /// Runs `design`; `progress` gets (done, total) of the current batch from any thread.
    /// With `trace`, that replication of the first variant is simulated with a trace
    /// recorder in place of its plain run (the same streams and figures), returned in
    /// `ExperimentResult.trace` (docs/decisions.md).
    public static func run(_ design: ExperimentDesign, threads: Int,
                           progress: (@Sendable (Int, Int) -> Void)? = nil, trace: TraceRequest? = nil) -> ExperimentResult {
        var design = design
        let warmup = design.warmup == .auto ? chooseWarmup(design, threads: threads) : design.variants.first?.model.warmup ?? 0
        if design.warmup == .auto {
            for v in design.variants.indices { design.variants[v].model.warmup = warmup }
        }
        // A shard keeps its slice only now: the pilot above ran the whole design's first
        // variant. Replication r still uses (seed, r), whatever the slice.
        var slice: Range<Int>?
        if let shard = design.shard {
            if shard.splitsReplications(points: design.variants.count) {
                slice = shard.replications(max(1, design.replications), points: design.variants.count)
            }
            design.variants = shard.pick(design.variants)
        }
        // A block of a point's replications is stored with every interval (merge rebuilds
        // the point from them). Otherwise a design keeping only some intervals folds each
        // replication's into the summary as it finishes, and drops the rest.
        if slice != nil { design.keptIntervals = .all }
        let folds = design.keptIntervals == .all ? nil : IntervalFolds(variants: design.variants.count, first: 0)
        var reps = Array(repeating: [ReplicationMetrics](), count: design.variants.count)
        var seconds = Array(repeating: 0.0, count: design.variants.count)
        var target = max(1, design.replications)
        var outcomes: [PrecisionOutcome] = []
        var captured: TraceCapture?
        while true {
            let done = reps.first?.count ?? 0
            let batch = simulate(design, replications: slice ?? done..<target, threads: threads, progress: progress, trace: trace,
                                 folds: folds)
            for v in batch.indices {
                reps[v] += batch[v].map(\.metrics)
                seconds[v] += batch[v].map(\.seconds).reduce(0, +)
                for item in batch[v] { if let t = item.trace { captured = t } }
            }
            // Only precision goals need the figures between batches; the final tables are
            // built once, below, on the threads.
            guard !design.precision.isEmpty, slice == nil else { break }
            let tables = reps.map(FigureTable.init)
            outcomes = design.precision.map { goal in
                // A variant where the figure is undefined in every replication (a strategy
                // that sends nobody to the channel) cannot be made more precise: it is left out.
                let intervals = tables.compactMap { $0.interval(of: goal.key, level: design.confidence) }
                let widths = intervals.map(\.halfWidth)
                let achieved = widths.isEmpty || widths.contains { $0 == nil } ? nil : widths.compactMap { $0 }.max()
                return PrecisionOutcome(goal: goal, achieved: achieved, reached: achieved.map { $0 <= goal.halfWidth } ?? false)
            }
            guard let next = nextCount(target, outcomes: outcomes, cap: design.maxReplications) else { break }
            target = next
        }
        // Summaries are per variant and independent: on the threads too, since a sweep of a
        // hundred points spends a second here that would otherwise run on one core.
        let variants = ReplicationRunner.map(count: design.variants.count, threads: threads) { [reps, seconds, design] v in
            let summary = ExperimentSummary(replications: reps[v], level: design.confidence,
                                            intervals: folds?.intervals(variant: v, level: design.confidence), kept: design.keptIntervals)
            let table = FigureTable(reps[v])
            let verdicts = design.targets.map { TargetVerdict(target: $0, interval: table.interval(of: $0.key, level: design.confidence)) }
            return VariantResult(variant: design.variants[v], summary: summary, figures: table, verdicts: verdicts,
                                 simulationSeconds: seconds[v])
        }
        return ExperimentResult(design: design, variants: variants, replications: target, precision: outcomes, warmup: warmup,
                                replicationSlice: slice, trace: captured)
    }

    /// The next replication count, or nil to stop: every goal reached, or the cap hit. The
    /// count needed scales with (half-width ÷ goal)², the usual n ∝ 1/h² of a t interval;
    /// growth is held to ×4 per step so a noisy first estimate cannot overshoot far.
    static func nextCount(_ n: Int, outcomes: [PrecisionOutcome], cap: Int) -> Int? {
        guard !outcomes.isEmpty, !outcomes.allSatisfy(\.reached), n < cap else { return nil }
        var want = n * 2
        for o in outcomes where !o.reached {
            if let h = o.achieved, o.goal.halfWidth > 0 {
                want = max(want, Int((Double(n) * (h / o.goal.halfWidth) * (h / o.goal.halfWidth)).rounded(.up)))
            }
        }
        return min(cap, want, n * 4)
    }

    /// Replications `range` of every variant, flattened into one work list so that the
    /// threads stay busy across variants; results per variant with each one's thread time.
    static func simulate(_ design: ExperimentDesign, replications range: Range<Int>, threads: Int,
                         progress: (@Sendable (Int, Int) -> Void)?, trace: TraceRequest? = nil, folds: IntervalFolds? = nil)
        -> [[(metrics: ReplicationMetrics, seconds: Double, trace: TraceCapture?)]] {
        let count = range.count, variants = design.variants, seed = design.seed, kept = design.keptIntervals
        let flat = ReplicationRunner.map(count: variants.count * count, threads: threads, progress: progress) { i in
            let v = i / count, r = range.lowerBound + i % count
            let start = DispatchTime.now().uptimeNanoseconds
            var metrics: ReplicationMetrics, captured: TraceCapture?
            if let trace, v == 0, r == trace.replication {
                // The traced replication is this one, not a second run of it: the tee
                // passes every notification to the same metrics recorder.
                (metrics, captured) = ReplicationRunner.trace(spec: variants[v].model, seed: seed, replication: r,
                                                             settings: trace.settings)
            } else {
                metrics = ReplicationRunner.replicate(spec: variants[v].model, seed: seed, replication: r)
            }
            if let folds {
                folds.add(metrics, variant: v, index: r)
                metrics = metrics.keeping(kept)
            }
            return (metrics: metrics, seconds: Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9, trace: captured)
        }
        return variants.indices.map { v in Array(flat[v * count ..< (v + 1) * count]) }
    }

    /// Replications of the warm-up pilot: MSER reads the mean over them, and with fewer the
    /// noise of a heavily loaded queue hides its transient (docs/decisions.md).
    static let pilotReplications = 20

    /// The warm-up for `.auto`: MSER on the pilot's mean queue per interval, the largest
    /// truncation over the channels, in whole intervals. The pilot is a few replications of
    /// the first variant with no warm-up, on streams of their own (seed + a constant), so
    /// that choosing the truncation does not reuse the replications it is applied to.
    static func chooseWarmup(_ design: ExperimentDesign, threads: Int) -> Double {
        guard var model = design.variants.first?.model else { return 0 }
        model.warmup = 0
        let pilotSeed = design.seed &+ 0x5DEE_CE66_D1CE_5EED
        // Only the pilot's mean per interval is read: its replications are folded as they
        // finish rather than kept (a soak's pilot is as long as the soak).
        let folds = IntervalFolds(variants: 1, first: 0), pilotModel = model
        let pilot = ReplicationRunner.map(count: Self.pilotReplications, threads: threads) { r in
            let metrics = ReplicationRunner.replicate(spec: pilotModel, seed: pilotSeed, replication: r)
            folds.add(metrics, variant: 0, index: r)
            return metrics.keeping(.only([]))
        }
        let summary = ExperimentSummary(replications: pilot, level: design.confidence,
                                        intervals: folds.intervals(variant: 0, level: design.confidence), kept: .only([]))
        var cut = 0
        for ch in summary.channels {
            let queue = ch.intervals.map { $0[Metric.meanQueue.index]?.mean ?? .nan }
            cut = max(cut, MSER.truncation(queue))
        }
        return Double(cut) * model.horizon.intervalLength
    }
}
