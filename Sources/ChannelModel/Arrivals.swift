import Foundation
import SimKernel

/// Direct arrivals and the queue: the next arrival of each channel, a contact joining its
/// channel (answered at once or queued), abandonment, and taking the next waiting contact.
extension Simulation {
    /// Schedules the channel's next arrival after `t` by inverting the piecewise-constant
    /// cumulative rate: one Exp(1) draw, spent interval by interval (exact for a
    /// non-homogeneous Poisson process, with no thinning and no wasted draws).
    mutating func scheduleNextArrival(channel c: Int, after t: Double) {
        guard !arrivalsExhausted else { return }
        if let times = scriptedTimes[c] {
            if scripted[c] < times.count {
                nextArrival[c] = times[scripted[c]]
                scripted[c] += 1
            }
            return
        }
        nextArrival[c] = nextTime(after: t, rates: rates[c], budget: draws[c].unitExponential())
    }

    /// The time at which a Poisson process with piecewise-constant `rates` (per interval)
    /// has spent `budget` (an Exp(1) draw) of cumulative rate after `t`; infinity if it
    /// never does within the horizon.
    func nextTime(after t: Double, rates: [Double], budget: Double) -> Double {
        var budget = budget
        var time = t
        // The interval containing t, or the next one to open when t is in a closed gap.
        var i = currentInterval
        while i < intervalEnds.count && intervalEnds[i] <= t { i += 1 }
        while i < intervalEnds.count {
            let start = max(time, intervalStarts[i]), end = intervalEnds[i]
            let r = rates[i]
            if r > 0 && r * (end - start) >= budget { return start + budget / r }
            budget -= r * (end - start)
            i += 1
            time = end
        }
        return .infinity
    }

    mutating func arrive(channel c: Int) {
        arrivals += 1
        if arrivals >= maxArrivals { arrivalsExhausted = true }
        let ch = Int32(c)
        let interval = currentInterval
        let i = customers.allocate()
        // Every attribute is drawn now, each from its own stream, whether or not it is
        // used, so two strategies on one seed see the same customers.
        let d = draws[c]
        var patience: Double, work: Double, wrap = 0.0
        // A channel with classes first draws the contact's class (its own stream), then its
        // attributes from the class's laws; without classes nothing of this is drawn.
        var cls = -1
        if d.classStream != nil {
            let recorded = scriptedTimes[c] == nil ? -1 : scriptedClasses[c].map { k in
                scripted[c] - 1 < k.count ? k[scripted[c] - 1] : -1
            } ?? -1
            cls = d.drawClass(recorded: recorded)
            (patience, work, wrap) = d.customer(ofClass: cls, interval: interval)
        } else {
            (patience, work) = d.customer(interval: interval)
        }
        // A replayed contact's recorded handle time and patience replace the draws (made
        // anyway, above, so every stream stays where it would be). scripted[c] was advanced
        // when this arrival was scheduled, so this contact is number scripted[c] − 1.
        if scriptedTimes[c] != nil {
            let k = scripted[c] - 1
            if let w = scriptedWork[c], k < w.count, w[k] >= 0 { work = w[k] }
            if let p = scriptedPatience[c], k < p.count, p[k] >= 0 { patience = p[k] }
        }
        customers[i] = Customer(arrival: now, patience: patience, work: work, finishV: 0, answeredAt: 0,
                                channel: ch, interval: Int32(interval), state: .waiting)
        if let m = d.messages {
            customers[i].inChatPatience = m.inChatPatience.sample(m.inChatPatienceStream)
            customers[i].scriptKey = m.keyStream.key()
        }
        if let cb = d.callback { customers[i].uCallback = cb.uniform() }
        if cls < 0 {
            customers[i].wrap = d.wrapUpTime()
            join(customer: i, channel: c)
        } else {
            // The class is told to the monitor through the group (−2 − class; see `SimulationMonitor`).
            customers[i].wrap = wrap
            customers[i].group = Int32(-2 - cls)
            let lane = classLanes[c][cls]
            join(customer: i, channel: c, priority: lane < 0, lane: max(0, lane))
        }
        scheduleNextArrival(channel: c, after: now)
    }

    /// Customer i (attributes set) arrives on channel c: answered at once or queued.
    /// `lane` > 0: a head-start class's own queue (`laneQueues[c][lane − 1]`).
    mutating func join(customer i: Int32, channel c: Int, priority: Bool = false, lane: Int = 0) {
        monitor.arrived(channel: c, interval: currentInterval, group: Int(customers[i].group), at: now)
        if isWorking(c), let a = pickAgent(channel: c) {
            startService(customer: i, agent: a)
            return
        }
        if let cb = callbacks[c], offersCallback(customer: i, channel: c, priority: priority) {
            // A long wait ahead: the caller is offered a callback and takes it or holds.
            let accepted = customers[i].uCallback < cb.accept
            monitor.callbackOffered(channel: c, interval: currentInterval, group: Int(customers[i].group), arrival: now,
                                    accepted: accepted)
            if accepted {
                customers[i].callback = true
                callbackQueues[c].append(i)
                state[c].callbacks += 1
                dirtyMask |= 1 << UInt64(c)
                return
            }
        }
        if priority {
            priorityQueues[c].append(i)
        } else if lane > 0 {
            laneQueues[c][lane - 1].append(i)
        } else {
            queues[c].append(i)
        }
        state[c].queued += 1
        dirtyMask |= 1 << UInt64(c)
        let patience = customers[i].patience
        if patience.isFinite {
            events.schedule(at: now + patience, priority: .abandonment,
                            .patience(customer: i, generation: customers.generation(i)))
        }
    }

    /// Whether customer i, about to queue on channel c, is offered a callback: the channel
    /// has one, the contact is neither priority nor a chat's transfer, and the estimated
    /// wait, (contacts waiting in the live and priority queues + 1) × mean handle time ÷
    /// slots on duty (at least one), is above `above_wait`.
    @inline(__always)
    func offersCallback(customer i: Int32, channel c: Int, priority: Bool) -> Bool {
        guard let cb = callbacks[c], !priority, !customers[i].transferred else { return false }
        return Double(state[c].queued + 1) * meanHandle(c) / Double(max(1, state[c].slots)) > cb.aboveWait
    }

    mutating func abandon(_ i: Int32) {
        let cu = customers[i]
        customers[i].state = .abandoned      // stays in the ring until dequeued
        let c = Int(cu.channel)
        state[c].queued -= 1
        dirtyMask |= 1 << UInt64(c)
        monitor.abandoned(channel: c, interval: Int(cu.interval), group: Int(cu.group), arrival: cu.arrival,
                          wait: now - cu.arrival)
        accrueWaitScore(i)
        finishVisitor(i, .abandoned, channel: c)
    }

    /// The next live customer waiting on channel c, releasing abandoned ones on the way.
    @inline(__always)
    mutating func dequeue(channel c: Int) -> Int32? {
        // Escalations with priority first (usually empty: one cheap check).
        if let i = Self.popLive(&priorityQueues[c], &customers)
            ?? (laneQueues[c].isEmpty ? Self.popLive(&queues[c], &customers) : popByHeadStart(channel: c)) {
            state[c].queued -= 1
            dirtyMask |= 1 << UInt64(c)
            return i
        }
        // Callbacks are made when nobody waits live.
        guard let i = Self.popLive(&callbackQueues[c], &customers) else { return nil }
        state[c].callbacks -= 1
        dirtyMask |= 1 << UInt64(c)
        return i
    }

    /// The first customer in `queue` still waiting; abandoned ones ahead of it are released.
    @inline(__always)
    static func popLive(_ queue: inout RingQueue, _ customers: inout CustomerPool) -> Int32? {
        while let i = queue.popFirst() {
            if customers[i].state == .waiting { return i }
            customers.release(i)
        }
        return nil
    }
}
