import ChannelModel
import Statistics

/// What a surge did to a plan: how long each target took to be met again after it, the
/// contacts and visitors lost, and the queue it left (docs/model.md, "Surges").
public struct SurgeImpact: Sendable {
    /// One channel target after one surge.
    public struct Recovery: Sendable {
        public var target: Target
        /// The first interval from the surge's end whose mean figure meets the target
        /// again; nil when none does before the horizon ends.
        public var interval: Int?
        /// From the surge's end to the end of that interval (an upper bound, at the
        /// resolution of intervals); 0 when the target was never missed during the surge.
        public var seconds: Double?
        /// Whether the plan without the surge met the target in that interval (when it
        /// did not, the surge is not what keeps the target missed).
        public var missedDuringSurge: Bool
    }

    /// A channel's queue at the end of a surge's last interval, with and without it.
    public struct Backlog: Sendable {
        public var channel: String
        public var meanQueue: (base: Double?, surge: Double?)
        public var oldestWaiting: (base: Double?, surge: Double?)
    }

    public var surge: Surge
    public var recoveries: [Recovery]
    public var backlog: [Backlog]

    /// Paired differences (surged − base) of what is lost, over the horizon: each
    /// channel's `abandoned` and `abandoned_mid_chat`, the visitors' `left` and
    /// `abandoned` (all surges together: their effects overlap in time).
    public static func lost(_ surged: VariantResult, base: VariantResult, level: Double) -> [(MetricKey, PairedDifference)] {
        var keys: [MetricKey] = []
        for (c, ch) in base.variant.model.channels.enumerated() {
            keys.append(MetricKey(scope: ch.name, metric: Metric.abandoned.rawValue))
            if base.variant.model.metricApplies(.abandonedMidChat, channel: c) {
                keys.append(MetricKey(scope: ch.name, metric: Metric.abandonedMidChat.rawValue))
            }
        }
        if base.variant.model.visitors != nil {
            keys += ["left", "abandoned"].map { MetricKey(scope: "visitors/all/all", metric: $0) }
        }
        return keys.compactMap { k in
            guard let x = surged.figures.replications(of: k), let y = base.figures.replications(of: k),
                  let d = PairedDifference(x, minus: y, level: level) else { return nil }
            return (k, d)
        }
    }

    /// The impact of each surge, from an experiment whose variants are the plan without
    /// the surges and with all of them.
    public static func analyse(surged: VariantResult, base: VariantResult, surges: [Surge], targets: [Target]) -> [SurgeImpact] {
        let h = base.variant.model.horizon
        func mean(_ v: VariantResult, _ channel: String, _ m: Metric, _ i: Int) -> Double? {
            v.summary.channels.first { $0.channel == channel }?.intervals[i][m.index].map(\.mean)
        }
        return surges.map { s in
            let last = s.first + s.count - 1
            let end = h.end(ofInterval: last)
            var recoveries: [Recovery] = []
            for t in targets {
                guard let m = Metric(rawValue: t.metric), base.variant.model.channels.contains(where: { $0.name == t.scope }) else { continue }
                let missed = s.intervals.contains { i in mean(surged, t.scope, m, i).map { !t.isMet(by: $0) } ?? false }
                var found: Int?
                if missed {
                    found = (last + 1 ..< h.intervalCount).first { i in mean(surged, t.scope, m, i).map { t.isMet(by: $0) } ?? false }
                }
                recoveries.append(Recovery(target: t, interval: missed ? found : last,
                                           seconds: missed ? found.map { h.end(ofInterval: $0) - end } : 0,
                                           missedDuringSurge: missed))
            }
            let backlog = base.variant.model.channels.map { ch in
                Backlog(channel: ch.name, meanQueue: (mean(base, ch.name, .meanQueue, last), mean(surged, ch.name, .meanQueue, last)),
                        oldestWaiting: (mean(base, ch.name, .oldestWaiting, last), mean(surged, ch.name, .oldestWaiting, last)))
            }
            return SurgeImpact(surge: s, recoveries: recoveries, backlog: backlog)
        }
    }
}
