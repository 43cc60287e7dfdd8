/// A monitor that passes every notification on to another (the metrics recorder) and keeps
/// the journeys of visitors and contacts as `TraceEvent`s, up to `settings.limit` events.
///
/// It is a tee rather than hooks in the engine, so an untraced run pays nothing and the
/// figures of a traced replication are the ones the inner monitor computes anyway. The
/// monitor interface names no customer, so contacts are matched by (channel, arrival time)
/// and visitors by (segment, enquiry, arrival time); two contacts arriving on one channel at
/// the very same instant (possible only with scripted arrivals) would share a number.
public final class TraceRecorder: SimulationMonitor {
    let inner: any SimulationMonitor
    public let settings: TraceSettings
    /// Per channel: a chat in fluid mode, whose messages are synthesised at completion.
    let fluidChat: [Bool]
    public private(set) var events: [TraceEvent] = []
    /// Per contact number, the agent who answered it.
    public private(set) var agents: [TraceAgent] = []
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
    /// The `ended` event of a transfer, whose new contact `arrived` reports next (same visitor).
    var pendingTransfer: (event: Int, visitor: Int32)?
    /// When the latest contact completed: `contactEnded` follows at the same instant.
    var lastCompletion = 0.0

    public init(passingTo inner: any SimulationMonitor, spec: ModelSpec, settings: TraceSettings) {
        self.inner = inner
        self.settings = settings
        fluidChat = spec.channels.map { $0.kind == .chat && $0.mode == .fluid }
    }

    /// What was recorded, detached from the recorder.
    public var capture: TraceCapture { TraceCapture(events: events, agents: agents, overflowed: overflowed) }

    func record(_ e: TraceEvent) {
        guard events.count < settings.limit else {
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

    /// A contact that did not get an agent on arrival: `queued` at its arrival (reported
    /// when that is known, so the time sort puts it in place).
    func queued(_ c: (id: Int32, visitor: Int32, answered: Double), channel: Int, arrival: Double) {
        record(TraceEvent(time: arrival, kind: .queued, contact: c.id, visitor: c.visitor, channel: Int16(channel)))
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
        agents.append(.none)
        if let t = pendingTransfer, t.visitor == v, t.event < events.count { events[t.event].value = Double(id) }
        pendingTransfer = nil
        contacts[ContactKey(channel: channel, arrival: time.bitPattern)] = (id, v, time)
        // A direct contact's class (group −2 − k) is told as code k + 1; 0 for none.
        record(TraceEvent(time: time, kind: .arrived, contact: id, visitor: v, channel: Int16(channel),
                          code: group < -1 ? Int16(-1 - group) : 0))
    }

    public func answered(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, callback: Bool,
                         team: Int, agent: Int) {
        inner.answered(channel: channel, interval: interval, group: group, arrival: arrival, wait: wait, callback: callback,
                       team: team, agent: agent)
        let key = ContactKey(channel: channel, arrival: arrival.bitPattern)
        let c = contact(channel, arrival)
        contacts[key]?.answered = arrival + wait
        if c.id >= 0 { agents[Int(c.id)] = TraceAgent(team: Int32(team), number: Int32(agent)) }
        if wait > 0 { queued(c, channel: channel, arrival: arrival) }
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
        queued(c, channel: channel, arrival: arrival)
        record(TraceEvent(time: arrival + wait, kind: .abandoned, contact: c.id, visitor: c.visitor, channel: Int16(channel),
                          value: wait))
        forget(channel, arrival)
    }

    public func unansweredAtEnd(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, callback: Bool) {
        inner.unansweredAtEnd(channel: channel, interval: interval, group: group, arrival: arrival, wait: wait, callback: callback)
        let c = contact(channel, arrival)
        queued(c, channel: channel, arrival: arrival)
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
        if fluidChat[channel] { synthesiseMessages(c, channel: channel, work: alone, end: lastCompletion) }
        record(TraceEvent(time: lastCompletion, kind: .completed, contact: c.id, visitor: c.visitor, channel: Int16(channel),
                          value: service))
    }

    public func recontacted(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, withdrawn: Bool) {
        inner.recontacted(channel: channel, interval: interval, group: group, arrival: arrival, wait: wait, withdrawn: withdrawn)
        let c = contact(channel, arrival)
        record(TraceEvent(time: arrival + wait, kind: .recontacted, contact: c.id, visitor: c.visitor, channel: Int16(channel),
                          code: withdrawn ? 1 : 0, value: wait))
    }

    public func contactEnded(channel: Int, interval: Int, group: Int, arrival: Double, ending: ContactEnding) {
        inner.contactEnded(channel: channel, interval: interval, group: group, arrival: arrival, ending: ending)
        let c = contact(channel, arrival)
        // A transfer's new contact arrives next; its number is filled in then.
        if ending == .transferred { pendingTransfer = (events.count, c.visitor) }
        record(TraceEvent(time: lastCompletion, kind: .ended, contact: c.id, visitor: c.visitor, channel: Int16(channel),
                          code: ending.traceCode, value: -1))
        forget(channel, arrival)
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
