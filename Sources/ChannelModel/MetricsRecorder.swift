import Statistics

/// The standard monitor: per-channel, per-interval streaming statistics, per-visitor-group
/// totals, and the teams' busy and overtime hours.
///
/// Memory is fixed by the number of channels, intervals, visitor groups and teams, never
/// by the number of visitors. Customers count in the interval they arrived in; time
/// averages count in the interval during which the time passed, within its nominal
/// bounds; time after a window closes (agents finishing work) is reported as `overtime`
/// of the day's last interval instead. Nothing before the warm-up counts.
///
/// Exclusivity checks are turned off for its stored properties: the recorder is owned by
/// one replication on one thread and is on the hot path, where the dynamic checks a
/// class's mutable properties get by default cost a fifth of the run time.
public final class MetricsRecorder: SimulationMonitor {
    let spec: ModelSpec
    /// Tallies of channel c, interval i at c × intervalCount + i (one flat array: the
    /// recorder is on the simulation's hot path).
    @exclusivity(unchecked) var tallies: [Tally]
    /// Tallies of channel c, visitor group g over the horizon at c × groupCount + g.
    @exclusivity(unchecked) var groupTallies: [Tally]
    /// Tallies of channel c's class k over the horizon at `classBase[c]` + k.
    @exclusivity(unchecked) var classTallies: [Tally]
    /// Tallies of channel c's class k in interval i at (`classBase[c]` + k) × intervalCount + i
    /// (empty without classes). The horizon tally above is kept beside them rather than
    /// merged from them, so the horizon figures keep their summation order bit for bit.
    @exclusivity(unchecked) var classIntervalTallies: [Tally]
    let classBase: [Int]
    let intervalCount: Int
    let groupCount: Int
    let slTimes: [Double]
    let warmup: Double
    let intervalEnds: [Double]
    @exclusivity(unchecked) var current = 0
    @exclusivity(unchecked) var lastTime: [Double]
    @exclusivity(unchecked) var state: [ChannelState]
    @exclusivity(unchecked) var endTime = 0.0
    /// Visitors: per group, [visitors, outcomes…, contacts per channel, invited, accepted,
    /// conversions, revenue, satisfaction sum].
    @exclusivity(unchecked) var groups: [[Double]] = []
    let enquiryCount: Int
    /// Teams: agent-seconds busy per team × channel, overtime agent-seconds, and the
    /// overtime head-count since `overtimeSince`.
    @exclusivity(unchecked) var busy: [Double]
    @exclusivity(unchecked) var overtime: [Double]
    @exclusivity(unchecked) var overtimeAgents: [Int]
    @exclusivity(unchecked) var overtimeSince: [Double]
    /// Teams' on-duty and busy time per interval, for the channels' `staff` and overtime.
    @exclusivity(unchecked) var teamTime: TeamTime
    /// A contact whose deadline (arrival + sl_time) lies beyond this is not yet due.
    let horizonEnd: Double
    let scores: SatisfactionScores?

    public init(spec: ModelSpec) {
        self.spec = spec
        intervalCount = spec.horizon.intervalCount
        tallies = Array(repeating: Tally(), count: spec.horizon.intervalCount * spec.channels.count)
        slTimes = spec.channels.map(\.slTime)
        warmup = spec.warmup
        intervalEnds = (0..<spec.horizon.intervalCount).map { spec.horizon.end(ofInterval: $0) }
        lastTime = Array(repeating: spec.warmup, count: spec.channels.count)
        state = Array(repeating: ChannelState(), count: spec.channels.count)
        enquiryCount = spec.visitors?.enquiries.count ?? 0
        groupCount = (spec.visitors?.segments.count ?? 0) * enquiryCount
        groupTallies = Array(repeating: Tally(), count: groupCount * spec.channels.count)
        var base: [Int] = [], classCount = 0
        for ch in spec.channels {
            base.append(classCount)
            classCount += ch.classes.count
        }
        classBase = base
        classTallies = Array(repeating: Tally(), count: classCount)
        classIntervalTallies = Array(repeating: Tally(), count: classCount * spec.horizon.intervalCount)
        groups = Array(repeating: Array(repeating: 0, count: VisitorColumns.count(channels: spec.channels.count)),
                       count: groupCount)
        busy = Array(repeating: 0, count: spec.teams.count * spec.channels.count)
        overtime = Array(repeating: 0, count: spec.teams.count)
        overtimeAgents = Array(repeating: 0, count: spec.teams.count)
        overtimeSince = Array(repeating: 0, count: spec.teams.count)
        teamTime = TeamTime(horizon: spec.horizon, teams: spec.teams.count, channels: spec.channels.count)
        horizonEnd = spec.horizon.end
        scores = spec.satisfaction.map { SatisfactionScores($0, spec: spec) }
    }

    private func counts(_ arrival: Double) -> Bool { arrival >= warmup }

    /// Applies `body` to channel c's tally of interval i and, for a visitor's contact, to
    /// its group's tally; for a direct contact of a class (g = −2 − k), to the class's over
    /// the horizon and in interval i.
    @inline(__always)
    private func update(_ c: Int, _ i: Int, _ g: Int, _ body: (inout Tally) -> Void) {
        body(&tallies[c * intervalCount + i])
        if g >= 0 {
            body(&groupTallies[c * groupCount + g])
        } else if g < -1 {
            let k = classBase[c] - 2 - g
            body(&classTallies[k])
            body(&classIntervalTallies[k * intervalCount + i])
        }
    }

    /// Accrues channel c's time integrals up to `t` into the current interval. Time past
    /// the interval's end (after a window closes) counts in no interval's averages; the
    /// agents' time on duty then is overtime, measured by `teamTime`.
    private func accrue(_ c: Int, to t: Double) {
        let from = max(lastTime[c], warmup)
        let s = state[c]
        let end = intervalEnds[current]
        let until = min(t, end)
        if until > from {
            let dt = until - from
            tallies[c * intervalCount + current].queueArea += Double(s.queued) * dt
            tallies[c * intervalCount + current].busyArea += Double(s.busyAgents) * dt
            tallies[c * intervalCount + current].inServiceArea += Double(s.inService) * dt
            tallies[c * intervalCount + current].staffedArea += Double(s.staffed) * dt
            tallies[c * intervalCount + current].slotsArea += Double(s.slots) * dt
            tallies[c * intervalCount + current].unavailableArea += Double(s.unavailable) * dt
            tallies[c * intervalCount + current].callbackArea += Double(s.callbacks) * dt
            tallies[c * intervalCount + current].duration += dt
        }
        lastTime[c] = max(lastTime[c], t)
    }

    /// Adds the score of a contact that ended (`kind` indexes `SatisfactionScores.contactKinds`).
    @inline(__always)
    private func score(_ c: Int, _ i: Int, _ g: Int, _ kind: Int, wait: Double = 0, abandoned: Bool = false) {
        guard let s = scores else { return }
        let x = s.contact[c * SatisfactionScores.contactKinds.count + kind] + s.perSecond[c] * wait
            + (abandoned ? s.abandoned : 0)
        update(c, i, g) { $0.satisfactionSum += x; $0.satisfactionCount += 1 }
    }

    public func intervalBegan(_ interval: Int, at time: Double) {
        for c in state.indices { accrue(c, to: time) }
        current = interval
    }

    /// Whether a contact that arrived at `arrival` on channel c is due by the horizon's end.
    @inline(__always)
    private func due(_ c: Int, _ arrival: Double) -> Bool { arrival + slTimes[c] <= horizonEnd }

    public func arrived(channel: Int, interval: Int, group: Int, at time: Double) {
        guard counts(time) else { return }
        let notDue = !due(channel, time)
        update(channel, interval, group) {
            $0.offered += 1
            if notDue { $0.notYetDue += 1 }
        }
    }

    public func answered(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, callback: Bool,
                         team: Int, agent: Int) {
        guard counts(arrival) else { return }
        // A callback's wait is the time until the agent called back, not time on hold: it
        // is reported apart and kept out of the live queue's waits and service level.
        if callback {
            update(channel, interval, group) {
                $0.answered += 1
                $0.callbacksAnswered += 1
                $0.sumCallbackWait += wait
            }
            return
        }
        let isDue = due(channel, arrival)
        let withinT = isDue && wait <= slTimes[channel]
        let waitScore = scores.map { $0.perSecond[channel] * wait } ?? 0
        update(channel, interval, group) {
            $0.answered += 1
            $0.sumWait += wait
            if wait > 0 { $0.answeredAfterWait += 1 }
            if withinT { $0.answeredWithinT += 1 }
            if !isDue { $0.answeredNotYetDue += 1 }
            $0.waits.add(wait)
            $0.waitBuckets[WaitSurvival.bucket(wait)] += 1
            $0.satisfactionSum += waitScore
        }
    }

    public func abandoned(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double) {
        guard counts(arrival) else { return }
        update(channel, interval, group) { $0.abandoned += 1 }
        score(channel, interval, group, SatisfactionScores.abandonedKind, wait: wait, abandoned: true)
    }

    public func unansweredAtEnd(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, callback: Bool) {
        guard counts(arrival) else { return }
        update(channel, interval, group) { $0.unanswered += 1 }
        // Waiting for a callback is not holding: it scores nothing, as when answered.
        score(channel, interval, group, SatisfactionScores.unansweredKind, wait: callback ? 0 : wait)
    }

    public func completed(channel: Int, interval: Int, group: Int, arrival: Double, service: Double, alone: Double,
                          response: Double) {
        guard counts(arrival) else { return }
        update(channel, interval, group) {
            $0.sumResponse += response
            $0.responses.add(response)
            $0.completed += 1
            $0.sumHandle += service
            $0.sumAlone += alone
        }
    }

    public func callbackOffered(channel: Int, interval: Int, group: Int, arrival: Double, accepted: Bool) {
        guard counts(arrival) else { return }
        // A callback is outside the service level anyway: not counted as not yet due.
        let notDue = accepted && !due(channel, arrival)
        update(channel, interval, group) {
            $0.callbacksOffered += 1
            if accepted { $0.callbacks += 1 }
            if notDue { $0.notYetDue -= 1 }
        }
    }

    public func recontacted(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, withdrawn: Bool) {
        guard counts(arrival) else { return }
        update(channel, interval, group) {
            $0.recontacts += 1
            if withdrawn { $0.withdrawn += 1 }
        }
        // A withdrawn item ends here, given up on: scored as an abandonment.
        if withdrawn { score(channel, interval, group, SatisfactionScores.abandonedKind, wait: wait, abandoned: true) }
    }

    public func replied(channel: Int, interval: Int, group: Int, arrival: Double, delay: Double, at time: Double) {
        guard counts(arrival) else { return }
        update(channel, interval, group) {
            $0.replies += 1
            $0.sumReplyDelay += delay
            $0.replyDelays.add(delay)
        }
    }

    public func leftMidChat(channel: Int, interval: Int, group: Int, arrival: Double, service: Double, waited: Double) {
        guard counts(arrival) else { return }
        update(channel, interval, group) { $0.midChat += 1 }
        score(channel, interval, group, SatisfactionScores.midChatKind, abandoned: true)
    }

    public func oldestWaiting(channel: Int, interval: Int, at time: Double, age: Double) {
        // Intervals that end inside the warm-up are not reported.
        if time > warmup { tallies[channel * intervalCount + interval].oldestWaiting = age }
    }

    public func stateChanged(channel: Int, at time: Double, to newState: ChannelState) {
        accrue(channel, to: time)
        state[channel] = newState
    }

    public func contactEnded(channel: Int, interval: Int, group: Int, arrival: Double, ending: ContactEnding) {
        guard counts(arrival) else { return }
        switch ending {
        case .resolved: update(channel, interval, group) { $0.resolved += 1 }
        case .unresolved: update(channel, interval, group) { $0.unresolved += 1 }
        case .transferred: update(channel, interval, group) { $0.transferredOut += 1 }
        }
        score(channel, interval, group, SatisfactionScores.kind(of: ending))
    }

    public func agentBusy(team: Int, channel: Int, from: Double, to: Double) {
        let start = max(from, warmup)
        if to > start {
            busy[team * spec.channels.count + channel] += to - start
            teamTime.addBusy(team: team, channel: channel, from: start, to: to)
        }
    }

    public func overtimeChanged(team: Int, at time: Double, agents: Int) {
        let start = max(overtimeSince[team], warmup)
        if time > start {
            overtime[team] += Double(overtimeAgents[team]) * (time - start)
            teamTime.addExtraOnDuty(team: team, agents: overtimeAgents[team], from: start, to: time)
        }
        overtimeAgents[team] = agents
        overtimeSince[team] = time
    }

    public func visitorContacted(segment: Int, enquiry: Int, interval: Int, arrival: Double, channel: Int) {
        if counts(arrival) { groups[segment * enquiryCount + enquiry][VisitorColumns.contacts + channel] += 1 }
    }

    public func visitorInvited(segment: Int, enquiry: Int, interval: Int, arrival: Double, accepted: Bool) {
        guard counts(arrival) else { return }
        let base = VisitorColumns.invited(channels: spec.channels.count)
        groups[segment * enquiryCount + enquiry][base] += 1
        if accepted { groups[segment * enquiryCount + enquiry][base + 1] += 1 }
    }

    public func visitorArrived(segment: Int, enquiry: Int, interval: Int, at time: Double) {
        if counts(time) { groups[segment * enquiryCount + enquiry][0] += 1 }
    }

    public func visitorFinished(segment: Int, enquiry: Int, interval: Int, arrival: Double, outcome: VisitorOutcome,
                                channel: Int, journey: Journey, at time: Double) {
        guard counts(arrival) else { return }
        let g = segment * enquiryCount + enquiry
        groups[g][VisitorColumns.outcomes + outcome.rawValue] += 1
        let money = VisitorColumns.money(channels: spec.channels.count)
        if let sale = journey.sale {
            groups[g][money] += 1
            groups[g][money + 1] += sale
            if channel >= 0 {
                tallies[channel * intervalCount + interval].conversions += 1
                tallies[channel * intervalCount + interval].revenue += sale
                groupTallies[channel * groupCount + g].conversions += 1
                groupTallies[channel * groupCount + g].revenue += sale
            }
        }
        if let s = scores {
            let abandoned = outcome == .abandoned || outcome == .abandonedMidChat
            groups[g][money + 2] += s.journey[outcome.rawValue * (spec.channels.count + 1) + channel + 1]
                + journey.waitScore + (abandoned ? s.abandoned : 0)
        }
    }

    public func finished(at time: Double) {
        for c in state.indices { accrue(c, to: time) }
        for t in overtime.indices { overtimeChanged(team: t, at: time, agents: overtimeAgents[t]) }
        endTime = time
    }
}
