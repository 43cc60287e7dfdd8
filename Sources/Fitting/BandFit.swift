/// How `fit` splits the day for handle time or patience: one law all day, or one per clock
/// hour, hours with too small a sample pooled with the following ones (docs/howto-fit.md).
public enum BandSplit: String, Sendable, CaseIterable {
    case day, hour
}

/// One band of the day: intervals `start ..< end` of the day (by the contact's arrival
/// interval, as the model picks the law), the contacts pooled in it, and its fits.
public struct BandFit: Sendable {
    public var start: Int
    public var end: Int
    public var handle: HandleEstimate?
    public var patience: PatienceEstimate?
}

/// Splits a channel's per-interval samples into clock-hour bands and fits each with the
/// whole-day method (AIC among the same families).
public enum BandFitting {
    /// A band's handle fit needs this many served contacts: with the bank's CV of about
    /// 1.2 the mean is then known to ± 5 % (1.2 / √500), and the shape well enough for AIC.
    public static let minServed = 500
    /// A band's patience fit needs this many abandonments (events) to reach the tail.
    public static let minAbandoned = 200

    /// Per clock hour, the intervals of that hour merged; then consecutive hours pooled until
    /// each band satisfies `enough`; a short remainder at the end of the day joins the last
    /// band. Returns nil when the day ends up as one band (no change over the day).
    static func pool(_ perInterval: [GroupSamples], intervalLength: Double,
                     enough: (GroupSamples) -> Bool) -> [(start: Int, end: Int, samples: GroupSamples)]? {
        let perHour = max(1, Int((3600 / intervalLength).rounded()))
        var bands: [(start: Int, end: Int, samples: GroupSamples)] = []
        var current = GroupSamples(), start = 0
        var i = 0
        while i < perInterval.count {
            let end = min(perInterval.count, i + perHour)
            for k in i..<end { current.merge(perInterval[k]) }
            if enough(current) {
                bands.append((start, end, current))
                current = GroupSamples(); start = end
            }
            i = end
        }
        if start < perInterval.count {
            if bands.isEmpty { return nil }
            bands[bands.count - 1].end = perInterval.count
            bands[bands.count - 1].samples.merge(current)
        }
        return bands.count > 1 ? bands : nil
    }

    /// Handle-time bands of one channel, or nil (one law all day, also when a band has no fit).
    public static func handle(_ perInterval: [GroupSamples], intervalLength: Double) -> [BandFit]? {
        guard let pooled = pool(perInterval, intervalLength: intervalLength, enough: { $0.served >= minServed }) else { return nil }
        let bands = pooled.map { BandFit(start: $0.start, end: $0.end, handle: Estimator.handle($0.samples), patience: nil) }
        return bands.allSatisfy { $0.handle?.best != nil } ? bands : nil
    }

    /// Patience bands of one channel (censored fits per band), or nil (one law all day).
    public static func patience(_ perInterval: [GroupSamples], intervalLength: Double) -> [BandFit]? {
        guard let pooled = pool(perInterval, intervalLength: intervalLength, enough: { $0.abandoned >= minAbandoned }) else { return nil }
        let bands = pooled.map { BandFit(start: $0.start, end: $0.end, handle: nil, patience: Estimator.patience($0.samples, table: nil)) }
        return bands.allSatisfy { $0.patience?.best != nil } ? bands : nil
    }
}
