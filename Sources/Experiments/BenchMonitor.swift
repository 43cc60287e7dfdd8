import ChannelModel
import Statistics

/// A monitor for the single long benchmark run: whole-run tallies in the peers' terms,
/// plus batch means so each figure gets a confidence interval from one replication.
///
/// Customers are batched in the order their wait ends (answered or abandoned); time
/// averages are cut at the same instants.
///
/// Like `MetricsRecorder`, its stored properties skip dynamic exclusivity checks: it is
/// confined to the one thread running the benchmark and called on every event.
public final class BenchMonitor: SimulationMonitor {
    let slTime: Double
    let batchSize: Int
    @exclusivity(unchecked) public private(set) var served = 0, abandoned = 0, waited = 0, slOK = 0
    @exclusivity(unchecked) public private(set) var sumWaitServed = 0.0
    @exclusivity(unchecked) var areaBusy = 0.0, areaInService = 0.0, lastTime = 0.0
    @exclusivity(unchecked) var state = ChannelState()
    @exclusivity(unchecked) public private(set) var endTime = 0.0

    // The batch under way.
    @exclusivity(unchecked) var b = (served: 0, abandoned: 0, waited: 0, slOK: 0, sumWait: 0.0, start: 0.0, busy0: 0.0, inService0: 0.0)
    /// Per batch: the peers' fields.
    @exclusivity(unchecked) public private(set) var batches: [[String: Double]] = []
    let agents: Int, slots: Int

    public init(slTime: Double, batchSize: Int, agents: Int, slots: Int) {
        self.slTime = slTime
        self.batchSize = max(1, batchSize)
        self.agents = agents
        self.slots = slots
    }

    public var customers: Int { served + abandoned }

    private func accrue(_ t: Double) {
        let dt = t - lastTime
        areaBusy += Double(state.busyAgents) * dt
        areaInService += Double(state.inService) * dt
        lastTime = t
    }

    private func outcome(at t: Double) {
        guard b.served + b.abandoned == batchSize else { return }
        accrue(t)
        let n = Double(batchSize), span = t - b.start
        let busy = areaBusy - b.busy0, chats = areaInService - b.inService0
        batches.append([
            "p_wait": Double(b.waited) / n,
            "mean_wait_served": b.served > 0 ? b.sumWait / Double(b.served) / 60 : .nan,
            "p_abandon": Double(b.abandoned) / n,
            "sl20_offered": Double(b.slOK) / n,
            "sl20_answered": b.served > 0 ? Double(b.slOK) / Double(b.served) : .nan,
            "utilisation": busy / (Double(agents) * span),
            "slot_utilisation": chats / (Double(slots) * span),
            "agent_busy_fraction": busy / (Double(agents) * span),
            "mean_concurrency_busy": busy > 0 ? chats / busy : .nan,
        ])
        b = (0, 0, 0, 0, 0, t, areaBusy, areaInService)
    }

    public func intervalBegan(_ interval: Int, at time: Double) {}
    public func arrived(channel: Int, interval: Int, group: Int, at time: Double) {}

    public func callbackOffered(channel: Int, interval: Int, group: Int, arrival: Double, accepted: Bool) {}

    public func answered(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, callback: Bool,
                         team: Int, agent: Int) {
        served += 1; b.served += 1
        sumWaitServed += wait; b.sumWait += wait
        if wait > 0 { waited += 1; b.waited += 1 }
        if wait <= slTime { slOK += 1; b.slOK += 1 }
        outcome(at: arrival + wait)
    }

    public func abandoned(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double) {
        abandoned += 1; b.abandoned += 1
        waited += 1; b.waited += 1
        outcome(at: arrival + wait)
    }

    public func unansweredAtEnd(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, callback: Bool) {}
    public func completed(channel: Int, interval: Int, group: Int, arrival: Double, service: Double, alone: Double, response: Double) {}
    public func recontacted(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, withdrawn: Bool) {}
    public func replied(channel: Int, interval: Int, group: Int, arrival: Double, delay: Double, at time: Double) {}
    public func visitorArrived(segment: Int, enquiry: Int, interval: Int, at time: Double) {}
    public func visitorInvited(segment: Int, enquiry: Int, interval: Int, arrival: Double, accepted: Bool) {}
    public func contactEnded(channel: Int, interval: Int, group: Int, arrival: Double, ending: ContactEnding) {}
    public func visitorContacted(segment: Int, enquiry: Int, interval: Int, arrival: Double, channel: Int) {}
    public func visitorFinished(segment: Int, enquiry: Int, interval: Int, arrival: Double, outcome: VisitorOutcome,
                                channel: Int, journey: Journey, at time: Double) {}
    public func agentBusy(team: Int, channel: Int, from: Double, to: Double) {}
    public func overtimeChanged(team: Int, at time: Double, agents: Int) {}
    public func leftMidChat(channel: Int, interval: Int, group: Int, arrival: Double, service: Double, waited: Double) {}

    public func oldestWaiting(channel: Int, interval: Int, at time: Double, age: Double) {}

    public func stateChanged(channel: Int, at time: Double, to newState: ChannelState) {
        accrue(time)
        state = newState
    }

    public func finished(at time: Double) {
        accrue(time)
        endTime = time
    }

    /// Whole-run figures in the peers' units and names.
    public var outputs: [String: Double] {
        let n = Double(customers), T = endTime
        return [
            "p_wait": Double(waited) / n,
            "mean_wait_served": sumWaitServed / Double(max(served, 1)) / 60,
            "p_abandon": Double(abandoned) / n,
            "sl20_offered": Double(slOK) / n,
            "sl20_answered": Double(slOK) / Double(max(served, 1)),
            "utilisation": areaBusy / (Double(agents) * T),
            "slot_utilisation": areaInService / (Double(slots) * T),
            "agent_busy_fraction": areaBusy / (Double(agents) * T),
            "mean_concurrency_busy": areaInService / areaBusy,
        ]
    }
}
