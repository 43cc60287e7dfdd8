import ChannelModel
import Statistics

/// Where a plan breaks: the largest multiplier of every arrival rate at which it still
/// meets all its targets, found replication by replication (docs/model.md, "Breaking
/// point").
///
/// Replication r is bisected on its own: at multiplier m it simulates replication r of the
/// scaled model (the streams of (seed, r), so every m sees the same visitors, earlier or
/// later) and asks whether each target's figure in that replication is on the good side.
/// The breaking points of the replications are independent draws, so their mean has an
/// ordinary Student-t interval.
public struct BreakingPoint: Sendable {
    /// What to search.
    public struct Search: Sendable {
        public var model: ModelSpec
        public var targets: [Target]
        public var seed: UInt64
        public var replications: Int
        public var confidence: Double
        /// The multipliers searched: a plan that still meets its targets at `upper` is
        /// reported as breaking at or beyond it.
        public var lower = 0.05
        public var upper = 4.0
        /// The bisection stops when the bracket is this narrow.
        public var resolution = 0.01

        public init(model: ModelSpec, targets: [Target], seed: UInt64, replications: Int, confidence: Double) {
            self.model = model
            self.targets = targets
            self.seed = seed
            self.replications = replications
            self.confidence = confidence
        }
    }

    /// One replication's result.
    public struct Replication: Sendable {
        /// The largest multiplier found to meet every target (`lower` when even that fails).
        public var multiplier: Double
        /// The targets missed just above it (empty when it still met them at `upper`).
        public var failing: [Int]
        /// For each failing target on a channel, the interval where its figure was worst.
        public var worstInterval: [Int: Int]
        /// Whether the plan met its targets at `upper` (the breaking point is beyond it).
        public var beyondUpper: Bool
        /// Whether it missed them even at `lower`.
        public var belowLower: Bool
    }

    public var search: Search
    public var replications: [Replication]

    /// The breaking point's mean and interval over the replications.
    public var interval: ConfidenceInterval? {
        ConfidenceInterval(values: replications.map(\.multiplier), level: search.confidence)
    }

    /// Runs the search on up to `threads` threads (one replication per work item).
    public static func run(_ search: Search, threads: Int, progress: (@Sendable (Int, Int) -> Void)? = nil) -> BreakingPoint {
        let reps = ReplicationRunner.map(count: search.replications, threads: threads, progress: progress) { r in
            bisect(search, replication: r)
        }
        return BreakingPoint(search: search, replications: reps)
    }

    /// The targets replication `r` misses at multiplier `m`, with each one's worst interval.
    static func missed(_ s: Search, replication r: Int, at m: Double) -> (targets: [Int], worst: [Int: Int]) {
        let metrics = ReplicationRunner.replicate(spec: s.model.scalingArrivals(by: m), seed: s.seed, replication: r)
        let values = Dictionary(zip(metrics.figureKeys(), metrics.figureValues()), uniquingKeysWith: { a, _ in a })
        var out: [Int] = [], worst: [Int: Int] = [:]
        for (k, t) in s.targets.enumerated() {
            // An undefined figure (nobody answered) cannot be said to meet a bound.
            guard let v = values[t.key], !v.isNaN, t.isMet(by: v) else {
                out.append(k)
                if let c = metrics.channels.first(where: { $0.channel == t.scope }), let metric = Metric(rawValue: t.metric) {
                    let series = c.intervals.map { $0[metric] }
                    let bad = series.indices.filter { !series[$0].isNaN }
                    worst[k] = t.comparison == .atLeast ? bad.min { series[$0] < series[$1] } : bad.max { series[$0] < series[$1] }
                }
                continue
            }
        }
        return (out, worst)
    }

    /// Bisects from the plan's own load (m = 1): upwards when it meets its targets there,
    /// downwards when it does not. Starting at 1 keeps figures that improve with load (a
    /// cost per resolved contact with fixed staff) from breaking the plan at a tiny load.
    static func bisect(_ s: Search, replication r: Int) -> Replication {
        let one = min(max(1, s.lower), s.upper)
        let atOne = missed(s, replication: r, at: one)
        var lo: Double, hi: Double, fail: (targets: [Int], worst: [Int: Int])
        if atOne.targets.isEmpty {
            let top = missed(s, replication: r, at: s.upper)
            if top.targets.isEmpty {
                return Replication(multiplier: s.upper, failing: [], worstInterval: [:], beyondUpper: true, belowLower: false)
            }
            (lo, hi, fail) = (one, s.upper, top)
        } else {
            if !missed(s, replication: r, at: s.lower).targets.isEmpty {
                return Replication(multiplier: s.lower, failing: atOne.targets, worstInterval: atOne.worst, beyondUpper: false,
                                   belowLower: true)
            }
            (lo, hi, fail) = (s.lower, one, atOne)
        }
        while hi - lo > s.resolution {
            let mid = (lo + hi) / 2
            let here = missed(s, replication: r, at: mid)
            if here.targets.isEmpty { lo = mid } else { (hi, fail) = (mid, here) }
        }
        return Replication(multiplier: lo, failing: fail.targets, worstInterval: fail.worst, beyondUpper: false, belowLower: false)
    }
}
