import Yams

/// Expands YAML merge keys (`<<: *defaults`, `<<: [*a, *b]`), which people use to share
/// team or channel settings, following the merge-key spec (yaml.org/type/merge.html):
/// the merged maps' entries join the map, keys given explicitly win over merged ones,
/// and of a list of maps an earlier one wins over a later one. Yams composes `<<` as an
/// ordinary key, so without this the readers would see a field called `<<`.
///
/// Merged entries keep their positions, so an error in one points where it is written.
enum MergeKeys {
    static let expected = "expected a map to merge, such as <<: *defaults, or a list of maps"

    /// `node` with every merge key below it expanded; `path` and `file` locate errors.
    static func expand(_ node: Node, path: String, file: String) throws(ScenarioError) -> Node {
        switch node {
        case .scalar, .alias:
            return node
        case .sequence(var seq):
            for i in seq.indices { seq[i] = try expand(seq[i], path: "\(path)[\(i)]", file: file) }
            return .sequence(seq)
        case .mapping(let map):
            return .mapping(try expand(map, path: path, file: file))
        }
    }

    private static func expand(_ map: Node.Mapping, path: String, file: String) throws(ScenarioError) -> Node.Mapping {
        let explicit = Set(map.filter { !isMerge($0.key) }.map { $0.key.string ?? "" })
        var placed = Set<String>()
        var pairs: [(Node, Node)] = []
        for (key, value) in map {
            let name = key.string ?? ""
            let here = path == "(root)" ? name : "\(path).\(name)"
            guard isMerge(key) else {
                pairs.append((key, try expand(value, path: here, file: file)))
                placed.insert(name)
                continue
            }
            // Merged entries take the place of the merge key, so the file's order holds.
            for source in try sources(value, path: here, file: file) {
                for (k, v) in try expand(source, path: here, file: file) {
                    let merged = k.string ?? ""
                    guard !explicit.contains(merged), placed.insert(merged).inserted else { continue }
                    pairs.append((k, v))
                }
            }
        }
        return Node.Mapping(pairs, map.tag, map.style, map.mark)
    }

    /// The maps a merge key's value names, in order of precedence.
    private static func sources(_ value: Node, path: String, file: String) throws(ScenarioError) -> [Node.Mapping] {
        let v = YAMLValue(node: value, path: path, file: file)
        switch value {
        case .mapping(let m):
            return [m]
        case .sequence(let seq):
            var maps: [Node.Mapping] = []
            for (i, item) in seq.enumerated() {
                guard case .mapping(let m) = item else {
                    let bad = YAMLValue(node: item, path: "\(path)[\(i)]", file: file)
                    throw bad.error("is \(bad.kindName)", expected: expected)
                }
                maps.append(m)
            }
            return maps
        default:
            throw v.error("is \(v.kindName)", expected: expected)
        }
    }

    /// A plain `<<` key; a quoted one is an ordinary key.
    static func isMerge(_ key: Node) -> Bool {
        guard case .scalar(let s) = key else { return false }
        return s.string == "<<" && s.style == .plain
    }
}
