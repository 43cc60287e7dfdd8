// What a head-count is sized for, and which bounds no team can meet. Every target here gets
// better with every added agent, which is what lets the search bisect.

/// Service targets for sizing a team; a nil field sets no target on that measure.
public struct SizingTargets: Sendable, Equatable {
    /// Smallest acceptable service level (answered within the threshold, of offered), 0…1.
    public var serviceLevel: Double?
    /// Largest acceptable P(abandon), 0…1.
    public var abandonment: Double?
    /// Largest acceptable mean wait of answered customers, seconds.
    public var asa: Double?

    public init(serviceLevel: Double? = nil, abandonment: Double? = nil, asa: Double? = nil) {
        self.serviceLevel = serviceLevel
        self.abandonment = abandonment
        self.asa = asa
    }

    /// True when no target is set.
    public var isEmpty: Bool { serviceLevel == nil && abandonment == nil && asa == nil }

    /// Whether `m` meets every target set.
    public func isMet(by m: QueueMetrics) -> Bool {
        if let t = serviceLevel, m.slOffered < t { return false }
        if let t = abandonment, m.pAbandon > t { return false }
        if let t = asa, m.asaAnswered > t { return false }
        return true
    }

    /// Throws `.invalidInput` for a target out of range or one no finite team can meet.
    /// With Poisson arrivals every finite team is sometimes all busy, so P(wait) > 0: some
    /// arrival waits past any threshold (SL < 1), the mean wait is positive (ASA > 0), and with
    /// patience someone abandons (P(abandon) > 0). A search for such a bound would only stop
    /// where rounding turns a tiny probability into 0 (283 agents for 8 Erlangs), so those
    /// bounds are refused instead of searched for.
    /// - Parameter abandons: whether customers have finite patience.
    public func checkReachable(abandons: Bool) throws {
        if let t = serviceLevel {
            guard t >= 0, t < 1 else {
                throw AnalyticError.invalidInput(field: "target service level",
                                                 message: "must be at least 0 and below 1: no finite team answers every arrival within the threshold (got \(t))")
            }
        }
        if let t = abandonment {
            guard t >= 0, t <= 1 else {
                throw AnalyticError.invalidInput(field: "target abandonment", message: "must be between 0 and 1 (got \(t))")
            }
            guard t > 0 || !abandons else {
                throw AnalyticError.invalidInput(field: "target abandonment",
                                                 message: "must be above 0: with finite patience some customers abandon whatever the team size")
            }
        }
        if let t = asa {
            guard t.isFinite, t > 0 else {
                throw AnalyticError.invalidInput(field: "target ASA",
                                                 message: "must be positive: some customers always wait, so the mean wait is never 0 (got \(t) s)")
            }
        }
    }
}
