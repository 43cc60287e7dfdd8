import SimKernel

/// Web forms, secure messages, email (DESIGN §1.4): submissions join a backlog worked
/// oldest first, one item per agent, only during the channel's working hours. A
/// submitter still waiting for an answer after their re-contact patience contacts again
/// through another channel (a repeat contact); the item stays in the backlog unless the
/// scenario says it is withdrawn.
extension Simulation {
    /// Whether agents may take channel c's work now (forms: inside working hours).
    @inline(__always)
    func isWorking(_ c: Int) -> Bool {
        guard let hours = workHours[c] else { return true }
        let clock = spec.horizon.clockOfDay(now)
        return clock >= hours.lowerBound && clock < hours.upperBound
    }

    /// Schedules, for each day, the moment each form channel's working hours begin.
    mutating func scheduleFormOpenings() {
        let h = spec.horizon
        for (c, hours) in workHours.enumerated() {
            guard let hours else { continue }
            for d in 0..<h.days {
                let t = h.start(ofInterval: d * h.intervalsPerDay) + (hours.lowerBound - h.dayStart)
                if t > 0 { events.schedule(at: t, priority: .boundary, .opens(channel: Int32(c))) }
            }
        }
    }

    /// Form hours begin: every idle agent on shift takes work (its skills in order).
    mutating func formHoursBegin(_ c: Int) {
        for a in agents.items.indices where agents.items[a].status == .active && agents.items[a].load == 0 {
            pullWork(Int32(a))       // startService keeps the buckets right
        }
    }

    /// A form submitter's patience ran out with the item still in the backlog: the visitor
    /// contacts again through the channel's re-contact choice (from a uniform drawn at
    /// arrival), as a new contact that now carries the visitor's story.
    mutating func recontact(_ i: Int32) {
        let item = customers[i]
        let c = Int(item.channel)
        let ch = spec.channels[c]
        guard item.segment >= 0, let weights = ch.recontact else { return }
        if ch.withdrawOnRecontact {
            customers[i].state = .abandoned          // leaves the backlog (removed lazily)
            state[c].queued -= 1
            dirtyMask |= 1 << UInt64(c)
        }
        monitor.recontacted(channel: c, interval: Int(item.interval), group: Int(item.group), arrival: item.arrival,
                            wait: now - item.arrival, withdrawn: ch.withdrawOnRecontact)
        // The new contact takes over the visitor (and the wait so far); the old item, if it
        // stays, is answered later without ending the visitor's story again.
        accrueWaitScore(i)
        let j = customers.allocate()
        var cu = customers[i]
        cu.state = .waiting
        customers[j] = cu
        customers[i].segment = -1
        guard let r = choose(weights, u: item.uRecontact) else {
            finishVisitor(j, .left, channel: -1)
            customers.release(j)
            return
        }
        contact(j, channel: r, priority: false, transferred: false)
    }
}
