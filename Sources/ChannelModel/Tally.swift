import Statistics

/// Streaming tallies of one channel over one interval (or over the horizon for one visitor group).
struct Tally {
    var offered = 0, answered = 0, abandoned = 0, unanswered = 0
    var answeredAfterWait = 0, answeredWithinT = 0, completed = 0
    /// Live contacts whose deadline (arrival + sl_time) lies beyond the horizon's end, and
    /// those of them answered: censored, out of the service levels.
    var notYetDue = 0, answeredNotYetDue = 0
    var sumWait = 0.0, sumHandle = 0.0, sumAlone = 0.0
    var waits = WaitHistogram()
    /// Live waits counted by how many of `WaitSurvival.grid`'s thresholds they exceed (exact,
    /// where the histogram's bins would not fall on 30 min or 1 h).
    var waitBuckets = [Int32](repeating: 0, count: WaitSurvival.grid.count + 1)
    // Message-level chats.
    var midChat = 0, replies = 0
    var resolved = 0, unresolved = 0, transferredOut = 0
    /// The channel's share of the agent-seconds on duty after the window closed, finishing
    /// work, and of those within the interval (set from `TeamTime` when the run is over).
    var overtimeArea = 0.0, staffArea = 0.0
    /// Time from arrival (submission) to the end of the contact.
    var sumResponse = 0.0
    var responses = WaitHistogram()
    var recontacts = 0, withdrawn = 0
    /// Phone callbacks: offered, accepted, answered (called back), their waits, and the backlog.
    var callbacksOffered = 0, callbacks = 0, callbacksAnswered = 0
    var sumCallbackWait = 0.0, callbackArea = 0.0
    var sumReplyDelay = 0.0
    var replyDelays = WaitHistogram()
    /// Satisfaction proxy: the sum of the scores of contacts that ended, and their number
    /// (0 without a satisfaction section, which leaves the mean undefined).
    var satisfactionSum = 0.0, satisfactionCount = 0
    /// Sales of visitors whose last contact was on this channel, and their value.
    var conversions = 0, revenue = 0.0
    /// Age of the oldest waiting contact at the interval's end (the largest over merged
    /// intervals); NaN until reported.
    var oldestWaiting = Double.nan
    // Time integrals (agent-seconds, customer-seconds) and the time they cover.
    var queueArea = 0.0, busyArea = 0.0, inServiceArea = 0.0, staffedArea = 0.0, slotsArea = 0.0
    var unavailableArea = 0.0
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
        // Contacts not yet due are censored: in neither numerator nor denominator.
        v[.slOffered] = ratio(Double(answeredWithinT), live - Double(notYetDue))
        v[.slAnswered] = ratio(Double(answeredWithinT), Double(answered - callbacksAnswered - answeredNotYetDue))
        v[.notYetDue] = Double(notYetDue)
        v[.handle] = ratio(sumHandle, Double(completed))
        v[.occupancy] = ratio(busyArea, staffedArea)
        v[.slotUtilisation] = ratio(inServiceArea, slotsArea)
        v[.meanConcurrencyBusy] = ratio(inServiceArea, busyArea)
        v[.meanQueue] = ratio(queueArea, duration)
        v[.staff] = ratio(staffArea, duration)
        v[.availableAgents] = ratio(staffedArea - unavailableArea, duration)
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
        v[.callbacksOffered] = Double(callbacksOffered)
        v[.callbacks] = Double(callbacks)
        v[.callbackWait] = ratio(sumCallbackWait, Double(callbacksAnswered))
        v[.callbackBacklog] = ratio(callbackArea, duration)
        v[.satisfaction] = ratio(satisfactionSum, Double(satisfactionCount))
        v[.conversions] = Double(conversions)
        v[.revenue] = revenue
        v[.oldestWaiting] = oldestWaiting
        v[.callbacksAnswered] = Double(callbacksAnswered)
        for (s, (m, _)) in zip(WaitSurvival.survival(buckets: waitBuckets), WaitSurvival.grid) { v[m] = s }
        return v
    }

    mutating func merge(_ o: Tally) {
        offered += o.offered; answered += o.answered; abandoned += o.abandoned; unanswered += o.unanswered
        answeredAfterWait += o.answeredAfterWait; answeredWithinT += o.answeredWithinT; completed += o.completed
        notYetDue += o.notYetDue; answeredNotYetDue += o.answeredNotYetDue
        sumWait += o.sumWait; sumHandle += o.sumHandle; sumAlone += o.sumAlone
        waits.merge(o.waits)
        for k in waitBuckets.indices { waitBuckets[k] += o.waitBuckets[k] }
        midChat += o.midChat; replies += o.replies; sumReplyDelay += o.sumReplyDelay
        resolved += o.resolved; unresolved += o.unresolved; transferredOut += o.transferredOut
        overtimeArea += o.overtimeArea; staffArea += o.staffArea
        sumResponse += o.sumResponse; responses.merge(o.responses)
        recontacts += o.recontacts; withdrawn += o.withdrawn
        callbacksOffered += o.callbacksOffered; callbacks += o.callbacks; callbacksAnswered += o.callbacksAnswered
        sumCallbackWait += o.sumCallbackWait; callbackArea += o.callbackArea
        replyDelays.merge(o.replyDelays)
        satisfactionSum += o.satisfactionSum; satisfactionCount += o.satisfactionCount
        conversions += o.conversions; revenue += o.revenue
        if !(oldestWaiting >= o.oldestWaiting) && !o.oldestWaiting.isNaN { oldestWaiting = o.oldestWaiting }
        queueArea += o.queueArea; busyArea += o.busyArea; inServiceArea += o.inServiceArea
        staffedArea += o.staffedArea; slotsArea += o.slotsArea; duration += o.duration
        unavailableArea += o.unavailableArea
    }
}

