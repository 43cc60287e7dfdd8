/// How a traced replication is recorded: the event bound and the pace of the message events
/// synthesised for fluid chats (docs/trace.md, docs/decisions.md).
public struct TraceSettings: Sendable, Equatable {
    /// Events beyond this are not kept and the capture says it overflowed.
    public var limit: Int
    /// Seconds of a fluid chat's work content per synthesised exchange (a customer message and
    /// the agent's reply); a chat has max(1, round(work ÷ this)) of them, at most
    /// `maxSyntheticExchanges`. 0: no messages are synthesised.
    public var exchangeEvery: Double

    /// The most exchanges synthesised for one chat (the scenario's bound on `exchanges`).
    public static let maxSyntheticExchanges = 1000
    /// The default pace: one exchange a minute of work content (docs/trace.md).
    public static let defaultExchangeEvery = 60.0

    public init(limit: Int, exchangeEvery: Double = TraceSettings.defaultExchangeEvery) {
        self.limit = limit
        self.exchangeEvery = exchangeEvery
    }

    /// The number of exchanges synthesised for a fluid chat of `work` seconds of work content.
    public func exchanges(work: Double) -> Int {
        guard exchangeEvery > 0 else { return 0 }
        let n = (work / exchangeEvery).rounded()
        return n.isFinite ? max(1, min(Self.maxSyntheticExchanges, Int(min(n, 1e9)))) : 1
    }
}

/// The agent who answered a contact: its team and its number in the team (−1: never answered).
public struct TraceAgent: Sendable, Equatable {
    public var team: Int32
    public var number: Int32

    public init(team: Int32, number: Int32) {
        self.team = team
        self.number = number
    }

    public static let none = TraceAgent(team: -1, number: -1)
}

/// What a traced replication recorded, detached from the simulation (so it can cross threads).
public struct TraceCapture: Sendable {
    /// The events in the order the engine reported them.
    public var events: [TraceEvent]
    /// Per contact number, the agent who answered it.
    public var agents: [TraceAgent]
    /// Whether more than the limit's events happened (the trace is then incomplete).
    public var overflowed: Bool

    public init(events: [TraceEvent], agents: [TraceAgent] = [], overflowed: Bool = false) {
        self.events = events
        self.agents = agents
        self.overflowed = overflowed
    }
}
