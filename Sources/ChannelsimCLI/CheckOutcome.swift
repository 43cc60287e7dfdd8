import ChannelModel
import Experiments
import Foundation
import Scenario

/// How one scenario's check ended.
enum CheckVerdict: String {
    /// Every figure bit-identical to the baseline, every target met or undecided.
    case identical
    /// No regression and no missed target (figures may have changed).
    case passed
    case failed
    /// The baseline is from another channelsim version or another scenario meaning.
    case stale
    case missing
    /// `--accept` wrote a new baseline.
    case accepted

    var fails: Bool { self == .failed || self == .stale || self == .missing }
}

/// One scenario's results against its baseline, and what that means.
struct CheckOutcome {
    var item: CheckItem
    var result: ExperimentResult
    var check: RegressionCheck?
    var verdict: CheckVerdict
    /// Why it is stale, missing or failed, one line each.
    var reasons: [String] = []
    var seconds: Double

    /// All variants' target verdicts, with the variant's name.
    var targets: [(variant: String, verdict: TargetVerdict)] {
        result.variants.flatMap { v in v.verdicts.map { (v.variant.name, $0) } }
    }

    init(item: CheckItem, result: ExperimentResult, accept: Bool, seconds: Double) throws {
        self.item = item
        self.result = result
        self.seconds = seconds
        let base = item.set.base
        let missed = result.variants.flatMap { v in v.verdicts.filter { $0.outcome == .missed }.map { "\(v.variant.name): target \($0.target.text) missed" } }
        if accept {
            verdict = .accepted
            return
        }
        guard let baseline = item.baseline else {
            verdict = .missing
            reasons = ["no baseline at \(item.baselinePath) (create it with channelsim check --accept \(item.path))"]
            return
        }
        if baseline.version != ChannelsimVersion.current || baseline.meaningHash != base.meaningHash {
            verdict = .stale
            if baseline.version != ChannelsimVersion.current {
                reasons.append("baseline from channelsim \(baseline.version), this is \(ChannelsimVersion.current)")
            }
            if baseline.meaningHash != base.meaningHash { reasons.append("the scenario has changed since the baseline was accepted") }
            reasons.append("refresh it with channelsim check --accept \(item.path), saying why in the commit")
            return
        }
        let check = RegressionCheck(current: result, baseline: baseline, targets: base.targets, tolerances: base.check.tolerances)
        if let gone = check.missing.first {
            let line = Self.line(of: gone, in: item.baselineText ?? "")
            throw CLIFailure(status: .badInput, description: "\(item.baselinePath):\(line): \(gone.variant) \(gone.key) is not reported "
                             + "by this channelsim or scenario (re-create it with channelsim check --accept \(item.path))")
        }
        self.check = check
        reasons = check.regressions.map { "\($0.variant) \($0.key) regressed" } + (base.check.failOnMissedTargets ? missed : [])
        verdict = !reasons.isEmpty ? .failed : check.identical ? .identical : .passed
    }

    /// The line of a figure in the baseline's text (1 if not found).
    static func line(of f: BaselineFigure, in text: String) -> Int {
        let prefix = "\(f.variant) \(f.key) "
        for (i, l) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where l.hasPrefix(prefix) {
            return i + 1
        }
        return 1
    }
}
