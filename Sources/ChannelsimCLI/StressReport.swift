import ChannelModel
import Experiments
import Foundation
import Scenario
import Statistics

/// What `stress` prints: the breaking point with its interval, what fails first and when.
struct StressReport {
    var found: BreakingPoint
    var scenario: Scenario
    var strategy: String

    static func multiplier(_ x: Double) -> String { String(format: "%.2f", x) }

    /// How many replications first missed each target, most first.
    var firstFailing: [(target: Target, count: Int, interval: (label: String, count: Int)?)] {
        let targets = found.search.targets
        return targets.indices.compactMap { k -> (Target, Int, (String, Int)?)? in
            let reps = found.replications.filter { $0.failing.contains(k) }
            guard !reps.isEmpty else { return nil }
            var byInterval: [Int: Int] = [:]
            for r in reps { if let i = r.worstInterval[k] { byInterval[i, default: 0] += 1 } }
            let top = byInterval.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }
            let label = top.map { (scenario.model.horizon.label(ofInterval: $0.key), $0.value) }
            return (targets[k], reps.count, label)
        }.sorted { $0.1 > $1.1 }
    }

    func table() -> String {
        let s = found.search, n = found.replications.count
        let level = FigureFormat.level(s.confidence)
        var out = "\(scenario.name)\(strategy == ScenarioSet.baseName ? "" : " [\(strategy)]"): breaking point of the plan, "
            + "\(n) replication\(n == 1 ? "" : "s"), seed \(s.seed), \(level) confidence intervals\n"
        out += "every arrival rate × m, m searched in [\(Self.multiplier(s.lower)), \(Self.multiplier(s.upper))] to ±\(s.resolution)\n\n"
        if let ci = found.interval {
            let range = ci.halfWidth.map { _ in " (\(level) CI \(Self.multiplier(ci.low!))–\(Self.multiplier(ci.high!)))" } ?? ""
            let values = found.replications.map(\.multiplier)
            out += "the plan meets every target up to m = \(Self.multiplier(ci.mean))\(range); "
                + "per replication \(Self.multiplier(values.min()!)) to \(Self.multiplier(values.max()!))\n"
        }
        let beyond = found.replications.filter(\.beyondUpper).count, below = found.replications.filter(\.belowLower).count
        if beyond > 0 { out += "\(beyond) replication\(beyond == 1 ? "" : "s") still met every target at m = \(Self.multiplier(s.upper)) (counted as \(Self.multiplier(s.upper))): raise --max-multiplier\n" }
        if below > 0 { out += "\(below) replication\(below == 1 ? "" : "s") missed a target even at m = \(Self.multiplier(s.lower))\n" }
        let first = firstFailing
        if !first.isEmpty {
            out += "\nfirst to fail just above the breaking point\n"
            var t = TextTable(columns: ["target", "replications", "worst interval"], rightAligned: [false, true, false])
            for f in first {
                t.add([f.target.text, "\(f.count) of \(n)", f.interval.map { "\($0.label) (\($0.count) of \(f.count))" } ?? "-"])
            }
            out += t.render()
        }
        return out
    }

    func json() -> JSON {
        let ci = found.interval
        return .object([
            ("scenario", .string(scenario.name)), ("strategy", .string(strategy)), ("seed", .string(String(found.search.seed))),
            ("replications", .int(found.replications.count)), ("confidence", .num(found.search.confidence)),
            ("lower", .num(found.search.lower)), ("upper", .num(found.search.upper)), ("resolution", .num(found.search.resolution)),
            ("breaking_point", .object([("mean", .num(ci?.mean)), ("half_width", .num(ci?.halfWidth)), ("low", .num(ci?.low)),
                                        ("high", .num(ci?.high)), ("n", .int(ci?.count ?? 0))])),
            ("per_replication", .array(found.replications.map { .num($0.multiplier) })),
            ("first_failing", .array(firstFailing.map { f in
                .object([("target", .string(f.target.text)), ("replications", .int(f.count)),
                         ("worst_interval", f.interval.map { .string($0.label) } ?? .null)])
            })),
        ])
    }

    func csv() -> String {
        "replication,breaking_point,beyond_upper,below_lower,first_failing\n" + found.replications.enumerated().map { r, rep in
            let failing = rep.failing.map { found.search.targets[$0].text }.joined(separator: "; ")
            return "\(r),\(rep.multiplier),\(rep.beyondUpper),\(rep.belowLower),\(CSVField.quoted(failing))"
        }.joined(separator: "\n") + "\n"
    }
}
