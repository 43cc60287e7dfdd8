import Foundation

/// A log-linear histogram of non-negative durations, for streaming quantiles.
///
/// Zero waits (answered at once) are counted apart; positive values fall into one of
/// `subBuckets` equal-width bins per power of two between 2^minExponent and
/// 2^maxExponent seconds, so a reported quantile is within 1/(2·subBuckets) (0.8 %)
/// of the true sample quantile. Memory is bounded (about 7 KiB) whatever the number of
/// visitors, which is what lets long runs stay bounded; and only the octaves between the
/// smallest and the largest value seen are held (none before the first value): the
/// recorder keeps three of these per channel and interval, and a year's soak has tens of
/// thousands of intervals whose values span a few of the 28 octaves (docs/performance.md).
public struct WaitHistogram: Sendable, Equatable {
    public static let subBuckets = 64
    public static let minExponent = -7      // 1/128 s ≈ 8 ms
    public static let maxExponent = 21      // 2^21 s ≈ 24 days

    public private(set) var zeros: Int = 0
    public private(set) var underflow: Int = 0
    public private(set) var overflow: Int = 0
    /// The bins of octaves `first ..< first + bins.count / subBuckets` (octave k holds
    /// [2^(minExponent + k), 2^(minExponent + k + 1))); empty until a value falls in one.
    private var bins: [Int32] = []
    private var first = 0
    public private(set) var count: Int = 0

    public init() {}

    public mutating func add(_ value: Double) {
        count += 1
        if value <= 0 { zeros += 1; return }
        let e = Int(floor(log2(value)))
        if e < Self.minExponent { underflow += 1; return }
        if e >= Self.maxExponent { overflow += 1; return }
        let base = exp2(Double(e))
        let sub = min(Self.subBuckets - 1, Int((value / base - 1) * Double(Self.subBuckets)))
        let octave = e - Self.minExponent
        cover(octave, octave)
        bins[(octave - first) * Self.subBuckets + sub] += 1
    }

    /// Widens `bins` to hold octaves `low...high` (zeros in the new ones).
    private mutating func cover(_ low: Int, _ high: Int) {
        let held = bins.count / Self.subBuckets
        if held == 0 {
            bins = Array(repeating: 0, count: (high - low + 1) * Self.subBuckets)
            first = low
            return
        }
        if low < first {
            bins.insert(contentsOf: repeatElement(0, count: (first - low) * Self.subBuckets), at: 0)
            first = low
        }
        let last = first + bins.count / Self.subBuckets - 1
        if high > last { bins.append(contentsOf: repeatElement(0, count: (high - last) * Self.subBuckets)) }
    }

    /// Adds every observation of `other`.
    public mutating func merge(_ other: WaitHistogram) {
        zeros += other.zeros; underflow += other.underflow; overflow += other.overflow
        count += other.count
        let octaves = other.bins.count / Self.subBuckets
        guard octaves > 0 else { return }
        cover(other.first, other.first + octaves - 1)
        let offset = (other.first - first) * Self.subBuckets
        for i in other.bins.indices { bins[offset + i] += other.bins[i] }
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
                let bin = first * Self.subBuckets + i
                let e = bin / Self.subBuckets + Self.minExponent, sub = bin % Self.subBuckets
                let base = exp2(Double(e))
                return base * (1 + (Double(sub) + 0.5) / Double(Self.subBuckets))
            }
        }
        return exp2(Double(Self.maxExponent))
    }

    /// The same observations, however many empty octaves either side holds.
    public static func == (a: WaitHistogram, b: WaitHistogram) -> Bool {
        guard a.zeros == b.zeros, a.underflow == b.underflow, a.overflow == b.overflow, a.count == b.count else { return false }
        func filled(_ h: WaitHistogram) -> [Int] {
            h.bins.indices.filter { h.bins[$0] != 0 }.flatMap { [h.first * subBuckets + $0, Int(h.bins[$0])] }
        }
        return filled(a) == filled(b)
    }
}
