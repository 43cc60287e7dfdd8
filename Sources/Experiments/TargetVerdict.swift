import ChannelModel
import Statistics

/// Whether a target is met, judged on the figure's confidence interval.
public enum TargetOutcome: String, Sendable {
    /// The whole interval lies on the good side of the bound.
    case met
    /// The whole interval lies on the wrong side.
    case missed
    /// The interval straddles the bound: more replications may decide it.
    case undecided
    /// The figure was undefined in every replication (e.g. an ASA with nobody answered).
    case undefined
}

/// A target with the figure's interval and the outcome.
public struct TargetVerdict: Sendable {
    public var target: Target
    public var interval: ConfidenceInterval?
    public var outcome: TargetOutcome

    /// Judges `target` on `interval`. With one replication there is no interval: the mean
    /// alone decides, as a point (docs/decisions.md).
    public init(target: Target, interval: ConfidenceInterval?) {
        self.target = target
        self.interval = interval
        guard let ci = interval, !ci.mean.isNaN else {
            outcome = .undefined
            return
        }
        let low = ci.low ?? ci.mean, high = ci.high ?? ci.mean
        switch target.comparison {
        case .atLeast: outcome = low >= target.bound ? .met : high < target.bound ? .missed : .undecided
        case .atMost: outcome = high <= target.bound ? .met : low > target.bound ? .missed : .undecided
        }
    }
}
