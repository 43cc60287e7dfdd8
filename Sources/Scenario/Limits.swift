/// Bounds on scenario values. Inside them the engine's arithmetic and memory stay sound;
/// outside them a value is almost surely a typo, and would otherwise end in a crash or an
/// allocation failure deep in a run instead of a one-line error (docs/scenario.md lists them).
enum Limits {
    /// Longest duration, seconds (about 31 years).
    static let maxDuration = 1e9
    /// Shortest mean spell (available or unavailable) of a team's `unavailability`, seconds.
    static let minSpell = 1.0
    /// Highest arrival rate, per second.
    static let maxRate = 1_000.0
    /// Coefficient of variation of lognormal and gamma distributions.
    static let cv: ClosedRange<Double> = 1e-3...100
    /// Weibull shape (Γ(1 + 1/k) overflows below about 0.006).
    static let weibullShape: ClosedRange<Double> = 0.05...100
    /// Agents per team and interval.
    static let maxHeadcount = 100_000
    /// Chats one agent may hold.
    static let maxConcurrency = 100
    /// Intervals in a horizon.
    static let maxIntervals = 100_000
    static let maxReplications = 1_000_000
    /// Expected arrivals in one replication (all channels and visitors).
    static let maxArrivals = 1e9
    /// Arrivals one figure may give: a `daily_volume`, or a `per_interval` count. Larger ones
    /// are typos, and past 9.2·10¹⁸ would not even fit the whole numbers messages print.
    static let maxArrivalFigure = 1e9
    /// Exchanges of a message-level chat: a fixed count, a Poisson mean, an empirical value.
    /// Each exchange is a few events; GSL's Poisson sampler also slows with the mean.
    static let maxExchanges = 1_000
    /// Expected messages (arrivals at message-level chats × mean exchanges) in one replication.
    static let maxMessages = 1e9
    /// Day-to-day overdispersion of visitor arrivals (a gamma factor with mean 1): above 1
    /// the factor's tail multiplies a day's arrivals beyond anything `maxArrivals` allows.
    static let maxOverdispersionCV = 1.0
    /// Classes of one channel's direct arrivals: each head start is a queue lane compared
    /// at every pick, and each class a block of figures in every output.
    static let maxClasses = 64
    /// Weight of one bin of an empirical histogram (so the total stays finite).
    static let maxWeight = 1e12
    /// Days in a horizon (each has at least one interval, so `maxIntervals` bounds them too;
    /// checked first so that days × intervals cannot overflow).
    static let maxDays = maxIntervals
    /// Values in the file once YAML aliases are expanded: each alias counts as a copy of
    /// what it names. A year of 15-minute intervals with per-interval lists for 20 channels
    /// and teams is about 700,000; a "billion laughs" file is rejected before it is walked.
    static let maxExpandedNodes = 1_000_000
    /// Largest amount of money (costs, order values) and satisfaction score magnitude.
    static let maxMoney = 1e12
}
