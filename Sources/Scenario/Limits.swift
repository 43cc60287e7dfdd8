/// Bounds on scenario values. Inside them the engine's arithmetic and memory stay sound;
/// outside them a value is almost surely a typo, and would otherwise end in a crash or an
/// allocation failure deep in a run instead of a one-line error (docs/scenario.md lists them).
enum Limits {
    /// Longest duration, seconds (about 31 years).
    static let maxDuration = 1e9
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
    /// Largest amount of money (costs, order values) and satisfaction score magnitude.
    static let maxMoney = 1e12
}
