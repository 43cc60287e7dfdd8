/// One shard of an experiment's variants (`--shard i/n`): a deterministic slice that a
/// separate process, node or pod runs into a database of its own (docs/scale-out.md).
///
/// Shards are numbered from 1, as Slurm array ids and people count. Variant `p` (from 0)
/// belongs to shard `p mod n + 1`, so neighbouring points, which cost about the same,
/// spread over every shard and the slices stay balanced. With more shards than points,
/// shard i runs point (i − 1) mod points and a contiguous block of its replications.
/// What a shard runs depends only on (i, n), the point and replication counts, never on
/// threads or timing; replication r keeps its streams (seed, r), so common random
/// numbers hold across shards.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1…count.
    public var index: Int
    public var count: Int

    /// More shards than this is a typo: no array or Indexed Job is that wide.
    public static let maxCount = 100_000

    public init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    public var description: String { "\(index)/\(count)" }

    /// Reads `i/n` (1 ≤ i ≤ n), e.g. `3/8`; `indexBase` 0 reads `0/8` … `7/8`, as
    /// Kubernetes' `JOB_COMPLETION_INDEX` counts, and stores them as 1 … 8.
    public static func parse(_ text: String, indexBase: Int = 1) throws(ShardError) -> Shard {
        let example = indexBase == 0 ? "0/4 … 3/4" : "1/4 … 4/4"
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0].trimmingCharacters(in: .whitespaces)),
              let n = Int(parts[1].trimmingCharacters(in: .whitespaces)) else {
            throw ShardError("'\(text)' is not a shard (expected INDEX/COUNT with whole numbers, e.g. \(example))")
        }
        guard n >= 1, n <= maxCount else {
            throw ShardError("'\(text)': the shard count must be between 1 and \(maxCount)")
        }
        let last = n - 1 + indexBase
        guard i >= indexBase, i <= last else {
            let base = indexBase == 0 ? " (with --shard-index-base 0)" : ""
            throw ShardError("'\(text)': the index must be between \(indexBase) and \(last)\(base), e.g. \(example)")
        }
        return Shard(index: i - indexBase + 1, count: n)
    }

    /// The variant indices of `total` that this shard runs, ascending. With more shards
    /// than variants, shard i runs variant (i − 1) mod total, sharing it with the other
    /// shards of that residue (see `replications(_:points:)`).
    public func variants(of total: Int) -> [Int] {
        guard count > total else { return Array(stride(from: index - 1, to: total, by: count)) }
        return total == 0 ? [] : [(index - 1) % total]
    }

    /// The variants of `all` this shard runs, in order.
    public func pick<T>(_ all: [T]) -> [T] { variants(of: all.count).map { all[$0] } }

    /// Whether shards share points, each running a block of one point's replications.
    public func splitsReplications(points: Int) -> Bool { count > points }

    /// The replications (of `replications`) this shard runs of its points: all of them,
    /// unless shards share points; then the j-th shard of a point takes the j-th of its
    /// `parts` contiguous blocks, so the blocks in shard order are the replications in order.
    public func replications(_ replications: Int, points: Int) -> Range<Int> {
        guard splitsReplications(points: points) else { return 0..<replications }
        let p = (index - 1) % points, j = (index - 1) / points
        let m = Self.parts(ofVariant: p, count: count, points: points).count
        return (j * replications / m) ..< ((j + 1) * replications / m)
    }

    /// The shards (1…count) that share variant `p` when there are more shards than
    /// `points`, in replication order.
    public static func parts(ofVariant p: Int, count n: Int, points: Int) -> [Int] {
        Array(stride(from: p + 1, through: n, by: points))
    }

    /// The fewest replications a split needs: every shard of the most shared point must
    /// get at least one.
    public static func minimumReplications(count n: Int, points: Int) -> Int {
        points == 0 || n <= points ? 1 : (n + points - 1) / points
    }

    /// Where variant `p` of a merged experiment comes from when shards run whole points:
    /// (shard index 1…n, position in that shard's runs).
    public static func source(ofVariant p: Int, count n: Int) -> (shard: Int, position: Int) {
        (p % n + 1, p / n)
    }
}

/// A `--shard` value that names no slice: the message says what was expected.
public struct ShardError: Error, Sendable, Equatable, CustomStringConvertible {
    public var problem: String

    public init(_ problem: String) { self.problem = problem }

    public var description: String { problem }
}
