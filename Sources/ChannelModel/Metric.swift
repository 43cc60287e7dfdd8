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
    /// Time-average agents on duty spent on this channel (each team's on-duty time split
    /// over its skills by the time its agents were busy with each).
    case staff
    /// Message-level chats: customers who left mid-chat because a reply took too long.
    case abandonedMidChat = "abandoned_mid_chat"
    /// Mean time from a customer's message to the agent's reply, seconds (message-level chats).
    case replyDelay = "reply_delay"
    case replyDelayP90 = "reply_delay_p90"
    /// Σ time from answer to end ÷ Σ what it would have been with the agent holding
    /// nothing else, over completed contacts: the slowdown that concurrency caused.
    case effectiveSlowdown = "effective_slowdown"
    /// Contacts that ended resolved / unresolved / transferred to another channel (chat
    /// endings; other channels' contacts end resolved).
    case resolved
    case unresolved
    case transferredOut = "transferred_out"
    /// Agent-hours on duty after the window closed (finishing work), the channel's share
    /// split like `staff`.
    case overtime = "overtime_agent_hours"
    /// Mean and 90th percentile of the time from arrival (a form's submission) to the end
    /// of the contact, seconds, over completed contacts.
    case responseTime = "response_time"
    case responseTimeP90 = "response_time_p90"
    /// Forms: submitters who contacted again for want of an answer, and items withdrawn then.
    case recontacts = "repeat_contacts"
    case withdrawn
    /// Phone: callers offered a callback, those who took it, the mean time until they were
    /// called back (seconds), and the time-average callback backlog.
    case callbacksOffered = "callbacks_offered"
    case callbacks
    case callbackWait = "callback_wait"
    case callbackBacklog = "callback_backlog"
    /// Age of the oldest contact still waiting at the interval's end (a backlog's age),
    /// seconds; over the horizon, the largest of these.
    case oldestWaiting = "oldest_waiting_age"
    /// The satisfaction proxy: mean score of the contacts that ended (the scenario's
    /// assumed scores, never a measurement).
    case satisfaction = "satisfaction_proxy"
    /// Sales made by visitors whose last contact was on this channel, and their value.
    case conversions
    case revenue
    /// Agent cost allocated to the channel (each team's cost split over its skills by the
    /// time its agents were busy with each), over the horizon only; and that ÷ resolved.
    case cost = "agent_cost"
    case costPerResolved = "cost_per_resolved"
    /// Contacts whose service-level deadline (arrival + sl_time) lies beyond the end of
    /// the horizon: not yet due, so left out of the service levels.
    case notYetDue = "not_yet_due"
    /// Phone: callbacks made (the agent called back) by the end of the run; `callbacks`
    /// counts those who took one, whether called back or still waiting at the end.
    case callbacksAnswered = "callbacks_answered"
    /// P(wait > T) of the contacts answered live (the waits behind `asa` and `wait_pNN`),
    /// at the thresholds of `WaitSurvival.grid`: the survival curve of queue wait.
    case waitOver0s = "wait_over_0s"
    case waitOver10s = "wait_over_10s"
    case waitOver20s = "wait_over_20s"
    case waitOver30s = "wait_over_30s"
    case waitOver45s = "wait_over_45s"
    case waitOver1m = "wait_over_1m"
    case waitOver90s = "wait_over_90s"
    case waitOver2m = "wait_over_2m"
    case waitOver3m = "wait_over_3m"
    case waitOver5m = "wait_over_5m"
    case waitOver10m = "wait_over_10m"
    case waitOver20m = "wait_over_20m"
    case waitOver30m = "wait_over_30m"
    case waitOver1h = "wait_over_1h"
    case waitOver2h = "wait_over_2h"
    case waitOver4h = "wait_over_4h"
    case waitOver8h = "wait_over_8h"
    case waitOver12h = "wait_over_12h"
    case waitOver24h = "wait_over_24h"
    case waitOver48h = "wait_over_48h"
    /// Time-average of the on-duty agents with the skill who are not in an unavailable
    /// spell (`staffed` less `unavailable`; docs/model.md, "Unavailability").
    case availableAgents = "available_agents"

    /// Measures of agents and queues over time, which no visitor group or class has.
    public static let timeAverages: [Metric] = [.occupancy, .slotUtilisation, .meanConcurrencyBusy, .meanQueue, .staff,
                                                .overtime, .callbackBacklog, .oldestWaiting, .availableAgents]

    /// The position of the metric in a `MetricValues` array.
    public var index: Int { Self.indexTable[self]! }
    private static let indexTable: [Metric: Int] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })

    /// Whether the value is a duration in seconds (tables print it as such).
    public var isDuration: Bool {
        switch self {
        case .asa, .waitP50, .waitP90, .waitP95, .waitP99, .handle, .replyDelay, .replyDelayP90, .responseTime, .responseTimeP90,
             .callbackWait, .oldestWaiting:
            return true
        default: return false
        }
    }

    /// Whether the value is a count of contacts.
    public var isCount: Bool {
        [.offered, .answered, .abandoned, .unanswered, .abandonedMidChat, .resolved, .unresolved, .transferredOut,
         .recontacts, .withdrawn, .callbacksOffered, .callbacks, .conversions, .notYetDue, .callbacksAnswered].contains(self)
    }
}

/// One value per `Metric` (NaN where undefined, e.g. the ASA when nobody was answered).
///
/// Equality is bit-for-bit, so two runs with NaN in the same places compare equal: it
/// is the reproducibility relation, not numeric equality.
public struct MetricValues: Sendable, Equatable {
    public var values: [Double]

    public static func == (lhs: MetricValues, rhs: MetricValues) -> Bool {
        lhs.values.map(\.bitPattern) == rhs.values.map(\.bitPattern)
    }

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
    /// Over the horizon, per visitor group, in the order of
    /// `ReplicationMetrics.visitorGroupLabels` (empty without visitors). Time averages
    /// (occupancy, queue, staff) belong to no group and are undefined here.
    public var groups: [MetricValues] = []
    /// Over the horizon, per class of the direct arrivals (`classLabels` order; empty
    /// without classes). Time averages are undefined here, as for visitor groups.
    public var classes: [MetricValues] = []
    public var classLabels: [String] = []
    /// [class][interval], per class of the direct arrivals and interval of arrival, like
    /// `intervals` (empty without classes; time averages undefined, as in `classes`).
    public var classIntervals: [[MetricValues]] = []
}

extension ChannelMetrics {
    /// The scopes that have figures per interval: the channel, then each of its classes
    /// (`CHANNEL/CLASS`), in the order the summaries and the store list them.
    public var intervalScopes: [(scope: String, intervals: [MetricValues])] {
        [(channel, intervals)] + zip(classLabels, classIntervals).map { ("\(channel)/\($0)", $1) }
    }
}

/// A named set of figures that are not per-channel metrics: a visitor group's outcomes,
/// a team's hours and cost, or the run's totals.
public struct MetricGroup: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case visitors, team, totals
    }
    public var kind: Kind
    /// `SEGMENT/ENQUIRY` (`all/all` for every visitor) for visitors, the team name for
    /// teams, empty for totals.
    public var label: String
    public var names: [String]
    public var values: [Double]

    public init(kind: Kind, label: String, names: [String], values: [Double]) {
        self.kind = kind
        self.label = label
        self.names = names
        self.values = values
    }

    /// The name rows of this group go under in the result store and CSV (`visitors/mobile/returns`,
    /// `team/web`, `totals`).
    public var key: String { label.isEmpty ? kind.rawValue : "\(kind.rawValue)/\(label)" }

    /// The value called `name`, if the group has one.
    public subscript(_ name: String) -> Double? { names.firstIndex(of: name).map { values[$0] } }

    public static func == (lhs: MetricGroup, rhs: MetricGroup) -> Bool {
        lhs.kind == rhs.kind && lhs.label == rhs.label && lhs.names == rhs.names
            && lhs.values.map(\.bitPattern) == rhs.values.map(\.bitPattern)
    }
}

/// Everything one replication produced.
public struct ReplicationMetrics: Sendable, Equatable {
    public var replication: Int
    public var channels: [ChannelMetrics]
    /// Engine time of the last event (the end of the drain).
    public var endTime: Double
    /// Visitor groups (`SEGMENT/ENQUIRY`), the order of `ChannelMetrics.groups`; empty without visitors.
    public var visitorGroupLabels: [String] = []
    /// Visitor groups then their total (`all/all`, without visitors none), each team, then
    /// the totals.
    public var groups: [MetricGroup] = []

    /// The groups of one kind, in order.
    public func groups(_ kind: MetricGroup.Kind) -> [MetricGroup] { groups.filter { $0.kind == kind } }
}
