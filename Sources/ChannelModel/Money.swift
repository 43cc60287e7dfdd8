import Variates

/// A sale that a visitor's enquiry may lead to (DESIGN §1.3, §1.7): whether the visitor
/// buys depends on how their story ended, and on which channel.
public struct SaleSpec: Sendable, Equatable {
    /// Order value of a sale (money, ≥ 0).
    public var value: Distribution
    /// Probability of a sale per final outcome and channel: `conversion[outcome.rawValue]
    /// [channel + 1]`, where column 0 is for outcomes without a contact (self-served, left).
    public var conversion: [[Double]]

    public init(value: Distribution, conversion: [[Double]]) {
        self.value = value
        self.conversion = conversion
    }

    /// The conversion probability of a visitor whose story ended with `outcome` on
    /// `channel` (−1 for none).
    public func probability(_ outcome: VisitorOutcome, channel: Int) -> Double {
        let row = conversion[outcome.rawValue]
        return channel + 1 < row.count ? row[channel + 1] : 0
    }
}

/// The satisfaction proxy (DESIGN §1.7): a base score per channel and outcome, plus a
/// (usually negative) score per minute of waiting in a queue and for each abandonment.
///
/// It is the scenario's assumption about how customers feel, not a measurement, and every
/// output labels it `satisfaction_proxy`.
public struct SatisfactionSpec: Sendable, Equatable {
    /// Scores by key: `CHANNEL.OUTCOME`, `OUTCOME`, or `default`, looked up in that order.
    public var base: [String: Double]
    /// Score per minute of waiting in each channel's queue (by channel index).
    public var perMinuteWait: [Double]
    /// Score added once for each abandonment (in a queue, or mid-chat).
    public var abandoned: Double

    public init(base: [String: Double], perMinuteWait: [Double], abandoned: Double) {
        self.base = base
        self.perMinuteWait = perMinuteWait
        self.abandoned = abandoned
    }

    /// The base score of `outcome` (a contact ending or a visitor outcome name) on
    /// `channel` (nil for outcomes without a contact).
    public func baseScore(_ outcome: String, channel: String?) -> Double {
        if let channel, let x = base["\(channel).\(outcome)"] { return x }
        return base[outcome] ?? base["default"] ?? 0
    }

    /// The outcome names a base score can be given for.
    public static let outcomeNames = VisitorOutcome.allCases.map(\.name) + ["transferred"]
}
