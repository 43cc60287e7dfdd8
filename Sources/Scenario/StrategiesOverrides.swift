import Yams

/// Applies one strategy's overrides to its own copy of the base scenario's YAML tree.
///
/// A key is a dotted path from the scenario's root (`teams.web.concurrency`); its value
/// replaces the node there, whatever that value is (a scalar, a list or a whole map), so
/// `channels.chat.patience: { exponential: 3m }` swaps the distribution family. A plain
/// key whose value is a map, over a map in the base, is the nested form: its entries are
/// overrides relative to it (`teams: { web: { concurrency: 2 } }`). Values keep their source
/// marks, so a reader's error about an overridden value points into the strategy.
struct OverrideApplier {
    /// Settings of the experiment rather than the model: strategies are compared under the
    /// same seeds and replications, and stored under the scenario's name.
    static let experimentSettings: Set<String> = ["name", "description", "seed", "replications", "confidence", "strategies",
                                                        "targets", "warmup", "check"]

    /// The tree being changed. Yams nodes are values, so this is a deep copy of the base.
    private(set) var root: Node
    /// The strategy's value (`strategies.NAME`), for the paths of errors.
    let strategy: YAMLValue
    /// Paths replaced so far: a field may be set once per strategy, so that the result
    /// does not depend on the order of the overrides.
    private var replaced: [[String]] = []

    init(base: Node, strategy: YAMLValue) {
        self.root = base
        self.strategy = strategy
    }

    /// Applies `overrides`, whose keys are relative to the map at `prefix`.
    mutating func apply(_ overrides: Node.Mapping, at prefix: [String]) throws(ScenarioError) {
        for (keyNode, value) in overrides {
            let written = keyNode.string ?? ""
            let segments = written.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            let path = prefix + segments
            let key = YAMLValue(node: keyNode, path: "\(strategy.path).\(path.joined(separator: "."))", file: strategy.file)
            guard case .scalar = keyNode, !segments.contains("") else {
                throw key.error("'\(written)' is not a field path", expected: "expected field names joined by dots, e.g. teams.web.concurrency")
            }
            if Self.experimentSettings.contains(path[0]) {
                throw key.error("cannot be overridden by a strategy", expected: "it applies to every strategy")
            }
            let target = try resolve(path, key: key)
            if segments.count == 1, case .mapping(let inner) = value, case .mapping? = target {
                // An empty nested map would change nothing, which is never what was meant.
                guard !inner.isEmpty else {
                    throw YAMLValue(node: value, path: key.path, file: key.file)
                        .error("has no overrides", expected: "expected FIELD: VALUE inside, or the dotted path to replace the whole map")
                }
                try apply(inner, at: path)
            } else {
                try replace(path, with: value, key: key)
            }
        }
    }

    /// The node at `path` in the tree, or nil when only its last key is missing (see `FieldPath`).
    private func resolve(_ path: [String], key: YAMLValue) throws(ScenarioError) -> Node? {
        do throws(FieldPathProblem) {
            // At the root, offer only what a strategy may override.
            return try FieldPath.resolve(path, in: root, hidden: Self.experimentSettings)
        } catch {
            throw key.error(error.problem, expected: error.expected)
        }
    }

    private mutating func replace(_ path: [String], with value: Node, key: YAMLValue) throws(ScenarioError) {
        if let earlier = replaced.first(where: { $0.starts(with: path) || path.starts(with: $0) }) {
            throw key.error("conflicts with '\(earlier.joined(separator: "."))' set earlier in this strategy",
                            expected: "expected each field overridden once per strategy")
        }
        replaced.append(path)
        // A new field's key takes the override's position, so "unknown field" points at it.
        let newKey = Node.scalar(Node.Scalar(path[path.count - 1], .implicit, .plain, key.node.mark))
        Self.set(value, at: path[...], in: &root, newKey: newKey)
    }

    private static func set(_ value: Node, at path: ArraySlice<String>, in node: inout Node, newKey: Node) {
        FieldPath.set(value, at: path, in: &node, newKey: newKey)
    }
}
