import ChannelModel
import Yams

/// Reads `targets:`, a list of target expressions (`- chat.sl(60s) >= 0.8`), and turns each
/// channel's `sl_target` into the target it stands for.
enum TargetReader {
    static let expected = "expected a list such as [\"chat.sl(60s) >= 0.8\", \"phone.asa <= 30s\"]"

    /// The parsed targets with the node each came from (thresholds are checked later,
    /// once `sl(T)` has set the channels' thresholds that the file leaves to it).
    static func parse(_ v: YAMLValue) throws(ScenarioError) -> [(Target, YAMLValue)] {
        guard v.isList else { throw v.error("is \(v.kindName)", expected: expected) }
        var out: [(Target, YAMLValue)] = []
        for item in try v.list() {
            let text = try item.string()
            do throws(TargetError) {
                out.append((try Target.parse(text), item))
            } catch {
                throw located(error, at: item)
            }
        }
        guard out.count <= 200 else { throw v.error("has \(out.count) targets", expected: "expected at most 200") }
        return out
    }

    /// A target error placed at the character it names inside the item.
    static func located(_ e: TargetError, at item: YAMLValue) -> ScenarioError {
        var quoted = false
        if case .scalar(let s) = item.node { quoted = s.style == .singleQuoted || s.style == .doubleQuoted }
        return ScenarioError(file: item.file, line: item.line, column: item.column + e.offset + (quoted ? 1 : 0),
                             field: item.path, problem: e.problem, expected: e.expected)
    }

    /// Gives each channel whose file leaves `sl_time` out the threshold its `sl(T)` targets
    /// name, so `chat.sl(60s) >= 0.8` alone measures within 60 s.
    static func applyThresholds(_ targets: [(Target, YAMLValue)], to channels: inout [ChannelSpec], explicit: Set<String>) {
        var set = explicit
        for (t, _) in targets {
            guard let threshold = t.threshold else { continue }
            let name = String(t.scope.split(separator: "/", omittingEmptySubsequences: false)[0])
            guard let c = channels.firstIndex(where: { $0.name == name }), !set.contains(name) else { continue }
            channels[c].slTime = threshold
            set.insert(name)
        }
    }

    /// Checks every target against the model, then adds the `sl_target` ones.
    static func finish(_ targets: [(Target, YAMLValue)], slTargets: [String: (Double, YAMLValue)],
                       model: ModelSpec) throws(ScenarioError) -> [Target] {
        var out: [Target] = []
        for (t, item) in targets {
            do throws(TargetError) {
                try t.check(against: model)
            } catch {
                throw located(error, at: item)
            }
            out.append(t)
        }
        // `sl_target: 0.8` is `CHANNEL.sl(sl_time) >= 0.8`.
        for ch in model.channels {
            guard let (bound, _) = slTargets[ch.name] else { continue }
            let t = Target(scope: ch.name, metric: Metric.slOffered.rawValue, threshold: ch.slTime, comparison: .atLeast,
                           bound: bound, text: "\(ch.name).sl(\(Units.formatDurationCompact(ch.slTime))) >= \(formatBound(bound))")
            if !out.contains(where: { $0.key == t.key && $0.comparison == t.comparison && $0.bound == t.bound }) { out.append(t) }
        }
        return out
    }

    static func formatBound(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : "\(x)"
    }
}
