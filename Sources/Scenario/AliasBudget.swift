// libyaml, as Yams builds it. Yams resolves every alias into a copy of the node it names
// while composing, and hashes mapping keys as it goes, so a "billion laughs" file (anchors
// of lists of aliases of anchors, nested ten deep) would be expanded and walked before the
// loader ever saw it. Counting on libyaml's event stream costs one pass over the text.
import CYaml

/// Rejects a document whose size, once its aliases are expanded, is beyond
/// `Limits.maxExpandedNodes`, before Yams composes (and so expands) it.
enum AliasBudget {
    /// Throws at the alias that takes the expanded size past the limit. Text that is not
    /// valid YAML passes: composing it reports the problem in the usual way.
    static func check(_ text: String, file: String, limit: Int = Limits.maxExpandedNodes) throws(ScenarioError) {
        var bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return }
        let crossing = bytes.withUnsafeMutableBufferPointer { buffer in
            firstAliasBeyond(limit, in: UnsafeBufferPointer(buffer))
        }
        guard let (line, column) = crossing else { return }
        let limitText = grouped(limit)
        throw ScenarioError(file: file, line: line, column: column, field: "(yaml)",
                            problem: "the file has more than \(limitText) values once its aliases are expanded",
                            expected: "expected at most \(limitText), counting each alias as a copy of what it names")
    }

    /// The position (1-based) of the alias that takes the expanded node count past `limit`.
    private static func firstAliasBeyond(_ limit: Int, in buffer: UnsafeBufferPointer<UInt8>) -> (Int, Int)? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)

        // Expanded size of each anchored node; the count when each open collection started.
        var sizes: [String: Int] = [:]
        var open: [(anchor: String?, start: Int)] = []
        var total = 0
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return nil
            case YAML_SCALAR_EVENT:
                total += 1
                if let a = name(event.data.scalar.anchor) { sizes[a] = 1 }
            case YAML_SEQUENCE_START_EVENT:
                open.append((name(event.data.sequence_start.anchor), total))
                total += 1
            case YAML_MAPPING_START_EVENT:
                open.append((name(event.data.mapping_start.anchor), total))
                total += 1
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                // Every node inside counted towards `total`, so the difference is its size.
                if let (anchor, start) = open.popLast(), let anchor { sizes[anchor] = total - start }
            case YAML_ALIAS_EVENT:
                // An undefined alias counts nothing here; composing reports it.
                total += name(event.data.alias.anchor).flatMap { sizes[$0] } ?? 0
            default:
                break
            }
            // Each size is at most `limit` (it was counted within it), so this cannot overflow.
            if total > limit {
                return (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1)
            }
        }
        return nil
    }

    /// `1000000` as `1,000,000`.
    static func grouped(_ n: Int) -> String {
        var digits = String(n.magnitude), out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return (n < 0 ? "-" : "") + digits + out
    }

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: $0) }
    }
}
