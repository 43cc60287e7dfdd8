/// A sample as distinct values, ascending, each with a weight (how many times it was seen):
/// what every estimator reads, so that a log's integer-second times cost one entry per
/// distinct second instead of one per contact.
public struct WeightedSample: Sendable, Equatable {
    public private(set) var values: [Double]
    public private(set) var weights: [Double]

    /// Each value once with weight 1 (repeats add up).
    public init(_ values: [Double]) {
        self.init(pairs: values.map { ($0, 1) })
    }

    /// From (value, weight) pairs in any order; equal values are merged, zero weights dropped.
    public init(pairs: [(Double, Double)]) {
        var merged: [(Double, Double)] = []
        for p in pairs.filter({ $0.1 > 0 }).sorted(by: { $0.0 < $1.0 }) {
            if let last = merged.last, last.0 == p.0 { merged[merged.count - 1].1 += p.1 } else { merged.append(p) }
        }
        values = merged.map(\.0)
        weights = merged.map(\.1)
    }

    public static let empty = WeightedSample([])

    public var isEmpty: Bool { values.isEmpty }
    /// The number of observations (the sum of the weights).
    public var total: Double { weights.reduce(0, +) }
    public var sum: Double { zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 } }
    public var mean: Double { sum / total }

    /// The sample's coefficient of variation (population form: the MLE's view).
    public var cv: Double {
        let m = mean
        let v = zip(values, weights).reduce(0) { $0 + $1.1 * ($1.0 - m) * ($1.0 - m) } / total
        return v.squareRoot() / m
    }

    /// The empirical p-quantile: the smallest value whose cumulative share reaches p.
    public func quantile(_ p: Double) -> Double {
        let target = p * total
        var cumulative = 0.0
        for (v, w) in zip(values, weights) {
            cumulative += w
            if cumulative >= target - 1e-9 { return v }
        }
        return values.last ?? .nan
    }
}

/// Durations counted per whole second (the resolution of call logs), so the memory a fit
/// needs is bounded by the outlier bound in seconds, not by the number of contacts.
public struct CountedSample: Sendable, Equatable {
    public private(set) var counts: [Int: Int] = [:]
    public init() {}

    public mutating func add(_ seconds: Double, count: Int = 1) {
        counts[Int(seconds.rounded()), default: 0] += count
    }

    public mutating func merge(_ other: CountedSample) {
        for (k, v) in other.counts { counts[k, default: 0] += v }
    }

    public var total: Int { counts.values.reduce(0, +) }

    /// As a weighted sample in seconds. A recorded 0 s stands for "under half a second" and
    /// becomes `zeroAs` (0.25 s: the middle of that half second) where a log density needs
    /// a positive value, or is left out when `zeroAs` is nil (a patience censored at 0
    /// tells nothing).
    public func sample(zeroAs: Double?) -> WeightedSample {
        WeightedSample(pairs: counts.compactMap { k, v in
            k > 0 ? (Double(k), Double(v)) : zeroAs.map { ($0, Double(v)) }
        })
    }
}
