import Foundation

/// A log-linear histogram of non-negative durations, for streaming quantiles.
///
/// Zero waits (answered at once) are counted apart; positive values fall into one of
/// `subBuckets` equal-width bins per power of two between 2^minExponent and
/// 2^maxExponent seconds, so a reported quantile is within 1/(2·subBuckets) (0.8 %)
/// of the true sample quantile. Memory is fixed (about 7 KiB) whatever the number of
/// visitors, which is what lets long runs stay bounded.
public struct WaitHistogram: Sendable, Equatable {
    public static let subBuckets = 64
    public static let minExponent = -7      // 1/128 s ≈ 8 ms
    public static let maxExponent = 21      // 2^21 s ≈ 24 days

    public private(set) var zeros: Int = 0
    public private(set) var underflow: Int = 0
    public private(set) var overflow: Int = 0
    private var bins: [Int32]
    public private(set) var count: Int = 0

    public init() {
        bins = Array(repeating: 0, count: (Self.maxExponent - Self.minExponent) * Self.subBuckets)
    }

    public mutating func add(_ value: Double) {
        count += 1
        if value <= 0 { zeros += 1; return }
        let e = Int(floor(log2(value)))
        if e < Self.minExponent { underflow += 1; return }
        if e >= Self.maxExponent { overflow += 1; return }
        let base = exp2(Double(e))
        let sub = min(Self.subBuckets - 1, Int((value / base - 1) * Double(Self.subBuckets)))
        bins[(e - Self.minExponent) * Self.subBuckets + sub] += 1
    }

    /// Adds every observation of `other`.
    public mutating func merge(_ other: WaitHistogram) {
        zeros += other.zeros; underflow += other.underflow; overflow += other.overflow
        count += other.count
        for i in bins.indices { bins[i] += other.bins[i] }
    }

    /// The p-quantile (0 < p ≤ 1) as the midpoint of the bin holding it; NaN when empty.
    /// Underflow values are reported as 0, overflow values as 2^maxExponent.
    public func quantile(_ p: Double) -> Double {
        guard count > 0 else { return .nan }
        let rank = max(1, Int((p * Double(count)).rounded(.up)))
        var seen = zeros + underflow
        if seen >= rank { return 0 }
        for (i, n) in bins.enumerated() where n > 0 {
            seen += Int(n)
            if seen >= rank {
                let e = i / Self.subBuckets + Self.minExponent, sub = i % Self.subBuckets
                let base = exp2(Double(e))
                return base * (1 + (Double(sub) + 0.5) / Double(Self.subBuckets))
            }
        }
        return exp2(Double(Self.maxExponent))
    }
}
