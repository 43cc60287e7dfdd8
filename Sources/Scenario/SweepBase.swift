import ChannelModel
import Foundation
import Yams

/// Why a sweep cannot vary a field: no such path, not a number, or a setting of the
/// whole experiment.
public struct SweepFieldError: Error, Sendable, Equatable {
    public var problem: String
    public var expected: String
}

/// A scenario file ready to be swept: its base (validated, strategies set aside) and its
/// YAML tree. A sweep point is the tree with the point's values set by dotted path, read
/// and checked like a file of its own, exactly as a strategy is.
public struct SweepBase {
    /// The file's scenario, as `run` would simulate it.
    public let base: Scenario
    let root: Node
    let file: String
    let baseDirectory: String
    let textHash: String

    /// Loads and validates the scenario at `path` (its strategies too, as every command does).
    public static func load(path: String) throws(ScenarioError) -> SweepBase {
        let set = try ScenarioLoader.loadSet(path: path)
        let (text, _) = try ScenarioLoader.readFile(path: path)
        let root = try ScenarioLoader.compose(text, file: path)
        return SweepBase(base: set.base, root: root.node, file: path,
                         baseDirectory: (path as NSString).deletingLastPathComponent, textHash: SHA256.hex(Array(text.utf8)))
    }

    /// Checks that `path` can be swept: it names a number in the base (`8`, `0.4`, `60s`,
    /// `75/h`), or a field the base leaves out (the reader then accepts it or not).
    public func checkField(_ path: String) throws(SweepFieldError) {
        let segments = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !segments.contains("") else {
            throw SweepFieldError(problem: "'\(path)' is not a field path", expected: "expected field names joined by dots, e.g. teams.web.headcount")
        }
        if OverrideApplier.experimentSettings.contains(segments[0]) {
            throw SweepFieldError(problem: "\(segments[0]) cannot be varied", expected: "it applies to every point; use --seed, --replications, --confidence, --warmup or --target")
        }
        let node: Node?
        do throws(FieldPathProblem) {
            node = try FieldPath.resolve(segments, in: root, hidden: OverrideApplier.experimentSettings)
        } catch {
            throw SweepFieldError(problem: error.problem, expected: error.expected)
        }
        let value = YAMLValue(node: node ?? .scalar(.init("")), path: path, file: file)
        switch node {
        case nil:
            // A field the base leaves out may be a typo of one it has.
            let parent = try? FieldPath.resolve(Array(segments.dropLast()), in: root)
            if case .mapping(let map)? = parent,
               let near = Suggest.closest(to: segments[segments.count - 1], in: map.compactMap { $0.key.string }) {
                let above = segments.dropLast().joined(separator: ".")
                throw SweepFieldError(problem: "no such field in the base scenario", expected: "did you mean '\(above).\(near)'?")
            }
        case .mapping(let map)?:
            let inner = map.first?.key.string.map { "\(path).\($0)" } ?? "\(path).FIELD"
            throw SweepFieldError(problem: "\(path) is a map, not a number", expected: "vary a number inside it, e.g. \(inner)")
        case .sequence?:
            throw SweepFieldError(problem: "\(path) is a list, not a number", expected: "vary one item by its position, e.g. \(path).0")
        case .scalar(let s)?:
            let t = s.string.trimmingCharacters(in: .whitespaces)
            guard Double(t) != nil || Units.parseDuration(t) != nil || Units.parseRate(t) != nil else {
                throw SweepFieldError(problem: "\(path) is \(value.kindName), not a number", expected: "expected a numeric field, e.g. teams.web.headcount")
            }
        case .alias?:
            throw SweepFieldError(problem: "\(path) is an alias", expected: "expected a numeric field")
        }
    }

    /// The scenario of one sweep point: the base with `settings` (path, value text) set and
    /// `adjustments` applied, read and checked like a file; its experiment settings are the
    /// base's. Errors point at the varied field's line in the file.
    public func point(_ settings: [(path: String, value: String)], adjustments: ModelAdjustments) throws(ScenarioError) -> Scenario {
        var tree = root
        for (path, value) in settings {
            let segments = path.split(separator: ".").map(String.init)
            let old = try? FieldPath.resolve(segments, in: tree)
            let parent = try? FieldPath.resolve(Array(segments.dropLast()), in: tree)
            let mark = old?.mark ?? parent?.mark
            let node = Node.scalar(Node.Scalar(value, .implicit, .plain, mark))
            FieldPath.set(node, at: segments[...], in: &tree,
                          newKey: .scalar(Node.Scalar(segments[segments.count - 1], .implicit, .plain, mark)))
        }
        var scenario = try ScenarioLoader.read(YAMLValue(node: tree, path: "(root)", file: file), file: file, hash: textHash,
                                               baseDirectory: baseDirectory, adjustments: adjustments)
        scenario.shareExperiment(of: base)
        scenario.meaningHash = base.meaningHash
        return scenario
    }

    /// The base's team names, for `teams.NAME.headcount.add`.
    public var teamNames: [String] { base.model.teams.map(\.name) }
}
