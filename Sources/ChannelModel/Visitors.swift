import SimKernel
import Variates

/// Website visitors: arrival, self-serve, and the choice of a channel (DESIGN §1.1–1.2).
extension Simulation {
    /// A visitor arrives: every attribute is drawn now, and self-serve starts.
    mutating func visitorArrive() {
        guard let spec = spec.visitors, let v = visitorDraws else { return }
        arrivals += 1
        if arrivals >= maxArrivals { arrivalsExhausted = true }
        let i = customers.allocate()
        let segment = VisitorDraws.pick(v.segmentCumulative, v.segment.uniform())
        let enquiry = VisitorDraws.pick(v.enquiryCumulative, v.enquiry.uniform())
        let time = v.selfServeSamplers[enquiry].sample(v.selfServeTime[enquiry])
        var cu = Customer()
        cu.arrival = now
        cu.visitorArrival = now
        cu.interval = Int32(currentInterval)
        cu.visitorInterval = Int32(currentInterval)
        cu.state = .selfServing
        cu.segment = Int16(segment)
        cu.enquiry = Int16(enquiry)
        cu.selfServeSucceeds = v.selfServeOutcome.uniform() < spec.enquiries[enquiry].selfServeSuccess
        cu.uChoice = v.choice.uniform()
        cu.uPatience = v.patience.uniform()
        cu.uWork = v.work.uniform()
        cu.uInChat = v.inChatPatience.uniform()
        cu.scriptKey = v.messageKeys.key()
        cu.uEnding = v.ending.uniform()
        cu.uRecontact = v.recontact.uniform()
        cu.uCallback = v.callback.uniform()
        cu.uSale = v.sale.uniform()
        cu.uOrderValue = v.sale.uniform()
        cu.group = Int32(segment * spec.enquiries.count + enquiry)
        let uInvite = v.proactive.uniform(), uAccept = v.proactive.uniform()
        customers[i] = cu
        monitor.visitorArrived(segment: segment, enquiry: enquiry, interval: currentInterval, at: now)
        scheduleNextVisitor(after: now)
        if let p = spec.proactive, p.segments.isEmpty || p.segments.contains(segment), uInvite < p.share,
           isOffered(p.channel), p.maxQueue.map({ state[p.channel].queued < $0 }) ?? true {
            monitor.visitorInvited(segment: segment, enquiry: enquiry, interval: currentInterval, arrival: now,
                                   accepted: uAccept < p.accept)
            if uAccept < p.accept {
                contact(i, channel: p.channel, priority: false, transferred: false)
                return
            }
        }
        events.schedule(at: now + time, priority: .normal, .selfServed(customer: i, generation: customers.generation(i)))
    }

    /// Self-serve ends: resolved there, or the visitor picks a channel offered right now
    /// (or leaves).
    mutating func selfServeEnded(_ i: Int32) {
        let cu = customers[i]
        if cu.selfServeSucceeds {
            finishVisitor(i, .selfServed, channel: -1)
            customers.release(i)
            return
        }
        guard let c = chooseChannel(for: cu) else {
            finishVisitor(i, .left, channel: -1)
            customers.release(i)
            return
        }
        contact(i, channel: c, priority: false, transferred: false)
    }

    /// Visitor i starts a contact on channel c now: the contact's own attributes come from
    /// the quantiles drawn at arrival, read through this channel's distributions. Contacts
    /// of priority segments go ahead of the queue, as do escalations with `priority`. A
    /// chat's transfer (`transferred`) is never offered a callback, with either escalation.
    mutating func contact(_ i: Int32, channel c: Int, priority escalated: Bool, transferred: Bool) {
        let cu = customers[i]
        let priority = escalated || prioritySegment[Int(cu.segment)]
        let d = draws[c]
        customers[i].channel = Int32(c)
        // Set on every contact, so a re-contact after a follow-up form is an ordinary caller again.
        customers[i].transferred = transferred
        customers[i].arrival = now
        customers[i].interval = Int32(currentInterval)
        customers[i].state = .waiting
        customers[i].patience = d.patience(inInterval: currentInterval).quantile(cu.uPatience)
        customers[i].work = d.work(inInterval: currentInterval).quantile(cu.uWork)
        if let m = d.messages { customers[i].inChatPatience = m.inChatPatience.quantile(cu.uInChat) }
        customers[i].wrap = d.wrapUpTime()
        monitor.visitorContacted(segment: Int(cu.segment), enquiry: Int(cu.enquiry), interval: Int(cu.visitorInterval),
                                 arrival: cu.visitorArrival, channel: c)
        join(customer: i, channel: c, priority: priority)
        let after = spec.channels[c].recontactAfter
        if after.isFinite && customers[i].state == .waiting {
            events.schedule(at: now + after, priority: .abandonment,
                            .recontact(customer: i, generation: customers.generation(i)))
        }
    }

    /// A contact's service is over (`completed` was reported): it ends resolved or
    /// unresolved, or a chat escalates to the phone queue as a new contact of the same
    /// visitor (drawn at arrival, so the same visitor escalates under every strategy).
    mutating func endContact(_ i: Int32) {
        let cu = customers[i]
        let c = Int(cu.channel)
        var ending = ContactEnding.resolved
        var target: Int?
        if cu.segment >= 0, isChat[c], let v = spec.visitors {
            let e = v.enquiries[Int(cu.enquiry)].endings
            let u = cu.uEnding * (e.resolved + e.unresolved + e.toPhone + e.toForm)
            if u < e.resolved {
                ending = .resolved
            } else if u < e.resolved + e.unresolved {
                ending = .unresolved
            } else {
                target = u < e.resolved + e.unresolved + e.toPhone ? v.escalationChannel : v.followUpChannel
                // A transfer into a channel that is out of service cannot happen: the chat ends unresolved.
                if let t = target, isOutOfService(t) { target = nil }
                ending = target == nil ? .unresolved : .transferred
            }
        }
        monitor.contactEnded(channel: c, interval: Int(cu.interval), group: Int(cu.group), arrival: cu.arrival, ending: ending)
        if let target {
            // Escalation to phone (ahead of the queue with priority), or a follow-up form.
            contact(i, channel: target, priority: spec.channels[target].escalationPriority, transferred: true)
        } else {
            finishVisitor(i, ending == .resolved ? .resolved : .unresolved, channel: c)
            customers.release(i)
        }
    }

    /// The channel a failed self-server chooses, by the enquiry's (and segment's) weights
    /// renormalised over the channels offered now, with leaving always possible; nil to leave.
    func chooseChannel(for cu: Customer) -> Int? {
        guard let spec = spec.visitors, spec.enquiries.indices.contains(Int(cu.enquiry)) else { return nil }
        return choose(spec.enquiries[Int(cu.enquiry)].choice(segment: Int(cu.segment)), u: cu.uChoice)
    }

    /// A channel by `choice`'s weights renormalised over the channels offered now (with
    /// leaving always possible), at uniform `u`; nil to leave.
    func choose(_ choice: VisitorSpec.Choice, u: Double) -> Int? {
        var total = choice.leave
        var weights = choice.channels
        for c in weights.indices {
            if weights[c] > 0 && !isOffered(c) { weights[c] = 0 }
            total += weights[c]
        }
        guard total > 0 else { return nil }
        var x = u * total
        for c in weights.indices where weights[c] > 0 {
            if x < weights[c] { return c }
            x -= weights[c]
        }
        return nil
    }

    /// Whether channel c is out of service now (a channel outage): the interval containing
    /// now is in one of its out-of-service windows (windows lie inside days, never in a gap).
    func isOutOfService(_ c: Int) -> Bool {
        let windows = spec.channels[c].availability.outOfService
        guard !windows.isEmpty, let i = spec.horizon.interval(at: now) else { return false }
        return windows.contains { $0.contains(i) }
    }

    /// Whether channel c is offered to visitors now: it is in service, its window and hours
    /// are open, and neither its queue nor its estimated wait is past the thresholds that hide it.
    func isOffered(_ c: Int) -> Bool {
        let h = spec.horizon
        if isOutOfService(c) { return false }
        // A form can be submitted at any time; its hours are when agents work the backlog.
        if spec.channels[c].kind == .form { return true }
        guard h.interval(at: now) != nil else { return false }
        let a = spec.channels[c].availability
        if let hours = a.hours {
            let clock = h.clockOfDay(now)
            if !(clock >= hours.lowerBound && clock < hours.upperBound) { return false }
        }
        let s = state[c]
        if let q = a.maxQueue, s.queued >= q { return false }
        if let w = a.maxExpectedWait {
            let estimate = Double(s.queued + 1) * meanHandle(c) / Double(max(1, s.slots))
            if estimate > w { return false }
        }
        return true
    }

    /// Adds customer i's wait in its current queue, from its arrival there until now, to
    /// its visitor's satisfaction wait score. A callback's wait is not spent holding and
    /// adds nothing.
    @inline(__always)
    mutating func accrueWaitScore(_ i: Int32) {
        let cu = customers[i]
        if !cu.callback { customers[i].waitScore += waitScorePerSecond[Int(cu.channel)] * (now - cu.arrival) }
    }

    /// Reports a visitor-originated customer's final outcome (direct arrivals have none).
    mutating func finishVisitor(_ i: Int32, _ outcome: VisitorOutcome, channel: Int) {
        let cu = customers[i]
        guard cu.segment >= 0 else { return }
        var journey = Journey(waitScore: cu.waitScore)
        // The sale is decided by the outcome, from uniforms drawn at arrival (common random numbers).
        if let v = visitorDraws, let sale = v.sales[Int(cu.enquiry)],
           cu.uSale < sale.spec.probability(outcome, channel: channel) {
            journey.sale = sale.value.quantile(cu.uOrderValue)
        }
        monitor.visitorFinished(segment: Int(cu.segment), enquiry: Int(cu.enquiry), interval: Int(cu.visitorInterval),
                                arrival: cu.visitorArrival, outcome: outcome, channel: channel, journey: journey,
                                at: now)
    }

    /// Schedules the next visitor by the same inversion as channel arrivals.
    mutating func scheduleNextVisitor(after t: Double) {
        guard !arrivalsExhausted, let v = visitorDraws else { return }
        nextArrival[spec.channels.count] = nextTime(after: t, rates: visitorRates, budget: -log(v.arrivals.uniform()))
    }
}

import Foundation
