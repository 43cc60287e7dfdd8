/// How a contact that reached the log ended, as the estimators need it.
public enum ContactOutcome: Sendable, Equatable {
    /// Answered by an agent after `wait` seconds in the queue (0: never queued).
    case served
    /// Gave up in the agent queue after `wait` seconds: an observed patience.
    case abandoned
    /// Hung up before reaching the agent queue (in the IVR/VRU): never offered to agents.
    case leftBeforeQueue
}

/// One contact of the log, decoded: when it was offered to the agents, to which channel
/// and class, how long it waited, and how it ended.
public struct ContactRecord: Sendable, Equatable {
    /// Day number (days since 1970-01-01) of the moment it was offered to the agent queue.
    public var day: Int
    /// Seconds after that day's midnight, 0 ≤ s < 86,400.
    public var second: Double
    public var channel: String
    public var contactClass: String
    public var outcome: ContactOutcome
    /// Seconds in the agent queue (served: censored patience; abandoned: patience).
    public var wait: Double
    /// Seconds of service (served only; 0 otherwise).
    public var handle: Double
    /// The agent who served it, when the log names one.
    public var agent: String?

    public init(day: Int, second: Double, channel: String, contactClass: String, outcome: ContactOutcome,
                wait: Double, handle: Double, agent: String?) {
        self.day = day; self.second = second; self.channel = channel; self.contactClass = contactClass
        self.outcome = outcome; self.wait = wait; self.handle = handle; self.agent = agent
    }
}

/// Why a row of the log was left out of every estimate. Counted and reported, never silent.
public enum DropReason: String, Sendable, CaseIterable, Comparable {
    /// A virtual call the system made (the bank's PHANTOM), not a customer.
    case phantom
    /// A duration below zero (a clock inconsistency).
    case negativeTime = "negative_time"
    /// Served with no service time: not a real conversation.
    case zeroService = "zero_service"
    /// "Served" without an agent (the bank's NO_SERVER): a failed or aborted connection.
    case noAgent = "no_agent"
    /// A wait or handle time beyond the outlier bound (`--max-wait`, `--max-handle`).
    case outlier
    /// A row that cannot be read: too few fields, a date, time or number that is not one,
    /// an unknown outcome.
    case malformed

    public static func < (a: DropReason, b: DropReason) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    /// The words a report prints.
    public var explanation: String {
        switch self {
        case .phantom: return "phantom (virtual call)"
        case .negativeTime: return "negative time"
        case .zeroService: return "zero service time"
        case .noAgent: return "served without an agent (failed connection)"
        case .outlier: return "outlier (wait or handle beyond its bound)"
        case .malformed: return "malformed row"
        }
    }
}

/// A decoded row: a contact, or the reason it was dropped.
public enum DecodedRow: Sendable, Equatable {
    case contact(ContactRecord)
    case dropped(DropReason)
    /// A time cell that does not parse: the whole log is refused with its file:line
    /// (docs/decisions.md), since a fit over silently dropped times would skew the day.
    case badTime(field: String, value: String, expected: String)
}
