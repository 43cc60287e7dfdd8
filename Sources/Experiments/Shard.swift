/// One shard of an experiment's variants (`--shard i/n`): a deterministic slice that a
/// separate process, node or pod runs into a database of its own (docs/scale-out.md).
///
/// Shards are numbered from 1, as Slurm array ids and people count. Variant `p` (from 0)
/// belongs to shard `p mod n + 1`, so neighbouring points, which cost about the same,
/// spread over every shard and the slices stay balanced; which variants a shard runs
/// depends only on (i, n) and the variant count, never on threads or timing. Each point
/// keeps its replications' streams (seed, r), so common random numbers hold across shards.
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

    /// The variant indices of `total` that this shard runs, ascending.
    public func variants(of total: Int) -> [Int] {
        Array(stride(from: index - 1, to: total, by: count))
    }

    /// The variants of `all` this shard runs, in order.
    public func pick<T>(_ all: [T]) -> [T] { variants(of: all.count).map { all[$0] } }

    /// Where variant `p` of a merged experiment comes from: (shard index 1…n, position in
    /// that shard's runs).
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
