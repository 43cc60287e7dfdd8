import ChannelModel
import Statistics

/// A soak test's answer (`stress --soak DAYS`): per channel with a queue, the backlog at
/// each day's close over consecutive days, its growth per day with a confidence interval,
/// and whether it is growing, stable or shrinking (docs/model.md, "Soak tests").
public struct Soak: Sendable {
    /// What the growth interval says about a backlog.
    public enum Verdict: String, Sendable {
        /// The interval of the growth per day lies above 0.
        case growing
        /// It lies below 0.
        case shrinking
        /// It contains 0.
        case stable
        /// No interval (one replication, or fewer than two days with a figure).
        case undetermined
    }

    /// One channel's backlog over the days.
    public struct Channel: Sendable {
        public var channel: String
        /// Per replication, the backlog at each day's close (NaN where undefined).
        public var perReplication: [[Double]]
        /// Per day, the mean over replications with its interval.
        public var perDay: [ConfidenceInterval?]
        /// Per replication, the least-squares slope of its backlog over the days (per day).
        public var slopes: [Double]
        /// The mean slope with its Student-t interval.
        public var growth: ConfidenceInterval?
        public var verdict: Verdict
    }

    public var days: Int
    public var channels: [Channel]

    /// The channels analysed, forms first (their backlog is carried overnight by design),
    /// then every other channel in the model's order.
    public static func channelOrder(_ model: ModelSpec) -> [Int] {
        let all = Array(model.channels.indices)
        return all.filter { model.channels[$0].kind == .form } + all.filter { model.channels[$0].kind != .form }
    }

    /// Each day's last interval: the only ones a soak's replications need to keep
    /// (`ExperimentDesign.keptIntervals`), so a year's soak holds days, not intervals.
    public static func dayCloses(_ h: Horizon) -> [Int] { (0..<h.days).map { ($0 + 1) * h.intervalsPerDay - 1 } }

    /// The backlog at day d's close in one replication: the channel's `mean_queue` in the
    /// day's last interval (NaN when undefined, e.g. inside the warm-up). `kept` says which
    /// intervals the replication holds.
    public static func backlog(_ r: ReplicationMetrics, channel c: Int, day d: Int, horizon h: Horizon,
                               kept: KeptIntervals = .all) -> Double {
        var i = (d + 1) * h.intervalsPerDay - 1
        if case .only(let list) = kept {
            guard let k = list.firstIndex(of: i) else { return .nan }
            i = k
        }
        guard r.channels.indices.contains(c), r.channels[c].intervals.indices.contains(i) else { return .nan }
        return r.channels[c].intervals[i][.meanQueue]
    }

    /// The least-squares slope of `ys` against their day numbers 0, 1, …, skipping NaN;
    /// NaN with fewer than two defined values.
    public static func slope(_ ys: [Double]) -> Double {
        let points = ys.enumerated().filter { !$0.element.isNaN }.map { (Double($0.offset), $0.element) }
        guard points.count >= 2 else { return .nan }
        let n = Double(points.count)
        let mx = points.map(\.0).reduce(0, +) / n, my = points.map(\.1).reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0
        for (x, y) in points {
            sxy += (x - mx) * (y - my)
            sxx += (x - mx) * (x - mx)
        }
        return sxy / sxx
    }

    /// The verdict the rule gives `growth` (growing when its interval lies above 0,
    /// shrinking below, stable when it contains 0).
    public static func verdict(_ growth: ConfidenceInterval?) -> Verdict {
        guard let g = growth, let low = g.low, let high = g.high else { return .undetermined }
        return low > 0 ? .growing : high < 0 ? .shrinking : .stable
    }

    /// The soak's analysis from the replications of the repeated model (`ModelSpec.repeatingDays`).
    public static func analyse(_ result: VariantResult, level: Double) -> Soak {
        let model = result.variant.model, h = model.horizon
        let reps = result.summary.replications
        let channels = channelOrder(model).map { c -> Channel in
            let kept = result.summary.keptIntervals
            let per = reps.map { r in (0..<h.days).map { backlog(r, channel: c, day: $0, horizon: h, kept: kept) } }
            let perDay = (0..<h.days).map { d in ConfidenceInterval(values: per.map { $0[d] }, level: level) }
            let slopes = per.map { slope($0) }
            let growth = ConfidenceInterval(values: slopes, level: level)
            return Channel(channel: model.channels[c].name, perReplication: per, perDay: perDay, slopes: slopes, growth: growth,
                           verdict: verdict(growth))
        }
        return Soak(days: h.days, channels: channels)
    }
}
