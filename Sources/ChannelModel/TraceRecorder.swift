/// A monitor that passes every notification on to another (the metrics recorder) and keeps
/// the journeys of visitors and contacts as `TraceEvent`s, up to `limit` events.
///
/// It is a tee rather than hooks in the engine, so an untraced run pays nothing and the
/// figures of a traced replication are the ones the inner monitor computes anyway. The
/// monitor interface names no customer, so contacts are matched by (channel, arrival time)
/// and visitors by (segment, enquiry, arrival time); two contacts arriving on one channel at
/// the very same instant (possible only with scripted arrivals) would share a number.
public final class TraceRecorder: SimulationMonitor {
    let inner: any SimulationMonitor
    /// Events beyond this are not kept and `overflowed` is set (docs/decisions.md).
    public let limit: Int
    public private(set) var events: [TraceEvent] = []
    /// Whether more than `limit` events happened (the trace is then incomplete).
    public private(set) var overflowed = false

    struct ContactKey: Hashable {
        var channel: Int
        var arrival: UInt64
    }
    struct VisitorKey: Hashable {
        var segment: Int, enquiry: Int
        var arrival: UInt64
    }
    /// Live contacts: number, visitor number and answer time.
    var contacts: [ContactKey: (id: Int32, visitor: Int32, answered: Double)] = [:]
    var visitors: [VisitorKey: Int32] = [:]
    var nextContact: Int32 = 0
    var nextVisitor: Int32 = 0
    /// The visitor whose contact `arrived` is about to report (`visitorContacted` comes just before).
    var pendingVisitor: (id: Int32, channel: Int)?
    /// When the latest contact completed: `contactEnded` follows at the same instant.
    var lastCompletion = 0.0

    public init(passingTo inner: any SimulationMonitor, limit: Int) {
        self.inner = inner
        self.limit = limit
    }

    func record(_ e: TraceEvent) {
        guard events.count < limit else {
            overflowed = true
            return
        }
        events.append(e)
    }

    func contact(_ channel: Int, _ arrival: Double) -> (id: Int32, visitor: Int32, answered: Double) {
        contacts[ContactKey(channel: channel, arrival: arrival.bitPattern)] ?? (-1, -1, arrival)
    }

    func forget(_ channel: Int, _ arrival: Double) {
        contacts[ContactKey(channel: channel, arrival: arrival.bitPattern)] = nil
    }

    func visitor(_ segment: Int, _ enquiry: Int, _ arrival: Double) -> Int32 {
        visitors[VisitorKey(segment: segment, enquiry: enquiry, arrival: arrival.bitPattern)] ?? -1
    }

    public func intervalBegan(_ interval: Int, at time: Double) { inner.intervalBegan(interval, at: time) }

    public func arrived(channel: Int, interval: Int, group: Int, at time: Double) {
        inner.arrived(channel: channel, interval: interval, group: group, at: time)
        var v: Int32 = -1
        if let p = pendingVisitor, p.channel == channel {
            v = p.id
            record(TraceEvent(time: time, kind: .channelChosen, visitor: v, channel: Int16(channel)))
        }
        pendingVisitor = nil
        let id = nextContact
        nextContact += 1
        contacts[ContactKey(channel: channel, arrival: time.bitPattern)] = (id, v, time)
        // A direct contact's class (group −2 − k) is told as code k + 1; 0 for none.
        record(TraceEvent(time: time, kind: .arrived, contact: id, visitor: v, channel: Int16(channel),
                          code: group < -1 ? Int16(-1 - group) : 0))
    }

    public func answered(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, callback: Bool) {
        inner.answered(channel: channel, interval: interval, group: group, arrival: arrival, wait: wait, callback: callback)
        let key = ContactKey(channel: channel, arrival: arrival.bitPattern)
        let c = contact(channel, arrival)
        contacts[key]?.answered = arrival + wait
        record(TraceEvent(time: arrival + wait, kind: .answered, contact: c.id, visitor: c.visitor, channel: Int16(channel),
                          code: callback ? 1 : 0, value: wait))
    }

    public func callbackOffered(channel: Int, interval: Int, group: Int, arrival: Double, accepted: Bool) {
        inner.callbackOffered(channel: channel, interval: interval, group: group, arrival: arrival, accepted: accepted)
        let c = contact(channel, arrival)
        record(TraceEvent(time: arrival, kind: .callbackOffered, contact: c.id, visitor: c.visitor, channel: Int16(channel),
                          code: accepted ? 1 : 0))
    }

    public func abandoned(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double) {
        inner.abandoned(channel: channel, interval: interval, group: group, arrival: arrival, wait: wait)
        let c = contact(channel, arrival)
        record(TraceEvent(time: arrival + wait, kind: .abandoned, contact: c.id, visitor: c.visitor, channel: Int16(channel),
                          value: wait))
        forget(channel, arrival)
    }

    public func unansweredAtEnd(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, callback: Bool) {
        inner.unansweredAtEnd(channel: channel, interval: interval, group: group, arrival: arrival, wait: wait, callback: callback)
        let c = contact(channel, arrival)
        record(TraceEvent(time: arrival + wait, kind: .unanswered, contact: c.id, visitor: c.visitor, channel: Int16(channel),
                          code: callback ? 1 : 0, value: wait))
        forget(channel, arrival)
    }

    public func completed(channel: Int, interval: Int, group: Int, arrival: Double, service: Double, alone: Double,
                          response: Double) {
        inner.completed(channel: channel, interval: interval, group: group, arrival: arrival, service: service, alone: alone,
                        response: response)
        let c = contact(channel, arrival)
        lastCompletion = arrival + response
        record(TraceEvent(time: lastCompletion, kind: .completed, contact: c.id, visitor: c.visitor, channel: Int16(channel),
                          value: service))
    }

    public func recontacted(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, withdrawn: Bool) {
        inner.recontacted(channel: channel, interval: interval, group: group, arrival: arrival, wait: wait, withdrawn: withdrawn)
        let c = contact(channel, arrival)
        record(TraceEvent(time: arrival + wait, kind: .recontacted, contact: c.id, visitor: c.visitor, channel: Int16(channel),
                          code: withdrawn ? 1 : 0, value: wait))
    }

    public func replied(channel: Int, interval: Int, group: Int, arrival: Double, delay: Double, at time: Double) {
        inner.replied(channel: channel, interval: interval, group: group, arrival: arrival, delay: delay, at: time)
        let c = contact(channel, arrival)
        // The customer's message is the one this reply answers: sent `delay` earlier.
        record(TraceEvent(time: time - delay, kind: .customerMessage, contact: c.id, visitor: c.visitor, channel: Int16(channel)))
        record(TraceEvent(time: time, kind: .agentReply, contact: c.id, visitor: c.visitor, channel: Int16(channel), value: delay))
    }

    public func leftMidChat(channel: Int, interval: Int, group: Int, arrival: Double, service: Double) {
        inner.leftMidChat(channel: channel, interval: interval, group: group, arrival: arrival, service: service)
        let c = contact(channel, arrival)
        record(TraceEvent(time: c.answered + service, kind: .leftMidChat, contact: c.id, visitor: c.visitor,
                          channel: Int16(channel), value: service))
        forget(channel, arrival)
    }

    public func contactEnded(channel: Int, interval: Int, group: Int, arrival: Double, ending: ContactEnding) {
        inner.contactEnded(channel: channel, interval: interval, group: group, arrival: arrival, ending: ending)
        let c = contact(channel, arrival)
        record(TraceEvent(time: lastCompletion, kind: .ended, contact: c.id, visitor: c.visitor, channel: Int16(channel),
                          code: ending.traceCode))
        forget(channel, arrival)
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

    // Aggregate notifications: passed on, not traced.
    public func oldestWaiting(channel: Int, interval: Int, at time: Double, age: Double) {
        inner.oldestWaiting(channel: channel, interval: interval, at: time, age: age)
    }
    public func stateChanged(channel: Int, at time: Double, to state: ChannelState) {
        inner.stateChanged(channel: channel, at: time, to: state)
    }
    public func agentBusy(team: Int, channel: Int, from: Double, to: Double) {
        inner.agentBusy(team: team, channel: channel, from: from, to: to)
    }
    public func overtimeChanged(team: Int, at time: Double, agents: Int) {
        inner.overtimeChanged(team: team, at: time, agents: agents)
    }
    public func finished(at time: Double) { inner.finished(at: time) }
}
