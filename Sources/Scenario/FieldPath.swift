import Yams

/// Why a dotted field path does not lead anywhere in a scenario's tree.
struct FieldPathProblem: Error {
    var problem: String
    var expected: String
}

/// Dotted paths into a scenario's YAML tree, shared by strategies' overrides and sweeps'
/// `--vary`: map keys by name, list items by position from 0 (`teams.web.headcount.3`).
enum FieldPath {
    /// The node at `path` below `root`, or nil when only its last key is missing from a map
    /// (a new field: the reader accepts it or reports it as unknown). Every other step must
    /// exist; `hidden` names top-level keys a did-you-mean should not offer.
    static func resolve(_ path: [String], in root: Node, hidden: Set<String> = []) throws(FieldPathProblem) -> Node? {
        var node = root
        for depth in path.indices {
            let above = path[..<depth].joined(separator: ".")
            if case .sequence(let items) = node {
                guard let i = Int(path[depth]), items.indices.contains(i) else {
                    throw FieldPathProblem(problem: "no such field in the base scenario",
                                           expected: "\(above) is a list of \(items.count): name an item by its position, 0 to \(items.count - 1)")
                }
                node = items[i]
                continue
            }
            guard case .mapping(let map) = node else {
                let kind = YAMLValue(node: node, path: above, file: "").kindName
                throw FieldPathProblem(problem: "no such field in the base scenario",
                                       expected: "\(above) is \(kind), not a map: override \(above) itself")
            }
            guard let next = map.first(where: { $0.key.string == path[depth] })?.value else {
                if depth == path.count - 1 { return nil }
                let names = map.compactMap { $0.key.string }.filter { depth > 0 || !hidden.contains($0) }
                let full = { (name: String) in above.isEmpty ? name : "\(above).\(name)" }
                let hint = Suggest.closest(to: path[depth], in: names).map { "did you mean '\(full($0))'?" }
                throw FieldPathProblem(problem: "no such field in the base scenario",
                                       expected: hint ?? "expected one of: " + names.map(full).joined(separator: ", "))
            }
            node = next
        }
        return node
    }

    /// Puts `value` at `path` below `node`, adding the last key (as `newKey`) where it is
    /// new; `resolve` has checked that the path leads there.
    static func set(_ value: Node, at path: ArraySlice<String>, in node: inout Node, newKey: Node) {
        guard let first = path.first else { return }
        switch node {
        case .sequence(var items):
            guard let i = Int(first), items.indices.contains(i) else { return }
            if path.count == 1 { items[i] = value } else { set(value, at: path.dropFirst(), in: &items[i], newKey: newKey) }
            node = .sequence(items)
        case .mapping(var map):
            if let i = map.firstIndex(where: { $0.key.string == first }) {
                var child = map[i].value
                if path.count == 1 { child = value } else { set(value, at: path.dropFirst(), in: &child, newKey: newKey) }
                map[i] = (key: map[i].key, value: child)
            } else {
                map[newKey] = value
            }
            node = .mapping(map)
        default:
            return
        }
    }
}
