import ChannelModel
import Foundation
import Yams

/// A staffing plan written back as a scenario `run` accepts: the original file's YAML with
/// the planned teams' `headcount` (or `shifts`) replaced, the targets the plan was made for
/// added to `targets:`, and relative profile paths re-based to where the new file goes.
/// Comments of the original are not kept (YAML trees do not hold them); a header says
/// where the file came from.
public struct PlanWriter {
    /// Head-counts per interval of the whole horizon, by team name.
    public var headcounts: [String: [Int]] = [:]
    /// Whole shifts (with their agents), by team name; these replace a team's head-count.
    public var shifts: [String: [ShiftPattern]] = [:]
    /// Targets (as written) the plan was made for, added where the file lacks them.
    public var targets: [String] = []
    /// Comment lines put at the top.
    public var header: [String] = []

    public init() {}

    /// The new file's text from the scenario at `source`, to be written at `destination`.
    public func text(source: String, destination: String, horizon: Horizon) throws(ScenarioError) -> String {
        let (text, _) = try ScenarioLoader.readFile(path: source)
        let root = try ScenarioLoader.compose(text, file: source)
        guard case .mapping(var top) = root.node, case .mapping(var teams)? = top["teams"] else {
            throw root.error("has no teams map", expected: "expected teams: { NAME: { skills, headcount } }")
        }
        for (name, counts) in headcounts {
            guard case .mapping(var team)? = teams[name] else { continue }
            team["shifts"] = nil
            team["headcount"] = Set(counts).count == 1 ? Node(String(counts[0])) : Self.flowList(counts.map { Node(String($0)) })
            teams[name] = .mapping(team)
        }
        for (name, patterns) in shifts {
            guard case .mapping(var team)? = teams[name] else { continue }
            team["headcount"] = nil
            team["shifts"] = .sequence(Node.Sequence(patterns.map { Self.shift($0, horizon: horizon) }))
            teams[name] = .mapping(team)
        }
        top["teams"] = .mapping(teams)
        var written: [Node] = []
        if case .sequence(let list)? = top["targets"] { written = Array(list) }
        let present = Set(written.compactMap(\.string).map { $0.replacingOccurrences(of: " ", with: "") })
        var seen = present
        for t in targets where seen.insert(t.replacingOccurrences(of: " ", with: "")).inserted {
            written.append(Node(t, .implicit, .doubleQuoted))
        }
        if !written.isEmpty { top["targets"] = .sequence(Node.Sequence(written)) }
        var node = Node.mapping(top)
        let from = ((source as NSString).deletingLastPathComponent as NSString).standardizingPath
        let to = ((destination as NSString).deletingLastPathComponent as NSString).standardizingPath
        Self.rebaseProfiles(&node, from: from.isEmpty ? "." : from, to: to.isEmpty ? "." : to)
        let yaml: String
        do { yaml = try Yams.serialize(node: node, width: 120) } catch {
            throw ScenarioError(file: destination, line: 1, column: 1, field: "(file)", problem: "cannot be written as YAML: \(error)")
        }
        return header.map { "# " + $0 }.joined(separator: "\n") + (header.isEmpty ? "" : "\n") + yaml
    }

    static func flowList(_ items: [Node]) -> Node {
        .sequence(Node.Sequence(items, .implicit, .flow))
    }

    static func shift(_ p: ShiftPattern, horizon: Horizon) -> Node {
        let (start, end) = p.clock(in: horizon)
        var pairs: [(Node, Node)] = [(Node("start"), Node(start, .implicit, .doubleQuoted)),
                                     (Node("end"), Node(end, .implicit, .doubleQuoted)),
                                     (Node("agents"), Node(String(p.agents)))]
        if p.daysGiven { pairs.append((Node("days"), flowList(p.days.map { Node(String($0)) }))) }
        return .mapping(Node.Mapping(pairs, .implicit, .flow))
    }

    /// Every relative `profile:` path, which the loader resolves against the scenario's
    /// folder, made relative to the new file's folder instead.
    static func rebaseProfiles(_ node: inout Node, from: String, to: String) {
        switch node {
        case .mapping(var map):
            for k in Array(map.keys) {
                guard var child = map[k] else { continue }
                if k.string == "profile", case .scalar(let s) = child, !s.string.hasPrefix("/") {
                    map[k] = Node(relative(from + "/" + s.string, to: to), .implicit, s.style)
                } else {
                    rebaseProfiles(&child, from: from, to: to)
                    map[k] = child
                }
            }
            node = .mapping(map)
        case .sequence(var list):
            for i in list.indices { rebaseProfiles(&list[i], from: from, to: to) }
            node = .sequence(list)
        default:
            return
        }
    }

    /// `path` relative to the folder `base` (both made absolute first).
    static func relative(_ path: String, to base: String) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        func parts(_ p: String) -> [String] {
            let absolute = p.hasPrefix("/") ? p : cwd + "/" + p
            return (absolute as NSString).standardizingPath.split(separator: "/").map(String.init)
        }
        let a = parts(path), b = parts(base)
        var common = 0
        while common < min(a.count, b.count) && a[common] == b[common] { common += 1 }
        let up = Array(repeating: "..", count: b.count - common)
        return (up + a[common...]).joined(separator: "/")
    }
}
