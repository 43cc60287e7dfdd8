import ChannelModel
import Experiments
import Foundation
import Statistics

/// What `check` prints and writes: a table for people, JUnit XML for CI servers, markdown
/// for a pull-request comment. All three say the same things.
struct CheckReport {
    var outcomes: [CheckOutcome]
    var seconds: Double

    /// Scenarios that fail the check (nil when accepting).
    var failedCount: Int? {
        outcomes.contains { $0.verdict == .accepted } ? nil : outcomes.filter { $0.verdict.fails }.count
    }

    func count(_ o: CheckOutcome, _ status: FigureStatus) -> Int { o.check?.figures.filter { $0.status == status }.count ?? 0 }

    func targetsCell(_ o: CheckOutcome) -> String {
        let t = o.targets
        guard !t.isEmpty else { return "-" }
        return [TargetOutcome.met, .missed, .undecided, .undefined].compactMap { k in
            let n = t.filter { $0.verdict.outcome == k }.count
            return n > 0 ? "\(n) \(k.rawValue)" : nil
        }.joined(separator: ", ")
    }

    func table() -> String {
        let failed = failedCount
        var out = "check: \(outcomes.count) scenario\(outcomes.count == 1 ? "" : "s") in \(String(format: "%.1f", seconds)) s"
            + (failed == nil ? ", baselines accepted\n" : "\n")
        var t = TextTable(columns: ["scenario", "verdict", "figures", "identical", "changed", "regressed", "targets", "time"],
                          rightAligned: [false, false, true, true, true, true, false, true])
        for o in outcomes {
            t.add([o.item.label, o.verdict.rawValue, String(o.check?.figures.count ?? 0), String(count(o, .identical)),
                   String(count(o, .changed)), String(count(o, .regressed)), targetsCell(o), String(format: "%.1fs", o.seconds)])
        }
        out += t.render()
        for o in outcomes where o.verdict != .accepted {
            let lines = details(o)
            guard !lines.isEmpty else { continue }
            out += "\n\(o.item.label):\n" + lines.map { "  " + $0 + "\n" }.joined()
        }
        // Last, alone on its line, in the form CI log readers count.
        if let failed { out += "\ncheck: \(outcomes.count - failed) passed, \(failed) failed\n" }
        return out
    }

    /// One line per reason, regression, missed target and change (changes capped at 10).
    func details(_ o: CheckOutcome) -> [String] {
        var lines: [String] = []
        if o.verdict == .stale || o.verdict == .missing { lines += o.reasons.map { "\(o.verdict.rawValue): \($0)" } }
        lines += o.check?.regressions.map { "regressed: " + describe($0, level: o.result.design.confidence) } ?? []
        let missed = o.item.set.base.check.failOnMissedTargets ? "missed" : "missed (reported only: missed_targets: report)"
        lines += o.targets.filter { $0.verdict.outcome == .missed }.map { "\(missed): \($0.variant) target \($0.verdict.target.text): " + interval($0.verdict) }
        let changes = o.check?.figures.filter { $0.status == .changed } ?? []
        lines += changes.prefix(10).map { "changed: " + describe($0, level: o.result.design.confidence) }
        if changes.count > 10 { lines.append("… and \(changes.count - 10) more changed figures") }
        return lines
    }

    func describe(_ f: FigureCheck, level: Double) -> String {
        let unit = f.key.info.unit
        var s = "\(f.variant) \(f.key) \(FigureFormat.value(f.baseline?.mean, unit)) → \(FigureFormat.value(f.current?.mean, unit))"
        if let d = f.difference {
            s += " (\(FigureFormat.difference(d.mean, unit))"
            if d.halfWidth != nil { s += ", \(FigureFormat.level(level)) CI \(FigureFormat.difference(d.low, unit)) to \(FigureFormat.difference(d.high, unit))" }
            if let p = f.adjustedP { s += String(format: ", adjusted p %.2g", p) }
            s += ")"
        }
        if let t = f.tolerance { s += " beyond tolerance \(t.text)" }
        if let t = f.target { s += " against target \(t.text)" }
        return s
    }

    func interval(_ v: TargetVerdict) -> String {
        let c = FigureFormat.cells(v.interval, v.target.key.info.unit)
        return "\(c[0]) \(c[2])"
    }

    func markdown() -> String {
        let failed = failedCount ?? 0
        var out = "## channelsim check: " + (failed == 0 ? "all \(outcomes.count) scenarios passed" : "\(failed) of \(outcomes.count) scenarios failed") + "\n\n"
        out += "| scenario | verdict | figures | changed | regressed | targets |\n|---|---|---:|---:|---:|---|\n"
        for o in outcomes {
            out += "| `\(o.item.label)` | \(o.verdict.fails ? "**\(o.verdict.rawValue)**" : o.verdict.rawValue) | \(o.check?.figures.count ?? 0) "
                + "| \(count(o, .changed)) | \(count(o, .regressed)) | \(targetsCell(o)) |\n"
        }
        let detailed = outcomes.filter { !details($0).isEmpty && $0.verdict != .accepted }
        if !detailed.isEmpty {
            out += "\n### Details\n"
            for o in detailed {
                out += "\n**`\(o.item.label)`**\n\n" + details(o).map { "- " + $0.replacingOccurrences(of: "|", with: "\\|") + "\n" }.joined()
            }
        }
        return out
    }
}
