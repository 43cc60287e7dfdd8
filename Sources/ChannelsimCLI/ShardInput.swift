import Experiments
import Foundation
import ResultStore

/// One database given to `channelsim merge`: the shard of a sweep it holds, as `sweep
/// --shard` recorded it in the experiment's settings.
struct ShardInput {
    var path: String
    var database: ResultDatabase
    var experiment: StoredExperiment
    var runs: [StoredRun]
    var shard: Shard
    /// Points of the whole sweep.
    var points: Int
    var meaningHash: String
    /// The grid: "full" or "zip", and each axis's path and value texts.
    var grid: String
    var axes: [(path: String, values: [String])]
    /// The experiment's settings without the shard entry: the unsharded sweep's.
    var baseSettings: String

    /// Opens `path` read-only and finds its sharded sweep; every problem is bad input.
    static func load(_ path: String) throws -> ShardInput {
        func fail(_ problem: String) -> CLIFailure { CLIFailure(status: .badInput, description: "merge: \(path): \(problem)") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw fail("no such file") }
        guard !isDirectory.boolValue else { throw fail("is a directory, not a result database") }
        guard FileManager.default.isReadableFile(atPath: path) else { throw fail("cannot be read (permission denied)") }
        let database: ResultDatabase
        do {
            database = try ResultDatabase(readingOnly: path)
        } catch let StoreError.open(_, message) {
            throw fail(message)
        } catch {
            throw fail("\(error)")
        }
        do {
            let sharded = try database.experiments().filter { $0.kind == "sweep" && shardEntry($0.settings) != nil }
            guard sharded.count == 1, let experiment = sharded.first, let entry = shardEntry(experiment.settings) else {
                throw fail(sharded.isEmpty ? "holds no sharded sweep (write one with channelsim sweep … --shard i/n --db FILE)"
                           : "holds \(sharded.count) sharded sweeps (experiments \(sharded.map { String($0.id) }.joined(separator: ", "))); "
                           + "keep one per file, e.g. channelsim results delete \(sharded[0].id) --db \(path)")
            }
            let runs = try database.runs(experimentID: experiment.id)
            return try ShardInput(path: path, database: database, experiment: experiment, runs: runs, entry: entry, fail: fail)
        } catch let error as CLIFailure {
            throw error
        } catch {
            throw fail("cannot be read: \(error)")
        }
    }

    private init(path: String, database: ResultDatabase, experiment: StoredExperiment, runs: [StoredRun],
                 entry: (object: [String: Any], range: Range<String.Index>), fail: (String) -> CLIFailure) throws {
        let o = entry.object
        guard let index = o["index"] as? Int, let count = o["count"] as? Int, let points = o["points"] as? Int,
              let meaning = o["meaning_hash"] as? String, let grid = o["grid"] as? String,
              let axes = o["axes"] as? [[String: Any]], count >= 1, index >= 1, index <= count, points >= 1 else {
            throw fail("the shard record in experiment \(experiment.id)'s settings is damaged")
        }
        self.path = path
        self.database = database
        self.experiment = experiment
        self.runs = runs
        shard = Shard(index: index, count: count)
        self.points = points
        meaningHash = meaning
        self.grid = grid
        self.axes = try axes.map { a in
            guard let p = a["path"] as? String, let v = a["values"] as? [String] else {
                throw fail("the shard record in experiment \(experiment.id)'s settings is damaged")
            }
            return (p, v)
        }
        var settings = experiment.settings
        settings.replaceSubrange(entry.range, with: "")
        baseSettings = settings
    }

    /// The parsed `shard` entry of a settings object and the text range it occupies
    /// (with its leading comma), or nil when the settings have none.
    static func shardEntry(_ settings: String) -> (object: [String: Any], range: Range<String.Index>)? {
        guard let range = settings.range(of: ",\"shard\":{"),
              let json = try? JSONSerialization.jsonObject(with: Data(settings.utf8)) as? [String: Any],
              let shard = json["shard"] as? [String: Any] else { return nil }
        // The entry is written last, so it runs to the closing brace of the settings.
        guard settings.hasSuffix("}}") else { return nil }
        return (shard, range.lowerBound ..< settings.index(before: settings.endIndex))
    }

    /// The name of every point of the sweep, in order, from the recorded grid.
    var pointNames: [String] {
        let counts = axes.map(\.values.count)
        var names: [String] = []
        names.reserveCapacity(points)
        if grid == "zip" {
            for i in 0..<(counts.first ?? 0) { names.append(SweepGrid.name(axes.map { ($0.path, $0.values[i]) })) }
        } else {
            var prefixes: [[(String, String)]] = [[]]
            for axis in axes { prefixes = prefixes.flatMap { p in axis.values.map { p + [(axis.path, $0)] } } }
            names = prefixes.map(SweepGrid.name)
        }
        return names
    }
}
