import Statistics

/// Streaming tallies of one channel over one interval.
struct Tally {
    var offered = 0, answered = 0, abandoned = 0, unanswered = 0
    var answeredAfterWait = 0, answeredWithinT = 0, completed = 0
    var sumWait = 0.0, sumHandle = 0.0, sumAlone = 0.0
    var waits = WaitHistogram()
    // Message-level chats.
    var midChat = 0, replies = 0
    var resolved = 0, unresolved = 0, transferredOut = 0
    /// Agent-seconds on duty after the window closed, finishing work.
    var overtimeArea = 0.0
    /// Time from arrival (submission) to the end of the contact.
    var sumResponse = 0.0
    var responses = WaitHistogram()
    var recontacts = 0, withdrawn = 0
    /// Phone callbacks: accepted, answered (called back), their waits, and the backlog.
    var callbacks = 0, callbacksAnswered = 0
    var sumCallbackWait = 0.0, callbackArea = 0.0
    var sumReplyDelay = 0.0
    var replyDelays = WaitHistogram()
    // Time integrals (agent-seconds, customer-seconds) and the time they cover.
    var queueArea = 0.0, busyArea = 0.0, inServiceArea = 0.0, staffedArea = 0.0, slotsArea = 0.0
    var duration = 0.0

    func values() -> MetricValues {
        var v = MetricValues()
        func ratio(_ a: Double, _ b: Double) -> Double { b > 0 ? a / b : .nan }
        v[.offered] = Double(offered)
        v[.answered] = Double(answered)
        v[.abandoned] = Double(abandoned)
        v[.unanswered] = Double(unanswered)
        v[.pAbandon] = ratio(Double(abandoned), Double(offered))
        // Live-queue measures leave callbacks out (their "wait" is the time to be called back).
        let live = Double(offered - callbacks)
        v[.pWait] = ratio(Double(answeredAfterWait + abandoned + unanswered + withdrawn), live)
        v[.asa] = ratio(sumWait, Double(answered - callbacksAnswered))
        v[.waitP50] = waits.quantile(0.50)
        v[.waitP90] = waits.quantile(0.90)
        v[.waitP95] = waits.quantile(0.95)
        v[.waitP99] = waits.quantile(0.99)
        v[.slOffered] = ratio(Double(answeredWithinT), live)
        v[.slAnswered] = ratio(Double(answeredWithinT), Double(answered - callbacksAnswered))
        v[.handle] = ratio(sumHandle, Double(completed))
        v[.occupancy] = ratio(busyArea, staffedArea)
        v[.slotUtilisation] = ratio(inServiceArea, slotsArea)
        v[.meanConcurrencyBusy] = ratio(inServiceArea, busyArea)
        v[.meanQueue] = ratio(queueArea, duration)
        v[.staff] = ratio(staffedArea, duration)
        v[.abandonedMidChat] = Double(midChat)
        v[.replyDelay] = ratio(sumReplyDelay, Double(replies))
        v[.replyDelayP90] = replyDelays.quantile(0.90)
        v[.effectiveSlowdown] = ratio(sumHandle, sumAlone)
        v[.resolved] = Double(resolved)
        v[.unresolved] = Double(unresolved)
        v[.transferredOut] = Double(transferredOut)
        v[.overtime] = overtimeArea / 3600
        v[.responseTime] = ratio(sumResponse, Double(completed))
        v[.responseTimeP90] = responses.quantile(0.90)
        v[.recontacts] = Double(recontacts)
        v[.withdrawn] = Double(withdrawn)
        v[.callbacks] = Double(callbacks)
        v[.callbackWait] = ratio(sumCallbackWait, Double(callbacksAnswered))
        v[.callbackBacklog] = ratio(callbackArea, duration)
        return v
    }

    mutating func merge(_ o: Tally) {
        offered += o.offered; answered += o.answered; abandoned += o.abandoned; unanswered += o.unanswered
        answeredAfterWait += o.answeredAfterWait; answeredWithinT += o.answeredWithinT; completed += o.completed
        sumWait += o.sumWait; sumHandle += o.sumHandle; sumAlone += o.sumAlone
        waits.merge(o.waits)
        midChat += o.midChat; replies += o.replies; sumReplyDelay += o.sumReplyDelay
        resolved += o.resolved; unresolved += o.unresolved; transferredOut += o.transferredOut
        overtimeArea += o.overtimeArea
        sumResponse += o.sumResponse; responses.merge(o.responses)
        recontacts += o.recontacts; withdrawn += o.withdrawn
        callbacks += o.callbacks; callbacksAnswered += o.callbacksAnswered
        sumCallbackWait += o.sumCallbackWait; callbackArea += o.callbackArea
        replyDelays.merge(o.replyDelays)
        queueArea += o.queueArea; busyArea += o.busyArea; inServiceArea += o.inServiceArea
        staffedArea += o.staffedArea; slotsArea += o.slotsArea; duration += o.duration
    }
}

/// The standard monitor: per-channel, per-interval streaming statistics.
///
/// Memory is fixed by the number of channels and intervals, never by the number of
/// visitors. Customers count in the interval they arrived in; time averages count in
/// the interval during which the time passed, within its nominal bounds; time after a
/// window closes (agents finishing work) is reported as `overtime` of the day's last
/// interval instead. Nothing before the warm-up counts.
///
/// Exclusivity checks are turned off for its stored properties: the recorder is owned by
/// one replication on one thread and is on the hot path, where the dynamic checks a
/// class's mutable properties get by default cost a fifth of the run time.
public final class MetricsRecorder: SimulationMonitor {
    let spec: ModelSpec
    /// Tallies of channel c, interval i at c × intervalCount + i (one flat array: the
    /// recorder is on the simulation's hot path).
    @exclusivity(unchecked) var tallies: [Tally]
    let intervalCount: Int
    let slTimes: [Double]
    let warmup: Double
    let intervalEnds: [Double]
    @exclusivity(unchecked) var current = 0
    @exclusivity(unchecked) var lastTime: [Double]
    @exclusivity(unchecked) var state: [ChannelState]
    @exclusivity(unchecked) var endTime = 0.0
    /// Visitors: per (segment × enquiry) group, counts [visitors, outcomes…, contacts per channel].
    @exclusivity(unchecked) var groups: [[Int]] = []
    let enquiryCount: Int

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
        let groupCount = (spec.visitors?.segments.count ?? 0) * enquiryCount
        groups = Array(repeating: Array(repeating: 0, count: 1 + VisitorOutcome.allCases.count + spec.channels.count + 2),
                       count: groupCount)
    }

    private func counts(_ arrival: Double) -> Bool { arrival >= warmup }

    /// Accrues channel c's time integrals up to `t` into the current interval. Time past
    /// the interval's end (after a window closes) counts only while agents with the skill
    /// are still on duty finishing work: the overtime, not the night.
    private func accrue(_ c: Int, to t: Double) {
        let from = max(lastTime[c], warmup)
        let s = state[c]
        let end = intervalEnds[current]
        // Time after the interval's end (the window has closed) is overtime: it counts in
        // no interval's averages, only as agent time on duty after hours.
        let overFrom = max(from, end)
        if t > overFrom && s.staffed > 0 {
            tallies[c * intervalCount + current].overtimeArea += Double(s.staffed) * (t - overFrom)
        }
        let until = min(t, end)
        if until > from {
            let dt = until - from
            tallies[c * intervalCount + current].queueArea += Double(s.queued) * dt
            tallies[c * intervalCount + current].busyArea += Double(s.busyAgents) * dt
            tallies[c * intervalCount + current].inServiceArea += Double(s.inService) * dt
            tallies[c * intervalCount + current].staffedArea += Double(s.staffed) * dt
            tallies[c * intervalCount + current].slotsArea += Double(s.slots) * dt
            tallies[c * intervalCount + current].callbackArea += Double(s.callbacks) * dt
            tallies[c * intervalCount + current].duration += dt
        }
        lastTime[c] = max(lastTime[c], t)
    }

    public func intervalBegan(_ interval: Int, at time: Double) {
        for c in state.indices { accrue(c, to: time) }
        current = interval
    }

    public func arrived(channel: Int, interval: Int, at time: Double) {
        if counts(time) { tallies[channel * intervalCount + interval].offered += 1 }
    }

    public func answered(channel: Int, interval: Int, arrival: Double, wait: Double, callback: Bool) {
        guard counts(arrival) else { return }
        tallies[channel * intervalCount + interval].answered += 1
        // A callback's wait is the time until the agent called back, not time on hold: it
        // is reported apart and kept out of the live queue's waits and service level.
        if callback {
            tallies[channel * intervalCount + interval].callbacksAnswered += 1
            tallies[channel * intervalCount + interval].sumCallbackWait += wait
            return
        }
        tallies[channel * intervalCount + interval].sumWait += wait
        if wait > 0 { tallies[channel * intervalCount + interval].answeredAfterWait += 1 }
        if wait <= slTimes[channel] { tallies[channel * intervalCount + interval].answeredWithinT += 1 }
        tallies[channel * intervalCount + interval].waits.add(wait)
    }

    public func abandoned(channel: Int, interval: Int, arrival: Double, wait: Double) {
        if counts(arrival) { tallies[channel * intervalCount + interval].abandoned += 1 }
    }

    public func unansweredAtEnd(channel: Int, interval: Int, arrival: Double, wait: Double) {
        if counts(arrival) { tallies[channel * intervalCount + interval].unanswered += 1 }
    }

    public func completed(channel: Int, interval: Int, arrival: Double, service: Double, alone: Double, response: Double) {
        guard counts(arrival) else { return }
        tallies[channel * intervalCount + interval].sumResponse += response
        tallies[channel * intervalCount + interval].responses.add(response)
        tallies[channel * intervalCount + interval].completed += 1
        tallies[channel * intervalCount + interval].sumHandle += service
        tallies[channel * intervalCount + interval].sumAlone += alone
    }

    public func callbackAccepted(channel: Int, interval: Int, arrival: Double) {
        if counts(arrival) { tallies[channel * intervalCount + interval].callbacks += 1 }
    }

    public func recontacted(channel: Int, interval: Int, arrival: Double, withdrawn: Bool) {
        guard counts(arrival) else { return }
        tallies[channel * intervalCount + interval].recontacts += 1
        if withdrawn { tallies[channel * intervalCount + interval].withdrawn += 1 }
    }

    public func replied(channel: Int, interval: Int, arrival: Double, delay: Double) {
        guard counts(arrival) else { return }
        tallies[channel * intervalCount + interval].replies += 1
        tallies[channel * intervalCount + interval].sumReplyDelay += delay
        tallies[channel * intervalCount + interval].replyDelays.add(delay)
    }

    public func leftMidChat(channel: Int, interval: Int, arrival: Double, service: Double) {
        if counts(arrival) { tallies[channel * intervalCount + interval].midChat += 1 }
    }

    public func stateChanged(channel: Int, at time: Double, to newState: ChannelState) {
        accrue(channel, to: time)
        state[channel] = newState
    }

    public func contactEnded(channel: Int, interval: Int, arrival: Double, ending: ContactEnding) {
        guard counts(arrival) else { return }
        switch ending {
        case .resolved: tallies[channel * intervalCount + interval].resolved += 1
        case .unresolved: tallies[channel * intervalCount + interval].unresolved += 1
        case .transferred: tallies[channel * intervalCount + interval].transferredOut += 1
        }
    }

    public func visitorContacted(segment: Int, enquiry: Int, interval: Int, arrival: Double, channel: Int) {
        if counts(arrival) { groups[segment * enquiryCount + enquiry][1 + VisitorOutcome.allCases.count + channel] += 1 }
    }

    public func visitorInvited(segment: Int, enquiry: Int, interval: Int, arrival: Double, accepted: Bool) {
        guard counts(arrival) else { return }
        let base = 1 + VisitorOutcome.allCases.count + spec.channels.count
        groups[segment * enquiryCount + enquiry][base] += 1
        if accepted { groups[segment * enquiryCount + enquiry][base + 1] += 1 }
    }

    public func visitorArrived(segment: Int, enquiry: Int, interval: Int, at time: Double) {
        if counts(time) { groups[segment * enquiryCount + enquiry][0] += 1 }
    }

    public func visitorFinished(segment: Int, enquiry: Int, interval: Int, arrival: Double, outcome: VisitorOutcome,
                                channel: Int) {
        guard counts(arrival) else { return }
        let g = segment * enquiryCount + enquiry
        groups[g][1 + outcome.rawValue] += 1
    }

    public func finished(at time: Double) {
        for c in state.indices { accrue(c, to: time) }
        endTime = time
    }

    /// The replication's metrics (call after the simulation finished).
    public func metrics(replication: Int) -> ReplicationMetrics {
        let channels = spec.channels.indices.map { c -> ChannelMetrics in
            var total = Tally()
            let own = tallies[c * intervalCount ..< (c + 1) * intervalCount]
            for t in own { total.merge(t) }
            return ChannelMetrics(channel: spec.channels[c].name, total: total.values(),
                                  intervals: own.map { $0.values() })
        }
        return ReplicationMetrics(replication: replication, channels: channels, endTime: endTime,
                                  visitorGroups: visitorGroups())
    }

    /// Per segment × enquiry groups, then their total.
    private func visitorGroups() -> [VisitorGroupMetrics] {
        guard let v = spec.visitors, !groups.isEmpty else { return [] }
        let names = ["visitors"] + VisitorOutcome.allCases.map(\.name) + spec.channels.map { "contacts_\($0.name)" }
            + ["proactive_invited", "proactive_accepted"]
        var out: [VisitorGroupMetrics] = []
        var total = Array(repeating: 0, count: names.count)
        for (s, segment) in v.segments.enumerated() {
            for (e, enquiry) in v.enquiries.enumerated() {
                let counts = groups[s * enquiryCount + e]
                for k in counts.indices { total[k] += counts[k] }
                out.append(VisitorGroupMetrics(segment: segment.name, enquiry: enquiry.name, names: names,
                                               values: counts.map(Double.init)))
            }
        }
        out.append(VisitorGroupMetrics(segment: "all", enquiry: "all", names: names, values: total.map(Double.init)))
        return out
    }
}
