import SimKernel

/// Routing, service and completion: how contacts meet agents.
extension Simulation {
    /// The agent an arriving contact of channel c goes to, by the channel's rule, or nil.
    @inline(__always)
    func pickAgent(channel c: Int) -> Int32? {
        switch assignment[c] {
        case .leastLoaded: return buckets[c].lowest()
        case .fillBusiest: return buckets[c].highest()
        }
    }

    /// Puts agent `a` in or out of each of its skills' buckets after any change.
    @inline(__always)
    mutating func refreshBuckets(_ a: Int32) {
        let ag = agents.items[Int(a)]
        let team = Int(ag.team)
        for k in agents.skillStart[team] ..< agents.skillStart[team + 1] {
            let c = Int(agents.skillList[k])
            buckets[c].remove(a)
            if ag.status == .active && !ag.away && (ag.channel < 0 || Int(ag.channel) == c)
                && ag.load < agents.capacity(team: team, channel: c) {
                buckets[c].insert(a, level: Int(ag.load))
            }
        }
    }

    /// Agent `a` starts serving customer `i` now.
    mutating func startService(customer i: Int32, agent a: Int32) {
        let cu = customers[i]
        let c = Int(cu.channel)
        agents.sync(a, now: now)
        var ag = agents.items[Int(a)]
        customers[i].state = .inService
        customers[i].answeredAt = now
        customers[i].agent = a
        agents.held[Int(a) * agents.stride + Int(ag.load)] = i
        if ag.load == 0 {
            state[c].busyAgents += 1
            ag.busySince = now
        }
        ag.load += 1
        ag.channel = cu.channel
        agents.items[Int(a)] = ag
        state[c].inService += 1
        dirtyMask |= 1 << UInt64(c)
        monitor.answered(channel: c, interval: Int(cu.interval), group: Int(cu.group), arrival: cu.arrival,
                         wait: now - cu.arrival, callback: cu.callback, team: Int(ag.team), agent: Int(ag.number))
        accrueWaitScore(i)
        if isMessages[c] {
            beginChat(i, agent: a)
        } else {
            customers[i].finishV = ag.virtualTime + cu.work
            customers[i].aloneTime = cu.work
            scheduleCompletion(a)
        }
        refreshBuckets(a)
    }

    /// (Re)arms agent `a`'s completion timer for its earliest-finishing contact.
    @inline(__always)
    mutating func scheduleCompletion(_ a: Int32) {
        let g = agents.generations.bump(Int(a))
        let ag = agents.items[Int(a)]
        guard ag.load > 0 else { return }
        let base = Int(a) * agents.stride
        var minV = Double.infinity
        for j in 0..<Int(ag.load) { minV = min(minV, customers[agents.held[base + j]].finishV) }
        let dt = max(0, minV - ag.virtualTime) / agents.speed(a)
        events.schedule(at: now + dt, priority: .completion, .completion(agent: a, generation: g))
    }

    /// Agent `a`'s timer fired: its earliest fluid contact ends, or its reply is sent.
    mutating func complete(agent a: Int32) {
        let c = agents.items[Int(a)].channel
        if c >= 0 && isMessages[Int(c)] {
            replySent(agent: a)
            return
        }
        agents.sync(a, now: now)
        let base = Int(a) * agents.stride
        var k = 0
        for j in 1..<Int(agents.items[Int(a)].load)
        where customers[agents.held[base + j]].finishV < customers[agents.held[base + k]].finishV {
            k = j
        }
        let i = agents.held[base + k]
        let cu = customers[i]
        // Snap to the finished contact's mark so rounding never accumulates.
        agents.items[Int(a)].virtualTime = max(agents.items[Int(a)].virtualTime, cu.finishV)
        if cu.state == .wrapUp {
            // The after-call work is done: only now is the slot free.
            detach(slot: k, agent: a)
            customers.release(i)
            afterDeparture(a)
            return
        }
        if cu.wrap > 0 {
            beginWrapUp(slot: k, agent: a, wrap: cu.wrap)
        } else {
            detach(slot: k, agent: a)
        }
        monitor.completed(channel: Int(cu.channel), interval: Int(cu.interval), group: Int(cu.group), arrival: cu.arrival,
                          service: now - cu.answeredAt, alone: cu.aloneTime, response: now - cu.arrival)
        endContact(i)
        if cu.wrap > 0 {
            // The agent holds the wrap-up in the same slot: nothing to take, nothing to
            // refresh (its load did not change); only its timer moves on.
            scheduleCompletion(a)
        } else {
            afterDeparture(a)
        }
    }

    /// The contact in slot k of agent a ended for the customer: the slot is held by an
    /// after-call work token of `wrap` seconds of agent work, progressing like any contact
    /// the agent holds (so at speed 1 on a call or form; shared on chats). The token is a
    /// pool entry so the run drains only once the wrap-up is over.
    mutating func beginWrapUp(slot k: Int, agent a: Int32, wrap: Double) {
        let base = Int(a) * agents.stride
        let c = customers[agents.held[base + k]].channel
        let t = customers.allocate()
        customers[t] = Customer(arrival: now, patience: .infinity, work: wrap, finishV: agents.items[Int(a)].virtualTime + wrap,
                                answeredAt: now, channel: c, interval: Int32(currentInterval), agent: a, state: .wrapUp)
        customers[t].aloneTime = wrap
        agents.held[base + k] = t
    }

    /// Takes the contact in slot k off agent a (its load and the channel's counts).
    mutating func detach(slot k: Int, agent a: Int32) {
        let base = Int(a) * agents.stride
        var ag = agents.items[Int(a)]
        let c = Int(customers[agents.held[base + k]].channel)
        ag.load -= 1
        agents.held[base + k] = agents.held[base + Int(ag.load)]
        state[c].inService -= 1
        if ag.load == 0 {
            ag.channel = -1
            state[c].busyAgents -= 1
            monitor.agentBusy(team: Int(ag.team), channel: c, from: ag.busySince, to: now)
        }
        agents.items[Int(a)] = ag
        dirtyMask |= 1 << UInt64(c)
    }

    /// The slot in which agent a holds customer i.
    func slot(of i: Int32, agent a: Int32) -> Int {
        let base = Int(a) * agents.stride
        for k in 0..<Int(agents.items[Int(a)].load) where agents.held[base + k] == i { return k }
        preconditionFailure("customer \(i) is not held by agent \(a)")
    }

    /// After a contact left agent a: the agent takes waiting work, goes off if its shift
    /// is over and it holds nothing, and its timer is re-armed.
    mutating func afterDeparture(_ a: Int32) {
        pullWork(a)
        if agents.items[Int(a)].load == 0 && agents.items[Int(a)].status != .active {
            goOff(a)
        }
        let c = agents.items[Int(a)].channel
        if c >= 0 && isMessages[Int(c)] {
            if agents.items[Int(a)].writing < 0 { startWriting(agent: a) }
        } else {
            scheduleCompletion(a)
        }
        refreshBuckets(a)
    }

    /// Agent `a` (active or closing) takes waiting contacts while it has room: from the
    /// channel it already serves, or when idle from its skills in priority order.
    mutating func pullWork(_ a: Int32) {
        let status = agents.items[Int(a)].status
        guard status == .active || status == .closing, !agents.items[Int(a)].away else { return }
        let team = Int(agents.items[Int(a)].team)
        while true {
            let ag = agents.items[Int(a)]
            var taken = false
            if ag.channel >= 0 {
                let c = Int(ag.channel)
                if ag.load < agents.capacity(team: team, channel: c), let i = dequeue(channel: c) {
                    startService(customer: i, agent: a)
                    taken = true
                }
            } else {
                for k in agents.skillStart[team] ..< agents.skillStart[team + 1] {
                    let c = Int(agents.skillList[k])
                    if isWorking(c), let i = dequeue(channel: c) {
                        startService(customer: i, agent: a)
                        taken = true
                        break
                    }
                }
            }
            if !taken { return }
        }
    }
}
