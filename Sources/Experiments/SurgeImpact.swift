import ChannelModel
import Statistics

/// A load-test event on whole intervals: a surge or an outage, as written.
public struct StressEvent: Sendable, Equatable {
    public var text: String
    public var intervals: Range<Int>

    public init(text: String, intervals: Range<Int>) {
        self.text = text
        self.intervals = intervals
    }

    public var first: Int { intervals.lowerBound }
    public var count: Int { intervals.count }
}

/// What a surge or an outage did to a plan: how long each target took to be met again
/// after it, what was lost and where contacts went instead, and the queue it left
/// (docs/model.md, "Surges and outages").
public struct SurgeImpact: Sendable {
    /// One target of a channel, or of a class of one (`CHANNEL/CLASS`), after one surge.
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
        /// Whether the figure was defined in any of the event's intervals: not for a
        /// channel's own targets while it is out of service (nobody reached it).
        public var judgedDuringSurge = true
    }

    /// A channel's queue at the end of a surge's last interval, with and without it.
    public struct Backlog: Sendable {
        public var channel: String
        public var meanQueue: (base: Double?, surge: Double?)
        public var oldestWaiting: (base: Double?, surge: Double?)
    }

    public var surge: StressEvent
    public var recoveries: [Recovery]
    public var backlog: [Backlog]

    /// Paired differences (with − without the events) over the horizon, all events
    /// together (their effects overlap in time): what is lost — each channel's `abandoned`
    /// and `abandoned_mid_chat`, the visitors' `left` and `abandoned` — and where contacts
    /// went — each channel's `offered` and a form's `repeat_contacts`, and with visitors
    /// their contacts per channel (the spill-over).
    public static func lost(_ surged: VariantResult, base: VariantResult, level: Double) -> [(MetricKey, PairedDifference)] {
        var keys: [MetricKey] = []
        let model = base.variant.model
        for (c, ch) in model.channels.enumerated() {
            if model.metricApplies(.abandoned, channel: c) { keys.append(MetricKey(scope: ch.name, metric: Metric.abandoned.rawValue)) }
            if model.metricApplies(.abandonedMidChat, channel: c) {
                keys.append(MetricKey(scope: ch.name, metric: Metric.abandonedMidChat.rawValue))
            }
        }
        if model.visitors != nil {
            keys += ["left", "abandoned"].map { MetricKey(scope: "visitors/all/all", metric: $0) }
        }
        for (c, ch) in model.channels.enumerated() {
            keys.append(MetricKey(scope: ch.name, metric: Metric.offered.rawValue))
            if model.metricApplies(.recontacts, channel: c) { keys.append(MetricKey(scope: ch.name, metric: Metric.recontacts.rawValue)) }
        }
        if model.visitors != nil {
            keys += model.channels.map { MetricKey(scope: "visitors/all/all", metric: "contacts_\($0.name)") }
        }
        return keys.compactMap { k in
            guard let x = surged.figures.replications(of: k), let y = base.figures.replications(of: k),
                  let d = PairedDifference(x, minus: y, level: level) else { return nil }
            return (k, d)
        }
    }

    /// The impact of each event, from an experiment whose variants are the plan without
    /// the events and with all of them.
    public static func analyse(surged: VariantResult, base: VariantResult, surges: [StressEvent], targets: [Target]) -> [SurgeImpact] {
        let h = base.variant.model.horizon
        // A channel's interval figures, or a class's (`CHANNEL/CLASS`): both have series.
        func mean(_ v: VariantResult, _ scope: String, _ m: Metric, _ i: Int) -> Double? {
            for ch in v.summary.channels {
                if let found = ch.intervalScopes.first(where: { $0.scope == scope }) { return found.intervals[i][m.index].map(\.mean) }
            }
            return nil
        }
        let model = base.variant.model
        let scopes = Set(model.channels.flatMap { ch in [ch.name] + ch.classes.map { "\(ch.name)/\($0.name)" } })
        return surges.map { s in
            let last = s.first + s.count - 1
            let end = h.end(ofInterval: last)
            var recoveries: [Recovery] = []
            for t in targets {
                guard let m = Metric(rawValue: t.metric), scopes.contains(t.scope) else { continue }
                let missed = s.intervals.contains { i in mean(surged, t.scope, m, i).map { !t.isMet(by: $0) } ?? false }
                var found: Int?
                if missed {
                    found = (last + 1 ..< h.intervalCount).first { i in mean(surged, t.scope, m, i).map { t.isMet(by: $0) } ?? false }
                }
                var r = Recovery(target: t, interval: missed ? found : last,
                                 seconds: missed ? found.map { h.end(ofInterval: $0) - end } : 0, missedDuringSurge: missed)
                r.judgedDuringSurge = s.intervals.contains { mean(surged, t.scope, m, $0) != nil }
                recoveries.append(r)
            }
            let backlog = base.variant.model.channels.map { ch in
                Backlog(channel: ch.name, meanQueue: (mean(base, ch.name, .meanQueue, last), mean(surged, ch.name, .meanQueue, last)),
                        oldestWaiting: (mean(base, ch.name, .oldestWaiting, last), mean(surged, ch.name, .oldestWaiting, last)))
            }
            return SurgeImpact(surge: s, recoveries: recoveries, backlog: backlog)
        }
    }
}
