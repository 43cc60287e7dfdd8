import ArgumentParser
import Foundation
import ResultStore

/// `channelsim merge a.sqlite b.sqlite … -o all.sqlite`: joins the databases of a sharded
/// sweep (`sweep --shard i/n`) into one experiment, equal to the unsharded sweep's
/// (docs/scale-out.md). The output is built beside `-o` and renamed into place, so it is
/// either whole or absent.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join the databases of a sharded sweep (sweep --shard i/n) into one experiment in a new database.")

    @Argument(help: "The shards' result databases, one per shard, in any order.")
    var inputs: [String] = []

    @Option(name: [.customShort("o"), .customLong("output")], parsing: .unconditional, help: "The merged database to write (a new file).")
    var output: String

    @Flag(help: "Replace --output if it exists.")
    var force = false

    @Flag(help: "Print nothing on success.")
    var quiet = false

    func run() throws {
        func fail(_ problem: String) -> CLIFailure { CLIFailure(status: .badInput, description: "merge: \(problem)") }
        guard !inputs.isEmpty else { throw fail("give the shards' databases, e.g. channelsim merge shard-*.sqlite -o all.sqlite") }
        let target = URL(fileURLWithPath: output).standardizedFileURL
        for path in inputs where URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath() == target.resolvingSymlinksInPath() {
            throw fail("-o \(output) is also one of the shards (write the merged sweep to a new file)")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory) {
            guard !isDirectory.boolValue else { throw fail("-o \(output) is a directory (expected a database file to create)") }
            guard force else { throw fail("-o \(output) exists (give --force to replace it)") }
        }
        let directory = target.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw fail("-o \(output): no directory \(directory.path)")
        }
        guard FileManager.default.isWritableFile(atPath: directory.path) else {
            throw fail("-o \(output): the directory \(directory.path) is read-only")
        }
        Self.allowOpenFiles(inputs.count * 3 + 64)
        let shards = try inputs.map(ShardInput.load)
        let plan = try ShardMergePlan.make(shards)
        let id = try write(plan, shards: shards, to: target)
        if !quiet {
            printError("merged \(plan.shards) shard\(plan.shards == 1 ? "" : "s") (\(plan.points) points) into \(output) as experiment \(id)")
        }
    }

    /// Raises the soft limit on open files towards `wanted`, as far as the hard limit
    /// allows: every shard stays open until the merge is written (its file, `-wal` and
    /// `-shm`), and the usual soft limit of 1,024 would stop a merge of ~340 shards.
    static func allowOpenFiles(_ wanted: Int) {
        var limit = rlimit()
        guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < rlim_t(wanted) else { return }
        limit.rlim_cur = min(limit.rlim_max, rlim_t(wanted))
        _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
    }

    /// Builds the merged database in a temporary file beside `target`, then renames it into
    /// place: a failure at any step leaves nothing behind.
    func write(_ plan: ShardMergePlan, shards: [ShardInput], to target: URL) throws -> Int64 {
        let temp = target.deletingLastPathComponent()
            .appendingPathComponent(".\(target.lastPathComponent).merge-\(ProcessInfo.processInfo.processIdentifier)").path
        func removeTemp() { for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: temp + suffix) } }
        removeTemp()
        do {
            let id = try Self.fill(temp, plan: plan, shards: shards)
            if force {
                // A stale -wal beside the old file would be replayed into the new one.
                for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target.path + suffix) }
            }
            guard rename(temp, target.path) == 0 else {
                throw CLIFailure(status: .runtime, description: "merge: cannot rename \(temp) to \(output): \(String(cString: strerror(errno)))")
            }
            return id
        } catch let error as CLIFailure {
            removeTemp()
            throw error
        } catch let error as StoreError {
            removeTemp()
            switch error {
            case .open, .schema, .invalidRecord, .unwritable: throw CLIFailure(status: .badInput, description: "merge: \(error)")
            case .sqlite: throw CLIFailure(status: .runtime, description: "merge: \(output): \(error)")
            }
        } catch {
            removeTemp()
            throw CLIFailure(status: .runtime, description: "merge: \(output): \(error)")
        }
    }

    /// Writes the merged experiment into a new database at `path` and closes it (which
    /// checkpoints its write-ahead log into the file).
    static func fill(_ path: String, plan: ShardMergePlan, shards: [ShardInput]) throws -> Int64 {
        let database = try ResultDatabase(path: path)
        return try database.writeMerged(from: shards.sortedByShard.map(\.database), experiments: shards.sortedByShard.map(\.experiment.id),
                                        runs: plan.runs, header: plan.header)
    }
}

extension [ShardInput] {
    /// Shard 1 first: the order `ShardMergePlan.runs` counts sources in.
    var sortedByShard: [ShardInput] { sorted { $0.shard.index < $1.shard.index } }
}
