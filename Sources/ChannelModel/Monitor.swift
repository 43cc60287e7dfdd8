/// The state of one channel at an instant, as the monitor is told it after every change.
public struct ChannelState: Sendable, Equatable {
    /// Customers waiting in the queue (abandoned ones excluded).
    public var queued: Int = 0
    /// Agents holding at least one contact of this channel.
    public var busyAgents: Int = 0
    /// Contacts of this channel being served (chats held, calls in progress).
    public var inService: Int = 0
    /// On-duty agents who have this skill (leaving and closing agents included).
    public var staffed: Int = 0
    /// Slots those on-duty agents offer on this channel (agents × concurrency).
    public var slots: Int = 0
    /// Callers waiting in the callback backlog (not in `queued`).
    public var callbacks: Int = 0
    /// Of `staffed`, the agents in an unavailable spell (see `Unavailability`).
    public var unavailable: Int = 0

    public init() {}
}

/// Where the simulation sends what happens; it never computes a summary itself.
///
/// One monitor belongs to one replication. Intervals are indices into the horizon;
/// a customer's outcome is attributed to the interval in which it arrived. `group` is the
/// visitor group (segment × enquiry count + enquiry) of a contact made by a website
/// visitor (≥ 0), −1 for a direct contact on a channel without classes, and −2 − k for a
/// direct contact of the channel's class k (one integer, so the protocol did not grow a
/// parameter on every call for what most channels lack).
public protocol SimulationMonitor: AnyObject {
    /// Interval `interval` begins at `time` (sent for every interval, in order).
    func intervalBegan(_ interval: Int, at time: Double)
    /// A customer arrived (was offered) on `channel`.
    func arrived(channel: Int, interval: Int, group: Int, at time: Double)
    /// A waiting or new customer got an agent after waiting `wait` seconds (for a callback,
    /// the time until the agent called back): agent number `agent` (0, 1, … in the order the
    /// team's agents first came on duty) of team `team`.
    func answered(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, callback: Bool,
                  team: Int, agent: Int)
    /// A caller who found no free agent was offered a callback (the estimated wait was
    /// long), and `accepted` it instead of waiting in the queue, or declined and queued.
    func callbackOffered(channel: Int, interval: Int, group: Int, arrival: Double, accepted: Bool)
    /// A customer left the queue after waiting `wait` seconds (patience ran out).
    func abandoned(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double)
    /// A customer was still waiting when the run ended with nobody left to serve it (in
    /// the callback backlog when `callback`).
    func unansweredAtEnd(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, callback: Bool)
    /// A contact finished; `service` is the time from answer to end, `alone` what it would
    /// have been had the agent held nothing else (work content, or replies plus typing),
    /// `response` the time from arrival (submission) to end.
    func completed(channel: Int, interval: Int, group: Int, arrival: Double, service: Double, alone: Double,
                   response: Double)
    /// A form submitter without an answer contacted again (from `channel`, the form's)
    /// after waiting `wait` seconds; `withdrawn` when the original item left the backlog.
    func recontacted(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, withdrawn: Bool)
    /// A message-level chat got a reply at `time`, `delay` seconds after the customer's message
    /// (so the message was sent at `time − delay`).
    func replied(channel: Int, interval: Int, group: Int, arrival: Double, delay: Double, at time: Double)
    /// A customer left a message-level chat unresolved because a reply took longer than
    /// their in-chat patience; `service` is the time from answer to leaving, `waited` the
    /// time their last message waited for the reply that never came.
    func leftMidChat(channel: Int, interval: Int, group: Int, arrival: Double, service: Double, waited: Double)
    /// Interval `interval` ended at `time` with the oldest contact still waiting on
    /// `channel` (live or priority queue; callbacks aside) `age` seconds old, or nobody
    /// waiting (`age` 0).
    func oldestWaiting(channel: Int, interval: Int, at time: Double, age: Double)
    /// The channel's state changed at `time`.
    func stateChanged(channel: Int, at time: Double, to state: ChannelState)
    /// A contact ended after service (`completed` came first): resolved, unresolved, or
    /// transferred to another channel.
    func contactEnded(channel: Int, interval: Int, group: Int, arrival: Double, ending: ContactEnding)
    /// An agent of `team` held contacts of `channel` from `from` until `to` (it was busy).
    func agentBusy(team: Int, channel: Int, from: Double, to: Double)
    /// From `time` on, `agents` agents of `team` are on duty beyond the schedule, finishing
    /// work after their shift or the day's window ended (overtime).
    func overtimeChanged(team: Int, at time: Double, agents: Int)
    /// A visitor made a contact on `channel` (after self-serve, or by a transfer).
    func visitorContacted(segment: Int, enquiry: Int, interval: Int, arrival: Double, channel: Int)
    /// A visitor was invited to a proactive chat (and accepted it or not).
    func visitorInvited(segment: Int, enquiry: Int, interval: Int, arrival: Double, accepted: Bool)
    /// A website visitor arrived (its self-serve starts).
    func visitorArrived(segment: Int, enquiry: Int, interval: Int, at time: Double)
    /// A visitor's story ended with `outcome`; `channel` is the channel of its last contact
    /// (−1 for none); `time` is when it ended. Exactly one call per visitor.
    func visitorFinished(segment: Int, enquiry: Int, interval: Int, arrival: Double, outcome: VisitorOutcome,
                         channel: Int, journey: Journey, at time: Double)
    /// The run ended at `time` (last event, drain included).
    func finished(at time: Double)
}

/// What a visitor's story amounted to, beyond its outcome.
public struct Journey: Sendable, Equatable {
    /// Order value of the sale the visitor made, or nil for none.
    public var sale: Double?
    /// The satisfaction proxy's per-minute waiting score summed over the visitor's queue
    /// waits (0 without a satisfaction section).
    public var waitScore: Double

    public init(sale: Double? = nil, waitScore: Double = 0) {
        self.sale = sale
        self.waitScore = waitScore
    }
}
