/// The per-channel measures channelsim reports, per interval and over the horizon.
/// Raw values are the names used in tables, JSON, CSV and the result database;
/// `docs/model.md` defines each one.
public enum Metric: String, CaseIterable, Sendable, Codable {
    case offered
    case answered
    case abandoned
    /// Still waiting when the run ended with nobody on shift to serve them.
    case unanswered
    case pAbandon = "p_abandon"
    case pWait = "p_wait"
    /// Average speed of answer: mean wait of answered contacts, seconds.
    case asa
    case waitP50 = "wait_p50"
    case waitP90 = "wait_p90"
    case waitP95 = "wait_p95"
    case waitP99 = "wait_p99"
    /// Answered within the threshold ÷ offered.
    case slOffered = "sl_offered"
    /// Answered within the threshold ÷ answered.
    case slAnswered = "sl_answered"
    /// Mean time from answer to end of the contact, seconds.
    case handle
    case occupancy
    case slotUtilisation = "slot_utilisation"
    case meanConcurrencyBusy = "mean_concurrency_busy"
    case meanQueue = "mean_queue"
    /// Time-average agents on duty with this skill.
    case staff

    /// The position of the metric in a `MetricValues` array.
    public var index: Int { Self.indexTable[self]! }
    private static let indexTable: [Metric: Int] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

    /// Whether the value is a duration in seconds (tables print it as such).
    public var isDuration: Bool {
        switch self {
        case .asa, .waitP50, .waitP90, .waitP95, .waitP99, .handle: return true
        default: return false
        }
    }

    /// Whether the value is a count of contacts.
    public var isCount: Bool { [.offered, .answered, .abandoned, .unanswered].contains(self) }
}

/// One value per `Metric` (NaN where undefined, e.g. the ASA when nobody was answered).
public struct MetricValues: Sendable, Equatable {
    public var values: [Double]

    public init() { values = Array(repeating: .nan, count: Metric.allCases.count) }

    public subscript(_ m: Metric) -> Double {
        get { values[m.index] }
        set { values[m.index] = newValue }
    }
}

/// A replication's outputs for one channel: over the horizon and per interval.
public struct ChannelMetrics: Sendable, Equatable {
    public var channel: String
    public var total: MetricValues
    public var intervals: [MetricValues]
}

/// Everything one replication produced.
public struct ReplicationMetrics: Sendable, Equatable {
    public var replication: Int
    public var channels: [ChannelMetrics]
    /// Engine time of the last event (the end of the drain).
    public var endTime: Double
}
