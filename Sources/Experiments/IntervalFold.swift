import ChannelModel
import Statistics
import Synchronization

/// Which per-interval figures each replication keeps once the experiment has summarised
/// them (`ExperimentDesign.keptIntervals`).
public enum KeptIntervals: Sendable, Equatable {
    /// Every interval, in order.
    case all
    /// Only these intervals, in this order: a kept replication's `channels[c].intervals[k]`
    /// is interval `list[k]`. Every interval is still summarised, bit for bit as with `.all`
    /// (docs/decisions.md): a soak of a year needs only each day's close per replication.
    case only([Int])
}

/// Replications' per-interval figures folded, in replication order, into one running
/// statistic per channel × interval × metric, so that the summary of every interval needs
/// no replication's intervals kept. `ConfidenceInterval(values:)` is `RunningStats` over
/// the defined values in replication order, so folding them in that order gives the same
/// bits; replications finished ahead of their turn wait here until it comes (with work
/// handed out in index order, about one per thread).
struct IntervalFold: Sendable {
    /// [channel][interval × metric count + position in `Metric.allCases`]
    private var stats: [[RunningStats]] = []
    /// Replications folded so far: the next one to fold is this index.
    private var folded: Int
    private var waiting: [Int: ReplicationMetrics] = [:]

    init(first: Int) { folded = first }

    /// Takes replication `index`, folding it and any waiting successors when its turn has come.
    mutating func add(_ r: ReplicationMetrics, index: Int) {
        waiting[index] = r
        while let next = waiting.removeValue(forKey: folded) {
            fold(next)
            folded += 1
        }
    }

    private mutating func fold(_ r: ReplicationMetrics) {
        let metrics = Metric.allCases
        if stats.isEmpty {
            stats = r.channels.map { Array(repeating: RunningStats(), count: $0.intervals.count * metrics.count) }
        }
        for c in r.channels.indices {
            for (i, values) in r.channels[c].intervals.enumerated() {
                for (k, m) in metrics.enumerated() {
                    let x = values[m]
                    if !x.isNaN { stats[c][i * metrics.count + k].add(x) }
                }
            }
        }
    }

    /// [channel][interval][position in `Metric.allCases`]: as `ExperimentSummary` computes them.
    func intervals(level: Double) -> [[[MetricInterval]]] {
        let n = Metric.allCases.count
        return stats.map { channel in
            (0..<(channel.count / n)).map { i in
                (0..<n).map { k in ConfidenceInterval(stats: channel[i * n + k], level: level) }
            }
        }
    }
}

/// One `IntervalFold` per variant, shared by the threads of an experiment.
final class IntervalFolds: Sendable {
    private let folds: Mutex<[IntervalFold]>

    init(variants: Int, first: Int) { folds = Mutex(Array(repeating: IntervalFold(first: first), count: variants)) }

    func add(_ r: ReplicationMetrics, variant v: Int, index: Int) { folds.withLock { $0[v].add(r, index: index) } }

    func intervals(variant v: Int, level: Double) -> [[[MetricInterval]]] { folds.withLock { $0[v].intervals(level: level) } }
}

extension ReplicationMetrics {
    /// The replication with only the listed intervals of each channel, in that order.
    func keeping(_ kept: KeptIntervals) -> ReplicationMetrics {
        guard case .only(let list) = kept else { return self }
        var r = self
        for c in r.channels.indices { r.channels[c].intervals = list.map { channels[c].intervals[$0] } }
        return r
    }
}
