/// The recorder's results: channel metrics, visitor groups, teams and totals.
extension MetricsRecorder {
    /// The replication's metrics (call after the simulation finished).
    public func metrics(replication: Int) -> ReplicationMetrics {
        let teamCosts = spec.teams.indices.map(teamFigures)
        let channelCosts = allocateCosts(teamCosts.map(\.cost))
        let areas = channelAgentTime()
        let channels = spec.channels.indices.map { c -> ChannelMetrics in
            var total = Tally()
            var own = Array(tallies[c * intervalCount ..< (c + 1) * intervalCount])
            for i in own.indices {
                own[i].staffArea = areas.staff[c * intervalCount + i]
                own[i].overtimeArea = areas.overtime[c * intervalCount + i]
            }
            for t in own { total.merge(t) }
            var totals = total.values()
            totals[.cost] = channelCosts[c]
            totals[.costPerResolved] = total.resolved > 0 ? channelCosts[c] / Double(total.resolved) : .nan
            // Time averages belong to no visitor group and no class.
            func contactsOnly(_ t: Tally) -> MetricValues {
                var v = t.values()
                for m in Metric.timeAverages { v[m] = .nan }
                return v
            }
            let groups = (0..<groupCount).map { contactsOnly(groupTallies[c * groupCount + $0]) }
            var result = ChannelMetrics(channel: spec.channels[c].name, total: totals, intervals: own.map { $0.values() },
                                        groups: groups)
            result.classLabels = spec.channels[c].classes.map(\.name)
            result.classes = result.classLabels.indices.map { contactsOnly(classTallies[classBase[c] + $0]) }
            result.classIntervals = result.classLabels.indices.map { k in
                let base = (classBase[c] + k) * intervalCount
                return (0..<intervalCount).map { contactsOnly(classIntervalTallies[base + $0]) }
            }
            return result
        }
        var result = ReplicationMetrics(replication: replication, channels: channels, endTime: endTime)
        result.visitorGroupLabels = visitorLabels()
        let visitors = visitorGroups()
        result.groups = visitors + teamGroups(teamCosts)
            + [totalsGroup(teamCosts, channels: channels, allVisitors: visitors.last)]
        return result
    }

    /// Each channel's share of the teams' agent-seconds on duty per interval, within it
    /// (`staff`) and after its close (`overtime_agent_hours`); see `TeamTime`.
    func channelAgentTime() -> (staff: [Double], overtime: [Double]) {
        let h = spec.horizon
        return teamTime.channelAreas(skills: spec.teams.map(\.skills)) { t, i in
            Double(spec.teams[t].onDuty(i)) * max(0, h.end(ofInterval: i) - max(h.start(ofInterval: i), warmup))
        }
    }

    /// One team's paid, overtime and busy hours and its cost.
    struct TeamFigures {
        var paidHours = 0.0, onDutyHours = 0.0, overtimeHours = 0.0, busyHours = 0.0, cost = 0.0
    }

    /// Scheduled (paid) hours are the head-count's, shrinkage included; on-duty hours are
    /// after shrinkage plus the overtime; both from the warm-up's end.
    func teamFigures(_ t: Int) -> TeamFigures {
        let team = spec.teams[t]
        let h = spec.horizon
        var f = TeamFigures()
        for i in 0..<intervalCount {
            let covered = max(0, h.end(ofInterval: i) - max(h.start(ofInterval: i), warmup))
            f.paidHours += Double(team.headcount[i]) * covered / 3600
            f.onDutyHours += Double(team.onDuty(i)) * covered / 3600
        }
        f.overtimeHours = overtime[t] / 3600
        f.onDutyHours += f.overtimeHours
        let n = spec.channels.count
        f.busyHours = busy[t * n ..< (t + 1) * n].reduce(0, +) / 3600
        f.cost = f.paidHours * team.costPerHour + f.overtimeHours * (team.overtimeCostPerHour ?? team.costPerHour)
        return f
    }

    /// Each team's cost split over its skills in proportion to the time its agents were
    /// busy with each (evenly when it was never busy).
    func allocateCosts(_ costs: [Double]) -> [Double] {
        let n = spec.channels.count
        var out = Array(repeating: 0.0, count: n)
        for (t, team) in spec.teams.enumerated() {
            let own = busy[t * n ..< (t + 1) * n]
            let total = own.reduce(0, +)
            for c in team.skills {
                out[c] += total > 0 ? costs[t] * busy[t * n + c] / total : costs[t] / Double(team.skills.count)
            }
        }
        return out
    }

    func teamGroups(_ figures: [TeamFigures]) -> [MetricGroup] {
        let names = GroupFigures.team
        return spec.teams.indices.map { t in
            let f = figures[t]
            return MetricGroup(kind: .team, label: spec.teams[t].name, names: names,
                               values: [f.paidHours, f.onDutyHours, f.overtimeHours, f.busyHours,
                                        f.onDutyHours > 0 ? f.busyHours / f.onDutyHours : .nan, f.cost])
        }
    }

    /// The whole run: hours, cost, resolved contacts, cost per resolved contact, sales.
    func totalsGroup(_ figures: [TeamFigures], channels: [ChannelMetrics], allVisitors: MetricGroup?) -> MetricGroup {
        let cost = figures.map(\.cost).reduce(0, +)
        let resolved = channels.map { $0.total[.resolved] }.reduce(0, +)
        // Sales include self-served visitors', which belong to no channel.
        let conversions = allVisitors?["conversions"] ?? 0, revenue = allVisitors?["revenue"] ?? 0
        return MetricGroup(
            kind: .totals, label: "",
            names: GroupFigures.totals,
            values: [figures.map(\.paidHours).reduce(0, +), figures.map(\.overtimeHours).reduce(0, +), cost, resolved,
                     resolved > 0 ? cost / resolved : .nan, conversions, revenue, revenue - cost,
                     allVisitors?["satisfaction_proxy"] ?? .nan])
    }

    func visitorLabels() -> [String] {
        guard let v = spec.visitors else { return [] }
        return v.segments.flatMap { s in v.enquiries.map { "\(s.name)/\($0.name)" } }
    }

    /// Per segment × enquiry groups, then their total.
    func visitorGroups() -> [MetricGroup] {
        guard spec.visitors != nil, !groups.isEmpty else { return [] }
        let names = VisitorColumns.names(channels: spec.channels.map(\.name))
        let money = VisitorColumns.money(channels: spec.channels.count)
        // The last column is a sum while counting; reported as the mean per finished visitor.
        func finish(_ raw: [Double]) -> [Double] {
            var v = raw
            let finished = raw[VisitorColumns.outcomes ..< VisitorColumns.outcomes + VisitorOutcome.allCases.count]
                .reduce(0, +)
            v[money + 2] = scores != nil && finished > 0 ? raw[money + 2] / finished : .nan
            return v
        }
        var out: [MetricGroup] = []
        var total = Array(repeating: 0.0, count: names.count)
        for (g, label) in visitorLabels().enumerated() {
            for k in total.indices { total[k] += groups[g][k] }
            out.append(MetricGroup(kind: .visitors, label: label, names: names, values: finish(groups[g])))
        }
        out.append(MetricGroup(kind: .visitors, label: "all/all", names: names, values: finish(total)))
        return out
    }
}

/// The names of the figures of each kind of `MetricGroup`, in the order they are reported.
public enum GroupFigures {
    public static let team = ["paid_hours", "on_duty_hours", "overtime_hours", "busy_hours", "occupancy", "agent_cost"]
    /// The satisfaction proxy of the totals is the mean journey score of every visitor
    /// (undefined without visitors or without satisfaction scores).
    public static let totals = ["paid_hours", "overtime_hours", "agent_cost", "resolved_contacts", "cost_per_resolved",
                                "conversions", "revenue", "revenue_less_cost", "satisfaction_proxy"]
    /// A visitor group's figures for a model whose channels are called `channels`.
    public static func visitors(channels: [String]) -> [String] { VisitorColumns.names(channels: channels) }
}

/// The layout of a visitor group's counters: visitors, one per outcome, contacts per
/// channel, proactive invitations and acceptances, sales and their value, satisfaction.
enum VisitorColumns {
    static let outcomes = 1
    static let contacts = 1 + VisitorOutcome.allCases.count
    static func invited(channels n: Int) -> Int { contacts + n }
    static func money(channels n: Int) -> Int { contacts + n + 2 }
    static func count(channels n: Int) -> Int { money(channels: n) + 3 }

    static func names(channels: [String]) -> [String] {
        ["visitors"] + VisitorOutcome.allCases.map(\.name) + channels.map { "contacts_\($0)" }
            + ["proactive_invited", "proactive_accepted", "conversions", "revenue", "satisfaction_proxy"]
    }
}

/// The satisfaction proxy's scores, resolved once per run into flat tables.
struct SatisfactionScores {
    /// The ways a contact ends, in table order.
    static let contactKinds = ["resolved", "unresolved", "transferred", "abandoned", "abandoned_mid_chat", "unanswered"]
    static let abandonedKind = 3, midChatKind = 4, unansweredKind = 5

    static func kind(of ending: ContactEnding) -> Int {
        switch ending {
        case .resolved: return 0
        case .unresolved: return 1
        case .transferred: return 2
        }
    }

    /// Base score of channel c's contacts ending in kind k at c × kinds + k.
    let contact: [Double]
    /// Base score of a visitor's outcome o with last contact on channel c at o × (channels + 1) + c + 1.
    let journey: [Double]
    let perSecond: [Double]
    let abandoned: Double

    init(_ s: SatisfactionSpec, spec: ModelSpec) {
        let names = spec.channels.map(\.name)
        contact = names.flatMap { c in Self.contactKinds.map { s.baseScore($0, channel: c) } }
        journey = VisitorOutcome.allCases.flatMap { o in
            [s.baseScore(o.name, channel: nil)] + names.map { s.baseScore(o.name, channel: $0) }
        }
        perSecond = s.perMinuteWait.map { $0 / 60 }
        abandoned = s.abandoned
    }
}
