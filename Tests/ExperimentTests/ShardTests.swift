import Experiments
import Testing

/// `--shard i/n`: what is accepted, and which points each shard runs.
@Suite struct ShardTests {
    @Test func parsesOneBasedAndZeroBasedIndices() throws {
        #expect(try Shard.parse("3/8") == Shard(index: 3, count: 8))
        #expect(try Shard.parse(" 1 / 1 ") == Shard(index: 1, count: 1))
        #expect(try Shard.parse("0/8", indexBase: 0) == Shard(index: 1, count: 8))
        #expect(try Shard.parse("7/8", indexBase: 0) == Shard(index: 8, count: 8))
    }

    @Test func refusesWhatIsNotASlice() {
        for (text, base, problem) in [("3/2", 1, "'3/2': the index must be between 1 and 2, e.g. 1/4 … 4/4"),
                                      ("0/4", 1, "'0/4': the index must be between 1 and 4, e.g. 1/4 … 4/4"),
                                      ("4/4", 0, "'4/4': the index must be between 0 and 3 (with --shard-index-base 0), e.g. 0/4 … 3/4"),
                                      ("a/b", 1, "'a/b' is not a shard (expected INDEX/COUNT with whole numbers, e.g. 1/4 … 4/4)"),
                                      ("2", 1, "'2' is not a shard (expected INDEX/COUNT with whole numbers, e.g. 1/4 … 4/4)"),
                                      ("1/2/3", 1, "'1/2/3' is not a shard (expected INDEX/COUNT with whole numbers, e.g. 1/4 … 4/4)"),
                                      ("1/0", 1, "'1/0': the shard count must be between 1 and 100000"),
                                      ("-1/4", 1, "'-1/4': the index must be between 1 and 4, e.g. 1/4 … 4/4")] {
            #expect(throws: ShardError(problem)) { try Shard.parse(text, indexBase: base) }
        }
    }

    @Test func shardsPartitionThePointsRoundRobin() {
        #expect(Shard(index: 1, count: 4).variants(of: 10) == [0, 4, 8])
        #expect(Shard(index: 2, count: 4).variants(of: 10) == [1, 5, 9])
        #expect(Shard(index: 4, count: 4).variants(of: 10) == [3, 7])
        #expect(Shard(index: 3, count: 3).pick(["a", "b", "c", "d", "e"]) == ["c"])
        // Every point exactly once, and `source` finds it where `variants` put it.
        for n in 1...7 {
            var seen: [Int] = []
            for i in 1...n {
                let mine = Shard(index: i, count: n).variants(of: 23)
                for (position, p) in mine.enumerated() { #expect(Shard.source(ofVariant: p, count: n) == (i, position)) }
                seen += mine
            }
            #expect(seen.sorted() == Array(0..<23))
        }
    }

    @Test func moreShardsThanPointsShareThemByReplicationBlocks() {
        // 3 points, 8 shards: point 0 on shards 1, 4, 7; point 1 on 2, 5, 8; point 2 on 3, 6.
        #expect(Shard.parts(ofVariant: 0, count: 8, points: 3) == [1, 4, 7])
        #expect(Shard.parts(ofVariant: 2, count: 8, points: 3) == [3, 6])
        #expect(Shard(index: 5, count: 8).variants(of: 3) == [1])
        #expect(Shard(index: 5, count: 8).splitsReplications(points: 3) && !Shard(index: 3, count: 3).splitsReplications(points: 3))
        #expect([1, 4, 7].map { Shard(index: $0, count: 8).replications(10, points: 3) } == [0..<3, 3..<6, 6..<10])
        #expect([3, 6].map { Shard(index: $0, count: 8).replications(10, points: 3) } == [0..<5, 5..<10])
        #expect(Shard(index: 2, count: 3).replications(10, points: 3) == 0..<10)
        #expect(Shard.minimumReplications(count: 8, points: 3) == 3 && Shard.minimumReplications(count: 3, points: 3) == 1)
        // Every (point, replication) exactly once over the shards.
        for (n, points, r) in [(8, 3, 10), (5, 1, 5), (7, 2, 9)] {
            var seen: [[Int]] = Array(repeating: [], count: points)
            for i in 1...n {
                let s = Shard(index: i, count: n)
                for p in s.variants(of: points) { seen[p] += Array(s.replications(r, points: points)) }
            }
            #expect(seen.allSatisfy { $0.sorted() == Array(0..<r) }, "\(n) shards, \(points) points")
        }
    }
}
