import ChannelModel
import Experiments
import Foundation

/// `check --junit`: one test suite per scenario; one test case for its baseline, one per
/// target and variant, and one per variant × figure compared. Regressions, missed targets
/// and stale or missing baselines are failures; changes are written to the case's output.
extension CheckReport {
    func junit() -> String {
        var suites = ""
        var total = 0, failures = 0
        for o in outcomes {
            var cases = ""
            var n = 0, f = 0
            func add(_ name: String, failure: String?, output: String? = nil) {
                n += 1
                cases += "    <testcase classname=\"\(Self.xml(o.item.label))\" name=\"\(Self.xml(name))\" time=\"0\""
                guard failure != nil || output != nil else { cases += "/>\n"; return }
                cases += ">\n"
                if let failure {
                    f += 1
                    cases += "      <failure message=\"\(Self.xml(failure))\" type=\"regression\">\(Self.xml(failure))</failure>\n"
                }
                if let output { cases += "      <system-out>\(Self.xml(output))</system-out>\n" }
                cases += "    </testcase>\n"
            }
            add("baseline", failure: o.verdict == .stale || o.verdict == .missing ? o.reasons.joined(separator: "; ") : nil)
            let failsOnMissed = o.item.set.base.check.failOnMissedTargets
            for t in o.targets {
                let fails = t.verdict.outcome == .missed && failsOnMissed
                add("target \(t.verdict.target.text) [\(t.variant)]", failure: fails ? "missed: \(interval(t.verdict))" : nil,
                    output: fails ? nil : "\(t.verdict.outcome.rawValue): \(interval(t.verdict))")
            }
            for fig in o.check?.figures ?? [] {
                let text = describe(fig, level: o.result.design.confidence)
                add("\(fig.variant) \(fig.key)", failure: fig.status == .regressed ? "regressed: \(text)" : nil,
                    output: fig.status == .changed ? "changed: \(text)" : nil)
            }
            total += n
            failures += f
            suites += "  <testsuite name=\"\(Self.xml(o.item.label))\" tests=\"\(n)\" failures=\"\(f)\" errors=\"0\" skipped=\"0\" "
                + "time=\"\(String(format: "%.3f", o.seconds))\">\n" + cases + "  </testsuite>\n"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"channelsim check\" tests=\"\(total)\" failures=\"\(failures)\" errors=\"0\" "
            + "time=\"\(String(format: "%.3f", seconds))\">\n" + suites + "</testsuites>\n"
    }

    /// XML attribute and text escaping; control characters XML 1.0 cannot hold are dropped.
    static func xml(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default: if u.value >= 0x20 { out.unicodeScalars.append(u) }
            }
        }
        return out
    }
}
