/// Which channel metrics mean something for a channel of a given model, and which of them
/// a person reads first. Tables print only these unless asked for everything; JSON, CSV and
/// the store keep every metric.
extension ModelSpec {
    /// Whether metric `m` can be other than zero or undefined on channel `c`: callbacks
    /// only on a phone channel that offers them, mid-chat abandonment only on message-level
    /// chat, money only with prices or costs, and so on.
    public func metricApplies(_ m: Metric, channel c: Int) -> Bool {
        let ch = channels[c]
        let messages: Bool = { if case .messages = ch.mode { return true } else { return false } }()
        switch m {
        case .abandoned, .pAbandon:
            return ch.patience != .never || (ch.patienceBands?.contains { $0 != .never } ?? false)
        case .abandonedMidChat, .replyDelay, .replyDelayP90:
            return ch.kind == .chat && messages
        case .slotUtilisation, .meanConcurrencyBusy, .effectiveSlowdown:
            return ch.kind == .chat
        case .unresolved, .transferredOut:
            return ch.kind == .chat
        case .recontacts, .withdrawn:
            return ch.kind == .form && ch.recontactAfter.isFinite
        case .callbacksOffered, .callbacks, .callbackWait, .callbackBacklog, .callbacksAnswered:
            return ch.kind == .phone && ch.callback != nil
        case .conversions, .revenue:
            return visitors?.enquiries.contains { $0.sale != nil } ?? false
        case .cost, .costPerResolved:
            return teams.contains { $0.costPerHour > 0 && $0.skills.contains(c) }
        case .satisfaction:
            return satisfaction != nil
        case .availableAgents:
            return teams.contains { $0.unavailability != nil && $0.skills.contains(c) }
        case .notYetDue:
            // Every channel's last sl_time seconds of arrivals are not yet due; that is a
            // handful of contacts unless sl_time spans whole intervals, as a form's 24 h does.
            return ch.kind == .form || ch.slTime >= horizon.intervalLength
        default:
            return true
        }
    }

    /// The metrics a person reads first for channel `c`, in print order: volume, answer,
    /// abandonment, service level, speed, the channel kind's own figures, staff and cost.
    public func headlineMetrics(channel c: Int) -> [Metric] {
        let ch = channels[c]
        var out: [Metric] = [.offered, .answered, .pAbandon]
        switch ch.kind {
        case .chat:
            out += [.slOffered, .asa, .abandonedMidChat, .replyDelay, .meanConcurrencyBusy]
        case .phone:
            out += [.slOffered, .asa, .callbacksOffered, .callbacks]
        case .form:
            out += [.slOffered, .notYetDue, .responseTime, .responseTimeP90, .oldestWaiting, .recontacts]
        }
        out += [.occupancy, .staff, .availableAgents, .cost, .costPerResolved, .satisfaction]
        return out.filter { metricApplies($0, channel: c) }
    }
}

extension ModelSpec {
    /// Whether a visitor group's figure can be other than zero: proactive invitations only
    /// with proactive chat, mid-chat abandonment only with message-level chat, sales only
    /// with prices, the satisfaction proxy only with scores.
    public func visitorFigureApplies(_ name: String) -> Bool {
        switch name {
        case "proactive_invited", "proactive_accepted": return visitors?.proactive != nil
        case "abandoned_mid_chat": return channels.indices.contains { metricApplies(.abandonedMidChat, channel: $0) }
        case "conversions", "revenue": return visitors?.enquiries.contains { $0.sale != nil } ?? false
        case "satisfaction_proxy": return satisfaction != nil
        default: return true
        }
    }

    /// Whether a team's or the totals' figure means something here: money only with
    /// costs or sales, the totals' satisfaction proxy only with visitors and scores.
    public func groupFigureApplies(_ name: String) -> Bool {
        let costs = teams.contains { $0.costPerHour > 0 }
        let sales = visitors?.enquiries.contains { $0.sale != nil } ?? false
        switch name {
        case "agent_cost", "cost_per_resolved": return costs
        case "conversions", "revenue": return sales
        case "revenue_less_cost": return costs && sales
        case "satisfaction_proxy": return visitors != nil && satisfaction != nil
        default: return true
        }
    }
}
