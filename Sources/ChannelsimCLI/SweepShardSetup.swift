import Experiments
import Foundation

/// `sweep --shard i/n`: keeps one deterministic slice of the points and records what
/// `channelsim merge` needs to check and rebuild the whole sweep (docs/scale-out.md).
enum SweepShardSetup {
    /// The `--shard` value read with the index base (nil without --shard), or the
    /// bad-input message in one line.
    static func parse(_ text: String?, indexBase: Int) throws -> Shard? {
        guard indexBase == 0 || indexBase == 1 else {
            throw CLIFailure(status: .badInput, description: "--shard-index-base must be 0 or 1, got \(indexBase)")
        }
        guard let text else {
            if indexBase == 0 { throw CLIFailure(status: .badInput, description: "--shard-index-base needs --shard") }
            return nil
        }
        do throws(ShardError) {
            return try Shard.parse(text, indexBase: indexBase)
        } catch {
            throw CLIFailure(status: .badInput, description: "--shard \(error.problem)")
        }
    }

    /// Narrows `sweep` to `shard`'s points. With more shards than points, shards share
    /// points and each runs a block of its point's replications: every shard of a point
    /// must get at least one. Refused: precision goals (their replication count is decided
    /// over every point together, which no shard sees).
    static func apply(_ shard: Shard, to sweep: inout PreparedSweep) throws {
        let total = sweep.points.count, replications = sweep.prepared.design.replications
        let needed = Shard.minimumReplications(count: shard.count, points: total)
        guard replications >= needed else {
            throw CLIFailure(status: .badInput, description: "--shard \(shard): \(shard.count) shards over \(total) point\(total == 1 ? "" : "s") "
                             + "split a point's replications over up to \(needed) shards, but it has \(replications) "
                             + "(give --replications \(needed) or more, or use fewer shards)")
        }
        guard sweep.prepared.design.precision.isEmpty else {
            throw CLIFailure(status: .badInput, description: "--shard cannot be combined with --precision: the replication count "
                             + "would be decided by each shard alone (give --replications instead)")
        }
        sweep.prepared.design.shard = shard
        sweep.points = shard.pick(sweep.points)
    }

    /// The `shard` entry of the stored settings: the slice (its replications as [from, to)),
    /// and the whole grid and scenario
    /// meaning, so that merge can refuse mismatched, missing or overlapping shards and
    /// name every point of the merged experiment. Written last, so the merged experiment's
    /// settings are the unsharded sweep's with this entry removed.
    static func settings(_ shard: Shard, sweep: PreparedSweep, total: Int) -> (String, JSON) {
        let axes = JSON.array(sweep.axes.map { a in
            .object([("path", .string(a.path)), ("values", .array(a.values.map { .string($0.text) }))])
        })
        let r = shard.replications(sweep.prepared.design.replications, points: total)
        return ("shard", .object([("index", .int(shard.index)), ("count", .int(shard.count)), ("points", .int(total)),
                                  ("replications", .array([.int(r.lowerBound), .int(r.upperBound)])),
                                  ("meaning_hash", .string(sweep.prepared.base.meaningHash)),
                                  ("grid", .string(sweep.zip ? "zip" : "full")), ("axes", axes)]))
    }
}
