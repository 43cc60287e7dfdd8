import Yams

/// The hash of what a scenario means, for `check`'s baselines: the YAML tree with map keys
/// sorted, without comments, layout or quoting, and without the fields that do not change
/// what is simulated (`name`, `description`, `seed`, `replications`, `confidence`,
/// `check`); then the bytes of every file it reads. An edited comment or re-ordered keys
/// keep the hash; a changed rate changes it.
enum MeaningHash {
    static let ignored: Set<String> = ["name", "description", "seed", "replications", "confidence", "check"]

    static func canonical(_ node: Node, top: Bool = false) -> String {
        switch node {
        case .scalar(let s): return quote(s.string)
        case .sequence(let seq): return "[" + seq.map { canonical($0) }.joined(separator: ",") + "]"
        case .mapping(let map):
            let entries = map.compactMap { pair -> (String, String)? in
                let key = pair.key.string ?? canonical(pair.key)
                if top && ignored.contains(key) { return nil }
                return (key, canonical(pair.value))
            }.sorted { $0.0 < $1.0 }
            return "{" + entries.map { quote($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
        case .alias: return "*"
        }
    }

    /// Quoted so that no scalar can imitate the structure around it.
    static func quote(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func hex(root: Node, inputs: [[UInt8]]) -> String {
        var bytes = Array(canonical(root, top: true).utf8)
        for file in inputs {
            bytes.append(0)
            bytes += file
        }
        return SHA256.hex(bytes)
    }
}
