import Experiments
import Foundation
import ResultStore

/// What `channelsim merge` will write, once every shard has been checked against the
/// others: the runs in point order and the merged experiment's own columns.
struct ShardMergePlan {
    var runs: [MergedRun]
    var header: MergedHeader
    var points: Int
    var shards: Int

    /// Checks that `inputs` are every shard of one sweep, each exactly once, holding the
    /// points its slice says; any mismatch, gap or overlap is bad input naming the files.
    /// With more shards than points, each point's summaries are rebuilt from its shards'
    /// replications (`ShardRebuild`).
    static func make(_ inputs: [ShardInput]) throws -> ShardMergePlan {
        func fail(_ problem: String) -> CLIFailure { CLIFailure(status: .badInput, description: "merge: \(problem)") }
        guard let first = inputs.first else { throw fail("give the shards' databases, e.g. channelsim merge shard-*.sqlite -o all.sqlite") }
        // Everything that makes two shards parts of the same sweep, in the order a person
        // would check it.
        let same: [(String, (ShardInput) -> String)] = [
            ("scenario", { $0.experiment.scenarioName }),
            ("scenario meaning hash", { $0.meaningHash }),
            ("scenario file hash", { $0.experiment.scenarioHash }),
            ("channelsim version", { $0.experiment.version }),
            ("seed", { String($0.experiment.seed) }),
            ("replications", { String($0.experiment.replications) }),
            ("confidence", { String($0.experiment.confidence) }),
            ("split (shard count)", { String($0.shard.count) }),
            ("grid", { "\($0.grid) " + $0.axes.map { "\($0.path)=\($0.values.joined(separator: ","))" }.joined(separator: " ") }),
            ("settings (targets, warm-up)", { $0.baseSettings }),
        ]
        for input in inputs.dropFirst() {
            for (what, value) in same where value(input) != value(first) {
                let a = value(first), b = value(input)
                let shown = a.count + b.count < 160 ? ": \(a) ≠ \(b)" : ""
                throw fail("\(first.path) and \(input.path) are shards of different sweeps (different \(what)\(shown))")
            }
        }
        let n = first.shard.count
        var byIndex: [Int: ShardInput] = [:]
        for input in inputs {
            if let other = byIndex[input.shard.index] {
                throw fail("\(other.path) and \(input.path) are both shard \(input.shard) (overlapping shards: give each shard once)")
            }
            byIndex[input.shard.index] = input
        }
        let missing = (1...n).filter { byIndex[$0] == nil }
        guard missing.isEmpty else {
            let list = missing.prefix(10).map { "\($0)/\(n)" }.joined(separator: ", ") + (missing.count > 10 ? ", …" : "")
            throw fail("missing shard\(missing.count == 1 ? "" : "s") \(list) of \(n) (give every shard's database)")
        }
        let names = first.pointNames
        guard names.count == first.points else { throw fail("\(first.path): the recorded grid does not have \(first.points) points") }
        var runs: [MergedRun] = []
        runs.reserveCapacity(first.points)
        let order = (1...n).map { byIndex[$0]! }
        for input in order {
            let expected = input.shard.variants(of: input.points).map { names[$0] }
            let held = input.runs.map(\.strategy)
            guard held == expected else {
                throw fail("\(input.path): shard \(input.shard) should hold \(expected.count) point\(expected.count == 1 ? "" : "s") "
                           + "but holds \(held.count) that differ (was it written by another grid or edited?)")
            }
        }
        if first.shard.splitsReplications(points: first.points) {
            // Shards share points: each point is rebuilt from the blocks of its replications.
            for p in 0..<first.points {
                let parts = Shard.parts(ofVariant: p, count: n, points: first.points).map { k in
                    (input: order[k - 1], run: order[k - 1].runs[0], source: k - 1)
                }
                let rebuilt = try ShardRebuild.run(parts, replications: first.experiment.replications,
                                                   confidence: first.experiment.confidence)
                runs.append(MergedRun(source: parts[0].source, runID: parts[0].run.id, rebuilt: rebuilt))
            }
        } else {
            for p in 0..<first.points {
                let (shard, position) = Shard.source(ofVariant: p, count: n)
                runs.append(MergedRun(source: shard - 1, runID: order[shard - 1].runs[position].id))
            }
        }
        // The merged row is shard 1's, whatever order the files were given in.
        let e0 = order[0].experiment, base = order[0].baseSettings
        let walls = order.compactMap(\.experiment.wallSeconds)
        let header = MergedHeader(
            command: unsharded(e0.command), threads: order.map(\.experiment.threads).max() ?? e0.threads,
            startedAt: order.map(\.experiment.startedAt).min() ?? e0.startedAt,
            wallSeconds: walls.count == order.count ? walls.reduce(0, +) : nil, settings: base)
        return ShardMergePlan(runs: runs, header: header, points: first.points, shards: n)
    }

    /// The sweep's command line without its `--shard` options: the command the merged
    /// experiment stands for.
    static func unsharded(_ command: String) -> String {
        var words = command.split(separator: " ", omittingEmptySubsequences: false).map(String.init), out: [String] = []
        while !words.isEmpty {
            let w = words.removeFirst()
            if w == "--shard" || w == "--shard-index-base" {
                if !words.isEmpty { words.removeFirst() }
            } else if !w.hasPrefix("--shard=") && !w.hasPrefix("--shard-index-base=") {
                out.append(w)
            }
        }
        return out.joined(separator: " ")
    }
}
