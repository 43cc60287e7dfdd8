/// Arrivals of a channel: daily volumes, their spread between days, and the intraday profile.
public struct ArrivalEstimate: Sendable {
    /// The days seen, ascending, and the contacts offered to agents on each.
    public var days: [Int]
    public var dailyVolumes: [Double]
    public var meanDaily: Double
    /// Standard deviation / mean of the daily volumes (sample form): day-to-day variation
    /// beyond Poisson shows as a CV well above 1/√mean.
    public var dailyCV: Double
    /// Mean offered per interval of the day over the days seen, and those means as shares.
    public var perInterval: [Double]
    public var profile: [Double]
    /// Mean daily volume per weekday (0 = Sunday) with its number of days; weekdays unseen are absent.
    public var byWeekday: [(weekday: Int, days: Int, mean: Double)]
    /// Contacts that left before the agent queue, per day on average (not in the scenario).
    public var meanLeftBeforeQueue: Double
}

/// A handle-time fit: the sample size, its own mean and CV, the candidates best first.
public struct HandleEstimate: Sendable {
    public var count: Int
    public var mean: Double
    public var cv: Double
    public var candidates: [FitCandidate]
    public var sample: WeightedSample
    public var best: FitCandidate? { candidates.first }
}

/// A patience fit from censored waits, with Kaplan–Meier and the P(abandon)–E[wait] check.
public struct PatienceEstimate: Sendable {
    /// Abandonments (events) and served contacts that queued (censored, wait > 0).
    public var events: Int
    public var censored: Int
    /// Served without queueing (censored at 0: they say nothing about patience).
    public var censoredAtZero: Int
    public var km: KaplanMeier
    public var candidates: [FitCandidate]
    public var check: AbandonWaitCheck?
    public var best: FitCandidate? { candidates.first }
}

/// The field's check of exponential patience: across day-intervals, P(abandon) ≈ E[wait] / θ,
/// so the slope of P(abandon) against E[wait] (least squares through the origin, weighted by
/// contacts offered) estimates 1/θ independently of the likelihood.
public struct AbandonWaitCheck: Sendable {
    /// Day-intervals used (those with at least `minOffered` contacts offered).
    public var cells: Int
    public var slope: Double
    /// θ = 1/slope, in seconds.
    public var meanPatience: Double
    public static let minOffered = 10
}

/// Agents present per interval of the day, averaged over the days seen, two ways.
public struct StaffEstimate: Sendable {
    /// Distinct agents who served someone during the interval.
    public var distinctServing: [Double]
    /// Agent-seconds of service in the interval / interval length: agents busy on average.
    public var busy: [Double]
    /// Distinct agent names in the selection.
    public var agentsNamed: Int
}

/// Everything fitted for one class of a channel.
public struct ClassFit: Sendable {
    public var name: String
    public var served: Int
    public var abandoned: Int
    public var leftBeforeQueue: Int
    public var handle: HandleEstimate?
    public var patience: PatienceEstimate?
    /// Per band of the day, as `ChannelFit`'s (classes only; nil: one law all day).
    public var handleBands: [BandFit]? = nil
    public var patienceBands: [BandFit]? = nil
    public var offered: Int { served + abandoned }
}

/// Everything fitted for one channel (the mixture of its classes).
public struct ChannelFit: Sendable {
    public var name: String
    public var arrivals: ArrivalEstimate
    public var summary: ClassFit
    public var staff: StaffEstimate
    public var classes: [ClassFit]
    /// Mean queue wait of the offered contacts, seconds.
    public var meanWait: Double
    /// Handle time and patience per band of the day (clock hours, pooled to a minimum
    /// sample), when asked for and the day splits into more than one band; nil: one law all day.
    public var handleBands: [BandFit]? = nil
    public var patienceBands: [BandFit]? = nil
}

/// The result of fitting a log: counts of what was read and dropped, then per channel.
public struct FitResult: Sendable {
    public var files: [String]
    public var layout: LayoutName
    public var selection: FitSelection
    public var intervalLength: Double
    public var rowsRead: Int
    public var dropped: [DropReason: Int]
    public var outsideSelection: Int
    public var channels: [ChannelFit]
    public var classedBy: String
    /// The log per channel, day and interval (`DayIntervalCSV` writes it).
    public var tables: [String: DayIntervalTable]
}
