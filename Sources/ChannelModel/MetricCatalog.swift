/// The unit a reported figure is in. Every output (table, JSON, CSV, the store, charts,
/// targets) reads it from here, so a figure is formatted and checked the same way everywhere.
public enum MetricUnit: String, Sendable, CaseIterable {
    /// Contacts, visitors or sales counted over the horizon (a mean over replications may be fractional).
    case count
    /// A share in 0…1 (printed as such; targets accept `0.8` or `80%`).
    case probability
    /// A duration in seconds (targets need a unit: `30s`, `24h`).
    case seconds
    /// A time-average number of agents, contacts in queue or chats held.
    case level
    /// Agent-hours.
    case agentHours = "agent_hours"
    /// Money in the scenario's currency.
    case money
    /// The satisfaction proxy's score scale (the scenario's own).
    case score
    /// A dimensionless ratio that is not a share (the effective slowdown).
    case ratio
}

/// Which way a figure should move for the service to be better. Comparisons turn a
/// significant difference into "better" or "worse" only for figures with a direction.
public enum MetricDirection: String, Sendable {
    case higherIsBetter = "higher_is_better"
    case lowerIsBetter = "lower_is_better"
    /// Neither way is better in itself (volumes, head-counts, occupancy).
    case neutral
}

/// What channelsim knows about one reported figure: its unit and direction.
public struct MetricInfo: Sendable, Equatable {
    public var name: String
    public var unit: MetricUnit
    public var direction: MetricDirection

    public init(name: String, unit: MetricUnit, direction: MetricDirection) {
        self.name = name
        self.unit = unit
        self.direction = direction
    }
}

/// The one list of every figure's unit and direction, for channel metrics and for the
/// figures of visitor groups, teams and totals (a name means the same thing in each).
public enum MetricCatalog {
    /// The unit and direction of the figure called `name` (channel metric or group figure).
    public static func info(_ name: String) -> MetricInfo {
        if let m = Metric(rawValue: name) { return info(m) }
        if let known = groupFigures[name] { return MetricInfo(name: name, unit: known.0, direction: known.1) }
        // Per-channel contact counts of visitor groups (`contacts_chat`).
        if name.hasPrefix("contacts_") { return MetricInfo(name: name, unit: .count, direction: .neutral) }
        return MetricInfo(name: name, unit: .count, direction: .neutral)
    }

    /// The unit and direction of a channel metric.
    public static func info(_ m: Metric) -> MetricInfo {
        MetricInfo(name: m.rawValue, unit: unit(m), direction: direction(m))
    }

    static func unit(_ m: Metric) -> MetricUnit {
        if m.isDuration { return .seconds }
        if m.isCount { return .count }
        switch m {
        case .pAbandon, .pWait, .slOffered, .slAnswered, .occupancy, .slotUtilisation: return .probability
        case _ where WaitSurvival.threshold(of: m) != nil: return .probability
        case .meanConcurrencyBusy, .meanQueue, .staff, .callbackBacklog, .availableAgents: return .level
        case .overtime: return .agentHours
        case .revenue, .cost, .costPerResolved: return .money
        case .satisfaction: return .score
        case .effectiveSlowdown: return .ratio
        default: return .count
        }
    }

    static func direction(_ m: Metric) -> MetricDirection {
        switch m {
        case .answered, .slOffered, .slAnswered, .resolved, .conversions, .revenue, .satisfaction:
            return .higherIsBetter
        case .abandoned, .unanswered, .pAbandon, .pWait, .asa, .waitP50, .waitP90, .waitP95, .waitP99, .meanQueue,
             .abandonedMidChat, .replyDelay, .replyDelayP90, .effectiveSlowdown, .unresolved, .overtime, .responseTime,
             .responseTimeP90, .recontacts, .withdrawn, .callbackWait, .callbackBacklog, .oldestWaiting, .cost,
             .costPerResolved:
            return .lowerIsBetter
        case _ where WaitSurvival.threshold(of: m) != nil:
            return .lowerIsBetter
        case .offered, .handle, .occupancy, .slotUtilisation, .meanConcurrencyBusy, .staff, .transferredOut,
             .callbacksOffered, .callbacks, .notYetDue, .callbacksAnswered:
            return .neutral
        default:
            return .neutral
        }
    }

    /// Figures of visitor groups, teams and totals that are not channel metrics.
    static let groupFigures: [String: (MetricUnit, MetricDirection)] = [
        "visitors": (.count, .neutral),
        "self_served": (.count, .higherIsBetter),
        "left": (.count, .lowerIsBetter),
        "proactive_invited": (.count, .neutral),
        "proactive_accepted": (.count, .neutral),
        "paid_hours": (.agentHours, .lowerIsBetter),
        "on_duty_hours": (.agentHours, .neutral),
        "overtime_hours": (.agentHours, .lowerIsBetter),
        "busy_hours": (.agentHours, .neutral),
        "resolved_contacts": (.count, .higherIsBetter),
        "revenue_less_cost": (.money, .higherIsBetter),
    ]
}
