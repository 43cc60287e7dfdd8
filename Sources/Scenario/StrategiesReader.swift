import Yams

/// Reads `strategies:`, a map from strategy name to overrides of the base scenario, into
/// one YAML tree per strategy for the normal readers to read.
enum StrategiesReader {
    static let expected = "expected strategies: { NAME: { field.path: VALUE, ... } }"
    static let overridesExpected = "expected a map of overrides, e.g. { teams.web.concurrency: 2 }"

    /// The strategies of the file whose root is `root`, in file order (none without the key).
    static func trees(_ root: YAMLValue) throws(ScenarioError) -> [StrategyTree] {
        var m = try root.map()
        guard let section = m.optional("strategies") else { return [] }
        guard case .mapping(let strategies) = section.node else {
            throw section.error("is \(section.kindName)", expected: expected)
        }
        guard !strategies.isEmpty else {
            throw section.error("has no strategies", expected: "expected at least one, e.g. concurrency-2: { teams.web.concurrency: 2 }, or leave strategies out")
        }
        var names = Set<String>(), trees: [StrategyTree] = []
        for (keyNode, body) in strategies {
            let name = keyNode.string ?? ""
            let key = section.child(name, keyNode)
            guard case .scalar = keyNode, !name.isEmpty else {
                throw key.error("is not a strategy name", expected: "expected a name such as concurrency-2")
            }
            // Results and comparisons call the scenario without overrides `base`.
            guard name != ScenarioSet.baseName else {
                throw key.error("the name 'base' is reserved for the scenario without overrides", expected: "expected another name")
            }
            // YAML rejects a repeated key; this catches names equal only as text (`1` and "1").
            guard names.insert(name).inserted else { throw key.error("is defined twice", expected: "expected each strategy name once") }
            let value = section.child(name, body)
            guard case .mapping(let overrides) = body else {
                // `NAME:` alone is null, with no place of its own: point at the name.
                if isNull(body) { throw key.error("has no overrides", expected: overridesExpected) }
                throw value.error("is \(value.kindName)", expected: overridesExpected)
            }
            guard !overrides.isEmpty else { throw value.error("has no overrides", expected: overridesExpected) }
            var applier = OverrideApplier(base: root.node, strategy: value)
            try applier.apply(overrides, at: [])
            trees.append(StrategyTree(name: name, root: applier.root, positions: SourcePosition.all(in: body),
                                      parameters: overrides.map { ($0.key.string ?? "", flowText($0.value)) }))
        }
        return trees
    }

    /// A node as one line of YAML flow text (`2`, `{ chat: 0.0, form: 0.6 }`), for records.
    static func flowText(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return s.string
        case .sequence(let seq): return "[" + seq.map(flowText).joined(separator: ", ") + "]"
        case .mapping(let map): return "{ " + map.map { "\($0.key.string ?? ""): \(flowText($0.value))" }.joined(separator: ", ") + " }"
        case .alias: return "*alias"
        }
    }

    /// An empty value, `~` or an unquoted `null`: "nothing here", as everywhere in the format.
    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let s) = node, s.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }
}

/// One strategy: its name, and the base's YAML tree with its overrides applied.
struct StrategyTree {
    let name: String
    let root: Node
    /// Where the strategy's own nodes are in the file.
    let positions: Set<SourcePosition>
    /// Its overrides as (field path, value) text, in file order.
    let parameters: [(String, String)]

    /// An error from reading `root`, as the user should see it. An error at an override
    /// is already located in the strategy. One at a node of the base (an override made a
    /// valid base field wrong, e.g. `speeds` no longer matching `concurrency`) names the
    /// strategy, since the base alone is valid.
    func attribute(_ error: ScenarioError) -> ScenarioError {
        guard !positions.contains(SourcePosition(line: error.line, column: error.column)) else { return error }
        var e = error
        e.problem += " in strategy '\(name)'"
        return e
    }
}

/// A line and column of the file, as Yams marks them (1-based).
struct SourcePosition: Hashable {
    let line: Int
    let column: Int

    /// The positions of `node` and of every key and value inside it.
    static func all(in node: Node) -> Set<SourcePosition> {
        var out = Set<SourcePosition>()
        func visit(_ n: Node) {
            if let m = n.mark { out.insert(SourcePosition(line: m.line, column: m.column)) }
            switch n {
            case .mapping(let map): for (k, v) in map { visit(k); visit(v) }
            case .sequence(let seq): seq.forEach(visit)
            case .scalar, .alias: break
            }
        }
        visit(node)
        return out
    }
}
