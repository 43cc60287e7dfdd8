import SimKernel

/// Shifts: head-count changes at interval boundaries, and the day's close.
extension Simulation {
    /// Interval i starts: every team moves to its head-count for i.
    mutating func beginInterval(_ i: Int) {
        // The previous interval ends now unless the window closed after it (reported then).
        if i > 0 && intervalEnds[i - 1] == now { reportOldestWaiting(interval: i - 1) }
        currentInterval = i
        monitor.intervalBegan(i, at: now)
        for t in spec.teams.indices { setHeadcount(team: t, to: spec.teams[t].onDuty(i)) }
        let h = spec.horizon
        if i + 1 < h.intervalCount && h.start(ofInterval: i + 1) == h.end(ofInterval: i) {
            events.schedule(at: h.end(ofInterval: i), priority: .boundary, .boundary(interval: Int32(i + 1)))
        } else {
            events.schedule(at: h.end(ofInterval: i), priority: .boundary, .close(interval: Int32(i)))
        }
    }

    /// The window closes after interval i: no new arrivals come until the next day, and the
    /// agents on shift finish the queue and their work, then go off.
    mutating func closeWindow(after i: Int) {
        reportOldestWaiting(interval: i)
        for a in agents.items.indices where agents.items[a].status == .active {
            setStatus(Int32(a), .closing)
            pullWork(Int32(a))
            if agents.items[a].load == 0 { goOff(Int32(a)) }
        }
        if i + 1 < spec.horizon.intervalCount {
            events.schedule(at: spec.horizon.start(ofInterval: i + 1), priority: .boundary,
                            .boundary(interval: Int32(i + 1)))
        }
    }

    /// Brings `team` to `target` agents on shift. Agents still finishing earlier work
    /// (leaving or closing) are reinstated before anyone new starts; when fewer are needed,
    /// idle agents go first and busy ones finish what they hold.
    mutating func setHeadcount(team t: Int, to target: Int) {
        var active = 0
        for a in agents.byTeam[t] {
            let st = agents.items[Int(a)].status
            if st == .closing { setStatus(a, .active) }
            if st == .active || st == .closing { active += 1 }
        }
        if active < target {
            for a in agents.byTeam[t] where active < target && agents.items[Int(a)].status == .leaving {
                setStatus(a, .active)
                active += 1
            }
            for a in agents.byTeam[t] where active < target && agents.items[Int(a)].status == .off {
                setStatus(a, .active)
                active += 1
            }
            while active < target {
                setStatus(agents.add(team: t), .active)
                active += 1
            }
            for a in agents.byTeam[t] where agents.items[Int(a)].status == .active { pullWork(a) }
        } else if active > target {
            var excess = active - target
            // Fewest contacts first (ties by agent number): idle agents leave at once,
            // then the least loaded, who finish what they hold.
            let onShift = agents.byTeam[t].filter { agents.items[Int($0)].status == .active }
                .sorted { (agents.items[Int($0)].load, $0) < (agents.items[Int($1)].load, $1) }
            for a in onShift where excess > 0 {
                if agents.items[Int(a)].load == 0 { goOff(a) } else { setStatus(a, .leaving) }
                excess -= 1
            }
        }
    }

    /// Changes an agent's status, keeping the channels' staffed counts and buckets right.
    mutating func setStatus(_ a: Int32, _ status: AgentStatus) {
        let old = agents.items[Int(a)].status
        guard old != status else { return }
        let team = Int(agents.items[Int(a)].team)
        if old == .off || status == .off {
            let sign = status == .off ? -1 : 1
            for k in agents.skillStart[team] ..< agents.skillStart[team + 1] {
                let c = Int(agents.skillList[k])
                state[c].staffed += sign
                state[c].slots += sign * Int(agents.capacity(team: team, channel: c))
                dirtyMask |= 1 << UInt64(c)
            }
        }
        if old == .off {
            agents.sync(a, now: now)
        }
        // An agent's spells run while it is on duty (docs/model.md, "Unavailability").
        if status == .off { stopSpells(a) }
        agents.items[Int(a)].status = status
        if old == .off { startSpells(a) }
        refreshBuckets(a)
        // Leaving and closing agents are beyond the schedule: their time is overtime.
        let extra = (status == .leaving || status == .closing ? 1 : 0) - (old == .leaving || old == .closing ? 1 : 0)
        if extra != 0 {
            overtimeAgents[team] += extra
            monitor.overtimeChanged(team: team, at: now, agents: overtimeAgents[team])
        }
    }

    mutating func goOff(_ a: Int32) {
        setStatus(a, .off)
    }

    /// Tells the monitor, for every channel, how long the oldest contact still waiting has
    /// waited at the end of interval i (the backlog's age; abandoned ones still in the
    /// buffer are skipped).
    mutating func reportOldestWaiting(interval i: Int) {
        for c in queues.indices {
            var oldest = now
            for q in [priorityQueues[c], queues[c]] + laneQueues[c] {
                for k in 0..<q.count where customers[q[k]].state == .waiting {
                    oldest = min(oldest, customers[q[k]].arrival)
                    break
                }
            }
            monitor.oldestWaiting(channel: c, interval: i, at: now, age: now - oldest)
        }
    }
}
