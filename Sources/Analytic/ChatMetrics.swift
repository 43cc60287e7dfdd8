// Result of the chat model: the usual queue measures plus the ones that only make sense
// when an agent can hold several chats at once.

/// How a chat result was obtained.
public enum SolutionMethod: String, Sendable, Codable, Equatable {
    /// The exact Markov chain, solved to a checked residual.
    case exact
    /// The balanced-load birth–death approximation (`ChatApproximation`).
    case approximation
}

/// Result of the chat model, exact or approximate.
public struct ChatMetrics: Sendable, Codable, Equatable {
    /// Queue measures; `occupancy` here is the fraction of agents holding at least one chat.
    public var queue: QueueMetrics
    /// Mean chats held / (agents · concurrency).
    public var slotUtilisation: Double
    /// Mean number of agents holding at least one chat / agents.
    public var agentBusyFraction: Double
    /// Mean chats held / mean busy agents: how many chats a busy agent juggles on average.
    public var meanConcurrencyBusy: Double
    /// Number of occupancy states (n_0…n_k histograms), C(agents + k, k) (for an approximation, the size the exact
    /// chain would have had); the queue tail
    /// hanging off the all-full state is summed by ratios and not counted here.
    public var states: Int
    /// Exact chain or approximation.
    public var method: SolutionMethod

    public init(queue: QueueMetrics, slotUtilisation: Double, agentBusyFraction: Double,
                meanConcurrencyBusy: Double, states: Int, method: SolutionMethod = .exact) {
        self.queue = queue
        self.slotUtilisation = slotUtilisation
        self.agentBusyFraction = agentBusyFraction
        self.meanConcurrencyBusy = meanConcurrencyBusy
        self.states = states
        self.method = method
    }
}
