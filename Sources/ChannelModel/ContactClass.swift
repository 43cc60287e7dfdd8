import Variates

/// A class of a channel's direct contacts (docs/model.md, "Classes of direct arrivals"):
/// its share of the arrivals, its own laws where it overrides the channel's, and how its
/// contacts queue.
public struct ContactClass: Sendable, Equatable {
    /// How a class's contacts take their place in the channel's queue.
    public enum Queueing: Sendable, Equatable {
        /// First come, first served with every other FIFO contact of the channel.
        case fifo
        /// Queued as if it had arrived this many seconds earlier: the next contact served
        /// is the one with the smallest arrival − head start (ties: the earlier arrival).
        case headStart(Double)
        /// Into the channel's priority queue (escalations with priority, priority
        /// segments), served before anyone in the live queue.
        case strict
    }

    public var name: String
    /// Share of the channel's direct arrivals, 0…1 (the classes' shares sum to 1).
    public var share: Double
    public var queueing: Queueing = .fifo
    /// Overrides of the channel's laws (nil: the channel's). Bands as on the channel: one
    /// law per interval of the day, picked by the contact's arrival interval.
    public var patience: Distribution?
    public var patienceBands: [Distribution]?
    public var work: Distribution?
    public var workBands: [Distribution]?
    public var afterCallWork: Distribution?

    public init(name: String, share: Double, queueing: Queueing = .fifo) {
        self.name = name
        self.share = share
        self.queueing = queueing
    }

    /// The head start in seconds (0 unless `headStart`).
    public var headStart: Double {
        if case .headStart(let h) = queueing { return h }
        return 0
    }

    /// Whether its contacts join the priority queue.
    public var isStrict: Bool { queueing == .strict }
}

extension ChannelSpec {
    /// This channel as seen by one class: the class's overrides in place of the channel's
    /// laws (the channel itself when `k` is nil or there are no classes).
    public func forClass(_ k: Int) -> ChannelSpec {
        guard classes.indices.contains(k) else { return self }
        let cl = classes[k]
        var c = self
        if let p = cl.patience {
            c.patience = p
            c.patienceBands = cl.patienceBands
        }
        if let w = cl.work {
            c.work = w
            c.workBands = cl.workBands
        }
        if let a = cl.afterCallWork { c.afterCallWork = a }
        c.classes = []
        return c
    }

    /// Mean agent time per contact (handle or work + after-call work) of contacts arriving
    /// in interval `i` of the day: the classes' share-weighted mixture when there are any.
    public func meanAgentTime(inInterval i: Int) -> Double {
        func one(_ ch: ChannelSpec) -> Double { ch.work(inInterval: i).mean + (ch.afterCallWork?.mean ?? 0) }
        guard !classes.isEmpty else { return one(self) }
        return classes.indices.reduce(0) { $0 + classes[$1].share * one(forClass($1)) }
    }

    /// Mean patience of contacts arriving in interval `i` of the day (the classes' mixture:
    /// infinite when any class with a share never abandons).
    public func meanPatience(inInterval i: Int) -> Double {
        guard !classes.isEmpty else { return patience(inInterval: i).mean }
        return classes.indices.reduce(0) { s, k in
            classes[k].share > 0 ? s + classes[k].share * forClass(k).patience(inInterval: i).mean : s
        }
    }
}
