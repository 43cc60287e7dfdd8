/// The messages of a trace's chats and the visitors' journeys.
extension TraceRecorder {
    public func replied(channel: Int, interval: Int, group: Int, arrival: Double, delay: Double, at time: Double) {
        inner.replied(channel: channel, interval: interval, group: group, arrival: arrival, delay: delay, at: time)
        let c = contact(channel, arrival)
        // The customer's message is the one this reply answers: sent `delay` earlier.
        record(TraceEvent(time: time - delay, kind: .customerMessage, contact: c.id, visitor: c.visitor, channel: Int16(channel)))
        record(TraceEvent(time: time, kind: .agentReply, contact: c.id, visitor: c.visitor, channel: Int16(channel), value: delay))
    }

    public func leftMidChat(channel: Int, interval: Int, group: Int, arrival: Double, service: Double, waited: Double) {
        inner.leftMidChat(channel: channel, interval: interval, group: group, arrival: arrival, service: service, waited: waited)
        let c = contact(channel, arrival)
        let left = c.answered + service
        // The message that was never answered: without it a replay would not send the
        // customer's last words, and the agent side would see a silent leaver.
        record(TraceEvent(time: left - waited, kind: .customerMessage, contact: c.id, visitor: c.visitor, channel: Int16(channel)))
        record(TraceEvent(time: left, kind: .leftMidChat, contact: c.id, visitor: c.visitor, channel: Int16(channel),
                          value: service))
        forget(channel, arrival)
    }

    /// A fluid chat's work is one amount, not messages: n = `settings.exchanges(work:)`
    /// exchanges are synthesised over the service span from `c.answered` to `end`, the 2n
    /// messages alternating customer, agent at equal steps, the first at the answer and the
    /// last reply at the end (as a message-level chat's). Deterministic: no stream is drawn,
    /// so the figures cannot move. Flagged `synthetic` (code 1) in the trace.
    func synthesiseMessages(_ c: (id: Int32, visitor: Int32, answered: Double), channel: Int, work: Double, end: Double) {
        let n = settings.exchanges(work: work)
        guard n > 0 else { return }
        let start = c.answered, step = (end - start) / Double(2 * n - 1)
        for k in 0..<(2 * n) {
            let t = k == 2 * n - 1 ? end : start + Double(k) * step
            if k % 2 == 0 {
                record(TraceEvent(time: t, kind: .customerMessage, contact: c.id, visitor: c.visitor, channel: Int16(channel),
                                  code: 1))
            } else {
                record(TraceEvent(time: t, kind: .agentReply, contact: c.id, visitor: c.visitor, channel: Int16(channel),
                                  code: 1, value: step))
            }
        }
    }

    public func visitorArrived(segment: Int, enquiry: Int, interval: Int, at time: Double) {
        inner.visitorArrived(segment: segment, enquiry: enquiry, interval: interval, at: time)
        let id = nextVisitor
        nextVisitor += 1
        visitors[VisitorKey(segment: segment, enquiry: enquiry, arrival: time.bitPattern)] = id
        record(TraceEvent(time: time, kind: .visitorArrived, visitor: id, code: Int16(segment), value: Double(enquiry)))
    }

    public func visitorInvited(segment: Int, enquiry: Int, interval: Int, arrival: Double, accepted: Bool) {
        inner.visitorInvited(segment: segment, enquiry: enquiry, interval: interval, arrival: arrival, accepted: accepted)
        record(TraceEvent(time: arrival, kind: .invited, visitor: visitor(segment, enquiry, arrival), code: accepted ? 1 : 0))
    }

    public func visitorContacted(segment: Int, enquiry: Int, interval: Int, arrival: Double, channel: Int) {
        inner.visitorContacted(segment: segment, enquiry: enquiry, interval: interval, arrival: arrival, channel: channel)
        pendingVisitor = (visitor(segment, enquiry, arrival), channel)
    }

    public func visitorFinished(segment: Int, enquiry: Int, interval: Int, arrival: Double, outcome: VisitorOutcome,
                                channel: Int, journey: Journey, at time: Double) {
        inner.visitorFinished(segment: segment, enquiry: enquiry, interval: interval, arrival: arrival, outcome: outcome,
                              channel: channel, journey: journey, at: time)
        let key = VisitorKey(segment: segment, enquiry: enquiry, arrival: arrival.bitPattern)
        record(TraceEvent(time: time, kind: .visitorEnded, visitor: visitors[key] ?? -1, channel: Int16(channel),
                          code: Int16(outcome.rawValue)))
        visitors[key] = nil
    }
}
