import ChannelModel
import Testing
import Variates

/// Classes of direct arrivals: head start, strict priority, shares and per-class figures,
/// on scripted arrivals with recorded classes and deterministic handle times.
@Suite struct ClassTests {
    /// One agent, handle 200 s, nobody abandons; classes regular (FIFO) and priority.
    static func spec(times: [Double], classes: [Int], priority: ContactClass.Queueing) -> ModelSpec {
        var phone = Fixture.channel(.phone, arrivals: times, work: 200)
        phone.classes = [ContactClass(name: "regular", share: 0.8), ContactClass(name: "priority", share: 0.2, queueing: priority)]
        phone.arrivalClasses = classes
        return ModelSpec(horizon: Fixture.horizon(length: 3600), channels: [phone],
                         teams: [Fixture.team(skills: [0], headcount: [1])])
    }

    /// Arrival times of the answered contacts, in the order they were answered.
    static func order(_ m: RecordingMonitor) -> [Double] {
        m.log.compactMap { if case .answered(_, let a, _) = $0 { return a } else { return nil } }
    }

    @Test func aHeadStartPutsALaterArrivalFirst() {
        // The agent is busy with the call of t = 0 until 200. A regular call waits from t = 10;
        // a priority call with 90 s of credit arrives at 50: it queues as if at −40, ahead.
        let first = Fixture.run(Self.spec(times: [0, 10, 50], classes: [0, 0, 1], priority: .headStart(90)))
        #expect(Self.order(first) == [0, 50, 10])
        // Arriving at 120 it counts as 30, after the regular call's 10.
        let later = Fixture.run(Self.spec(times: [0, 10, 120], classes: [0, 0, 1], priority: .headStart(90)))
        #expect(Self.order(later) == [0, 10, 120])
        // Exactly on the regular call's key (100 − 90 = 10): the earlier arrival goes first.
        let tie = Fixture.run(Self.spec(times: [0, 10, 100], classes: [0, 0, 1], priority: .headStart(90)))
        #expect(Self.order(tie) == [0, 10, 100])
    }

    @Test func headStartContactsKeepTheirOrderAmongThemselves() {
        // Two priority calls (10 and 60) and a regular one at 30: keys −80, 30, −30.
        let m = Fixture.run(Self.spec(times: [0, 10, 30, 60], classes: [0, 1, 0, 1], priority: .headStart(90)))
        #expect(Self.order(m) == [0, 10, 60, 30])
    }

    @Test func strictPriorityGoesAheadOfAnyHeadStart() {
        // Classes: 0 regular, 1 strict, 2 with a head start of an hour.
        var spec = Self.spec(times: [0, 10, 20, 30], classes: [0, 2, 1, 0], priority: .strict)
        spec.channels[0].classes.append(ContactClass(name: "credit", share: 0, queueing: .headStart(3600)))
        let m = Fixture.run(spec)
        #expect(Self.order(m) == [0, 20, 10, 30])
    }

    @Test func theClassIsToldAsAGroupAndCountedApart() {
        let spec = Self.spec(times: [0, 10, 50], classes: [0, 0, 1], priority: .headStart(90))
        #expect(Fixture.run(spec).arrivalGroups == [-2, -2, -3])
        let metrics = Fixture.metrics(spec, seed: 1)
        let ch = metrics.channels[0]
        #expect(ch.classLabels == ["regular", "priority"])
        #expect(ch.classes[0][.offered] == 2 && ch.classes[1][.offered] == 1)
        // The regular call of t = 10 waited for both the first call and the priority call.
        #expect(ch.classes[0][.asa] == 390.0 / 2)
        #expect(ch.classes[1][.asa] == 150)
        #expect(ch.classes[1][.occupancy].isNaN)
        #expect(ch.total[.offered] == 3)
    }

    @Test func headStartZeroIsFIFOAndOneClassIsTheChannelBitForBit() {
        // Poisson arrivals with exponential laws: a class of share 1 draws its class from
        // a stream of its own, and every other draw as without classes.
        var plain = ChannelSpec(name: "phone", kind: .phone, patience: .exponential(mean: 60), work: .exponential(mean: 240),
                                slTime: 20, arrivalRates: [0.05, 0.08])
        plain.afterCallWork = .exponential(mean: 20)
        let base = ModelSpec(horizon: Fixture.horizon(length: 7200, intervals: 2), channels: [plain],
                             teams: [Fixture.team(skills: [0], headcount: [14, 18])])
        var classed = base
        classed.channels[0].classes = [ContactClass(name: "all", share: 1, queueing: .headStart(0))]
        var fifo = base
        fifo.channels[0].classes = [ContactClass(name: "a", share: 0.3), ContactClass(name: "b", share: 0.7)]
        for seed: UInt64 in [1, 2, 3] {
            let a = Fixture.metrics(base, seed: seed), b = Fixture.metrics(classed, seed: seed)
            let c = Fixture.metrics(fifo, seed: seed)
            #expect(a.channels[0].total.values.map(\.bitPattern) == b.channels[0].total.values.map(\.bitPattern))
            #expect(a.channels[0].intervals.map { $0.values.map(\.bitPattern) } == b.channels[0].intervals.map { $0.values.map(\.bitPattern) })
            #expect(a.channels[0].total.values.map(\.bitPattern) == c.channels[0].total.values.map(\.bitPattern))
            // The one class's figures are the channel's contact figures.
            #expect(b.channels[0].classes[0][.offered] == a.channels[0].total[.offered])
            #expect(b.channels[0].classes[0][.asa].bitPattern == a.channels[0].total[.asa].bitPattern)
            #expect(c.channels[0].classes[0][.offered] + c.channels[0].classes[1][.offered] == a.channels[0].total[.offered])
        }
    }

    @Test func aVeryLargeHeadStartIsStrictPriorityWithoutAbandonment() {
        // Without patience, a head start beyond any wait orders the queue as the priority
        // queue does: the same service order, so the same figures, bit for bit.
        func model(_ q: ContactClass.Queueing) -> ModelSpec {
            var ch = ChannelSpec(name: "phone", kind: .phone, patience: .never, work: .exponential(mean: 240),
                                 slTime: 20, arrivalRates: [0.07, 0.07])
            ch.classes = [ContactClass(name: "regular", share: 0.7), ContactClass(name: "vip", share: 0.3, queueing: q)]
            return ModelSpec(horizon: Fixture.horizon(length: 7200, intervals: 2), channels: [ch],
                             teams: [Fixture.team(skills: [0], headcount: [16, 16])])
        }
        for seed: UInt64 in [4, 5] {
            let strict = Fixture.metrics(model(.strict), seed: seed), credit = Fixture.metrics(model(.headStart(1e7)), seed: seed)
            #expect(strict.channels[0].classes.map { $0.values.map(\.bitPattern) }
                    == credit.channels[0].classes.map { $0.values.map(\.bitPattern) })
            #expect(strict.channels[0].total[.asa].bitPattern == credit.channels[0].total[.asa].bitPattern)
            #expect(strict.channels[0].classes[1][.asa] < strict.channels[0].classes[0][.asa])
            let fifo = Fixture.metrics(model(.fifo), seed: seed)
            #expect(fifo.channels[0].classes[1][.asa] != strict.channels[0].classes[1][.asa])
        }
    }

    @Test func sharesSplitTheArrivals() {
        // A class with share 0 gets nobody; the draw decides among the others.
        var ch = ChannelSpec(name: "phone", kind: .phone, patience: .never, work: .deterministic(1), slTime: 20,
                             arrivalRates: [0.5])
        ch.classes = [ContactClass(name: "none", share: 0), ContactClass(name: "all", share: 1)]
        let spec = ModelSpec(horizon: Fixture.horizon(length: 3600), channels: [ch], teams: [Fixture.team(skills: [0], headcount: [5])])
        let m = Fixture.metrics(spec, seed: 9)
        #expect(m.channels[0].classes[0][.offered] == 0)
        #expect(m.channels[0].classes[1][.offered] == m.channels[0].total[.offered])
        #expect(m.channels[0].total[.offered] > 1000)
    }

    @Test func anAbandonedHeadStartContactLeavesItsLane() {
        // Priority calls (patience 150 s) at 10 and 100, a regular call at 20; the agent is
        // busy until 200. The call of 10 gives up at 160 and stays, marked, at its lane's
        // head; at 200 it is released and the call of 100 (key 10) goes before the
        // regular call (key 20).
        var spec = Self.spec(times: [0, 10, 20, 100], classes: [0, 1, 0, 1], priority: .headStart(90))
        spec.channels[0].classes[1].patience = .deterministic(150)
        let m = Fixture.run(spec)
        #expect(m.log.contains(.abandoned(channel: 0, arrival: 10, wait: 150)))
        #expect(Self.order(m) == [0, 100, 20])
    }

    @Test func onlyStrictClassesAreSparedTheCallbackOffer() {
        // Callback whenever someone would queue (above_wait 0, accept 1): the head-start
        // caller takes one, the strict caller waits in the priority queue.
        var spec = Self.spec(times: [0, 10, 20], classes: [0, 1, 0], priority: .headStart(90))
        spec.channels[0].callback = CallbackSpec(aboveWait: 0, accept: 1)
        let credit = Fixture.run(spec)
        #expect(credit.callbacksOffered.map(\.arrival) == [10, 20])
        spec.channels[0].classes[1].queueing = .strict
        let strict = Fixture.run(spec)
        #expect(strict.callbacksOffered.map(\.arrival) == [20])
        #expect(Self.order(strict).prefix(2) == [0, 10])
    }

    @Test func theOldestWaitCountsTheLanes() {
        // The agent is busy all hour (handle 4000 s): at its end the priority call waiting in
        // its lane since 100 is 3,500 s old.
        var spec = Self.spec(times: [0, 100], classes: [0, 1], priority: .headStart(90))
        spec.channels[0].work = .deterministic(4000)
        let m = Fixture.run(spec)
        #expect(m.oldestAges.first { $0.interval == 0 }?.age == 3500)
    }

    @Test func aClassUsesItsOwnLaws() {
        // Deterministic class handle 50 s against the channel's 200 s.
        var spec = Self.spec(times: [0, 300], classes: [0, 1], priority: .fifo)
        spec.channels[0].classes[1].work = .deterministic(50)
        let m = Fixture.run(spec)
        #expect(m.log.contains(.completed(channel: 0, arrival: 0, service: 200)))
        #expect(m.log.contains(.completed(channel: 0, arrival: 300, service: 50)))
        #expect(spec.channels[0].meanAgentTime(inInterval: 0) == 0.8 * 200 + 0.2 * 50)
    }
}

/// Day-to-day overdispersion of direct arrivals.
@Suite struct DirectOverdispersionTests {
    @Test func withoutACVNothingChangesAndWithOneEveryDayMoves() {
        var ch = ChannelSpec(name: "phone", kind: .phone, patience: .never, work: .deterministic(1), slTime: 20,
                             arrivalRates: Array(repeating: 0.1, count: 6))
        let h = Horizon(intervalLength: 3600, intervalsPerDay: 2, days: 3)
        // One team per channel, so the other channel's waits cannot move either.
        var spec = ModelSpec(horizon: h, channels: [ch, ch], teams: [Fixture.team(skills: [0], headcount: Array(repeating: 5, count: 6)),
                                                                     Fixture.team(skills: [1], headcount: Array(repeating: 5, count: 6))])
        spec.channels[1].name = "chat2"
        let plain = Fixture.metrics(spec, seed: 3)
        ch.overdispersionCV = 0.3
        var od = spec
        od.channels[0] = ch
        let moved = Fixture.metrics(od, seed: 3)
        // The other channel keeps its arrivals exactly; this one's counts change.
        #expect(plain.channels[1].total.values.map(\.bitPattern) == moved.channels[1].total.values.map(\.bitPattern))
        #expect(plain.channels[0].total[.offered] != moved.channels[0].total[.offered])
    }
}
