/// How far a figure may move from its baseline before `check` calls it a regression,
/// set per figure in a scenario's `check: { tolerances: … }`; without one, the tolerance
/// comes from the two estimates' confidence intervals (docs/ci.md).
public struct Tolerance: Sendable, Equatable {
    /// An amount in the figure's unit, or a share of the baseline's mean.
    public enum Amount: Sendable, Equatable {
        case absolute(Double)
        case relative(Double)
    }

    public var key: MetricKey
    public var amount: Amount
    /// As written (`chat.p_abandon: 0.01`, `phone.asa: 10%`).
    public var text: String

    public init(key: MetricKey, amount: Amount, text: String) {
        self.key = key
        self.amount = amount
        self.text = text
    }

    /// The allowed move from a baseline mean.
    public func allowed(from baseline: Double) -> Double {
        switch amount {
        case .absolute(let a): return a
        case .relative(let r): return r * abs(baseline)
        }
    }
}
