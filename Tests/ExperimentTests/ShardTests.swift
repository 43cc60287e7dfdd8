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
}
