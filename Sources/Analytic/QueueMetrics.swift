// The common result shape of every queue model here, so callers (staffing searches, the
// validation against simulation) can treat Erlang C, Erlang A and the chat model alike.

/// Steady-state measures of a queue (M/M/n, M/M/n+M, or the chat model). Times in seconds.
public struct QueueMetrics: Sendable, Codable, Equatable {
    /// Number of agents n.
    public var agents: Int
    /// λ·E[S] in Erlangs (for chat: λ·meanWork, the work offered if every chat ran alone).
    public var offeredLoad: Double
    /// P(an arrival waits > 0); abandoners count as having waited.
    public var pWait: Double
    /// P(an arrival abandons).
    public var pAbandon: Double
    /// Mean wait of answered customers (those answered at once count as 0), seconds.
    public var asaAnswered: Double
    /// Mean wait of all arrivals, abandoners' time to abandon included, seconds.
    public var meanWaitAll: Double
    /// P(answered within slTime) over all arrivals.
    public var slOffered: Double
    /// P(answered within slTime) over answered customers.
    public var slAnswered: Double
    /// Mean busy agents / agents (for chat: busy = holding at least one chat).
    public var occupancy: Double
    /// Time-average number waiting.
    public var meanQueue: Double
    /// The service-level threshold used, seconds.
    public var slTime: Double

    public init(agents: Int, offeredLoad: Double, pWait: Double, pAbandon: Double,
                asaAnswered: Double, meanWaitAll: Double, slOffered: Double, slAnswered: Double,
                occupancy: Double, meanQueue: Double, slTime: Double) {
        self.agents = agents
        self.offeredLoad = offeredLoad
        self.pWait = pWait
        self.pAbandon = pAbandon
        self.asaAnswered = asaAnswered
        self.meanWaitAll = meanWaitAll
        self.slOffered = slOffered
        self.slAnswered = slAnswered
        self.occupancy = occupancy
        self.meanQueue = meanQueue
        self.slTime = slTime
    }
}
