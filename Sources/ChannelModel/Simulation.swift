import Foundation
import SimKernel
import Variates

/// What an event in the future event list stands for.
///
/// Arrivals are not in the list: each channel's next arrival time is always known, so
/// the channels' arrival streams are merged with the list in `run()` (at priority
/// `.arrival`), which saves a heap push and pop per customer.
enum SimEvent {
    /// A waiting customer's patience runs out (stale if the slot's generation moved on).
    case patience(customer: Int32, generation: Generation)
    /// An agent's earliest contact finishes, or (message-level chats) the reply it is
    /// writing is sent (stale if the agent's generation moved on).
    case completion(agent: Int32, generation: Generation)
    /// A message-level chat customer has written their next message.
    case typed(customer: Int32, generation: Generation)
    /// A message-level chat customer's patience for the awaited reply runs out (stale if
    /// the reply came: the slot's reply-timer generation moved on).
    case replyPatience(customer: Int32, generation: Generation)
    /// A website visitor's self-serve attempt ends.
    case selfServed(customer: Int32, generation: Generation)
    /// A form submitter's re-contact patience runs out.
    case recontact(customer: Int32, generation: Generation)
    /// A form channel's working hours begin: idle agents with the skill take its backlog.
    case opens(channel: Int32)
    /// An agent's unavailable spell begins or ends (stale if its spell timer moved on).
    case spell(agent: Int32, generation: Generation)
    /// Interval `interval` starts: staffing changes.
    case boundary(interval: Int32)
    /// The day's window closes after interval `interval`.
    case close(interval: Int32)
}

/// One replication of the contact-centre model: arrivals, queues with abandonment,
/// agents who share chats (fluid model) or take one call, and staffing that changes at
/// interval boundaries. Everything that happens is reported to the monitor.
///
/// A simulation is single-use and single-threaded; replications run in parallel by
/// creating one each, with streams derived from (seed, replication).
public struct Simulation {
    let spec: ModelSpec
    let monitor: any SimulationMonitor
    var events = EventQueue<SimEvent>(capacity: 1024)
    var now: Double = 0

    /// Random streams and samplers, one set per channel (common random numbers across strategies).
    let draws: [ChannelDraws]
    /// Website visitors' streams, and their arrival rates with the day factors applied.
    let visitorDraws: VisitorDraws?
    let visitorRates: [Double]
    /// Mean agent time per contact of each channel (handle plus after-call work), for the
    /// estimated wait that can hide it or offer a callback.
    let meanHandles: [[Double]]
    /// Per channel: chat, and message-level chat (flat flags for the hot path).
    let isChat: [Bool]
    let isMessages: [Bool]
    /// Per channel: working hours (seconds after midnight) when agents may take its work;
    /// nil for always (every channel but forms with hours).
    let workHours: [ClosedRange<Double>?]
    /// Per channel: callback settings (phone), read whenever a caller would queue.
    let callbacks: [CallbackSpec?]
    /// Per channel: the satisfaction proxy's waiting score per second in its queue (zeros
    /// without satisfaction), accrued per visitor because a streaming monitor keeps no
    /// per-visitor state.
    let waitScorePerSecond: [Double]
    /// Per segment: whether its visitors' contacts go ahead of the queue.
    let prioritySegment: [Bool]
    /// Per team: agents on duty beyond the schedule (leaving or closing), for overtime.
    var overtimeAgents: [Int]

    // Per-channel and per-team settings copied out of the spec, so the hot path reads
    // flat arrays instead of copying whole spec structs (and their reference counts).
    let rates: [[Double]]
    let scriptedTimes: [[Double]?]
    /// Recorded work and patience of each channel's scripted arrivals (negative: drawn).
    let scriptedWork: [[Double]?]
    let scriptedPatience: [[Double]?]
    let assignment: [AssignmentRule]
    /// The interval under way (set by boundary events; arrivals only happen inside one).
    var currentInterval = 0
    /// Engine start and end time of each interval (precomputed: read on every arrival).
    let intervalStarts: [Double]
    let intervalEnds: [Double]

    var customers: CustomerPool
    var queues: [RingQueue]
    /// Per channel: contacts that go ahead of the queue (escalations with priority).
    var priorityQueues: [RingQueue]
    /// Per channel: callers waiting for a callback (phone).
    var callbackQueues: [RingQueue]
    /// Per channel: one extra live queue per distinct positive head start of its classes
    /// (empty for most channels, whose live queue is `queues` alone), and that head start.
    var laneQueues: [[RingQueue]]
    let laneHeadStarts: [[Double]]
    /// Per channel and class: its lane (0: `queues`, l > 0: `laneQueues[c][l − 1]`, −1: the
    /// priority queue).
    let classLanes: [[Int]]
    /// Recorded classes of each channel's scripted arrivals (negative: drawn).
    let scriptedClasses: [[Int]?]
    var state: [ChannelState]
    var agents = AgentPool()
    var buckets: [LoadBuckets]

    let maxArrivals: Int
    var arrivals = 0
    var arrivalsExhausted = false
    /// Events popped from the future event list, stale ones included (for benchmarks).
    public private(set) var eventsProcessed = 0
    /// Bit c is set when channel c's state changed during the current event, so the
    /// monitor hears once per event (a model has at most 64 channels).
    var dirtyMask: UInt64 = 0
    /// Next index into each channel's scripted arrival times.
    var scripted: [Int]
    /// Each channel's next arrival time (infinity when it has no more).
    var nextArrival: [Double]

    /// - Parameters:
    ///   - maxArrivals: stop generating arrivals after this many (benchmarks); the run then
    ///     drains: queued customers are served or abandon, and the run ends when none is left.
    public init(spec: ModelSpec, seed: UInt64, replication: Int, monitor: any SimulationMonitor,
                maxArrivals: Int = .max) {
        self.spec = spec
        self.monitor = monitor
        self.maxArrivals = maxArrivals
        let n = spec.channels.count
        customers = CustomerPool(capacity: 1024, withScripts: spec.channels.contains {
            if case .messages = $0.mode { return $0.kind == .chat } else { return false }
        })
        draws = spec.channels.indices.map {
            ChannelDraws(channel: spec.channels[$0], index: $0, seed: seed, replication: replication)
        }
        isChat = spec.channels.map { $0.kind == .chat }
        workHours = spec.channels.map { $0.kind == .form ? $0.availability.hours : nil }
        callbacks = spec.channels.map(\.callback)
        waitScorePerSecond = spec.channels.indices.map { c in (spec.satisfaction?.perMinuteWait[c] ?? 0) / 60 }
        overtimeAgents = Array(repeating: 0, count: spec.teams.count)
        prioritySegment = spec.visitors.map { v in v.segments.indices.map { v.prioritySegments.contains($0) } } ?? []
        isMessages = spec.channels.map { ch in
            if case .messages = ch.mode { return ch.kind == .chat } else { return false }
        }
        // One mean per interval of the day for a channel whose work changes over the day.
        meanHandles = spec.channels.map { ch in
            if case .messages(let m) = ch.mode {
                let n = max(1, m.exchanges.mean)
                return [n * m.agentReply.mean + (n - 1) * m.customerTyping.mean]
            }
            // A slot turns over every handle + after-call work.
            if !ch.classes.isEmpty {
                // The classes' mixture, per interval of the day when any law has bands.
                let bands = ([ch.workBands?.count ?? 1] + ch.classes.map { $0.workBands?.count ?? 1 }).max() ?? 1
                return (0..<bands).map { ch.meanAgentTime(inInterval: $0) }
            }
            let wrap = ch.afterCallWork?.mean ?? 0
            return (ch.workBands ?? [ch.work]).map { $0.mean + wrap }
        }
        if let v = spec.visitors {
            visitorDraws = VisitorDraws(spec: v, seed: seed, replication: replication)
            // Day-level overdispersion: the whole day's rate times a Gamma factor with mean 1.
            let h = spec.horizon
            var factors = Array(repeating: 1.0, count: h.days)
            if v.overdispersionCV > 0 {
                let factor = Sampler(.gamma(mean: 1, cv: v.overdispersionCV))
                let stream = RandomStream(StreamKey(seed: seed, replication: replication, purpose: .overdispersion,
                                                    index: VisitorDraws.streamIndex))
                factors = factors.map { _ in factor.sample(stream) }
            }
            visitorRates = v.arrivalRates.enumerated().map { $1 * factors[$0 / h.intervalsPerDay] }
        } else {
            visitorDraws = nil
            visitorRates = []
        }
        rates = DirectOverdispersion.rates(spec: spec, seed: seed, replication: replication)
        scriptedTimes = spec.channels.map(\.arrivalTimes)
        scriptedWork = spec.channels.map(\.arrivalWork)
        scriptedPatience = spec.channels.map(\.arrivalPatience)
        assignment = spec.channels.map(\.assignment)
        intervalStarts = (0..<spec.horizon.intervalCount).map { spec.horizon.start(ofInterval: $0) }
        intervalEnds = (0..<spec.horizon.intervalCount).map { spec.horizon.end(ofInterval: $0) }
        queues = Array(repeating: RingQueue(), count: n)
        priorityQueues = Array(repeating: RingQueue(), count: n)
        callbackQueues = Array(repeating: RingQueue(), count: n)
        scriptedClasses = spec.channels.map(\.arrivalClasses)
        (classLanes, laneHeadStarts) = Self.lanes(spec.channels)
        laneQueues = laneHeadStarts.map { Array(repeating: RingQueue(), count: $0.count) }
        state = Array(repeating: ChannelState(), count: n)
        precondition(n <= 64, "at most 64 channels")
        scripted = Array(repeating: 0, count: n)
        // One entry per channel (direct arrivals), plus one for website visitors.
        nextArrival = Array(repeating: .infinity, count: n + (spec.visitors == nil ? 0 : 1))
        let maxCapacity = spec.teams.map(\.concurrency).max() ?? 1
        buckets = Array(repeating: LoadBuckets(levels: maxCapacity), count: n)
        agents.configure(spec: spec, seed: seed, replication: replication)
    }

    /// Runs the replication to its end: the horizon, then the drain of work in progress.
    public mutating func run() {
        events.schedule(at: 0, priority: .boundary, .boundary(interval: 0))
        for c in spec.channels.indices { scheduleNextArrival(channel: c, after: 0) }
        scheduleNextVisitor(after: 0)
        scheduleFormOpenings()
        while true {
            var c = -1, ta = Double.infinity
            for k in nextArrival.indices where nextArrival[k] < ta {
                ta = nextArrival[k]
                c = k
            }
            if c >= 0 && events.precedesAll(time: ta, priority: .arrival) {
                now = ta
                nextArrival[c] = .infinity
                eventsProcessed &+= 1
                if c < spec.channels.count { arrive(channel: c) } else { visitorArrive() }
                flushState()
                if arrivalsExhausted && customers.inUse == 0 { break }
                continue
            }
            guard let (time, event) = events.pop() else { break }
            eventsProcessed &+= 1
            // A stale timer is skipped without moving the clock, so it can neither extend
            // the run nor add idle time to the statistics.
            switch event {
            case .patience(let i, let g):
                guard customers.generation(i) == g && customers[i].state == .waiting else { continue }
                now = time
                abandon(i)
            case .completion(let a, let g):
                guard agents.generations.isLive(Int(a), g) else { continue }
                now = time
                complete(agent: a)
            case .typed(let i, let g):
                guard customers.generation(i) == g && customers[i].state == .typing else { continue }
                now = time
                customerTyped(i)
            case .recontact(let i, let g):
                guard customers.generation(i) == g && customers[i].state == .waiting else { continue }
                now = time
                recontact(i)
            case .opens(let c):
                now = time
                formHoursBegin(Int(c))
            case .selfServed(let i, let g):
                guard customers.generation(i) == g else { continue }
                now = time
                selfServeEnded(i)
            case .replyPatience(let i, let g):
                guard customers.replyTimers.isLive(Int(i), g) && customers[i].state != .free else { continue }
                now = time
                leaveMidChat(i)
            case .spell(let a, let g):
                guard agents.spellTimers.isLive(Int(a), g) else { continue }
                now = time
                toggleSpell(a)
            case .boundary(let i):
                now = time
                beginInterval(Int(i))
            case .close(let i):
                now = time
                closeWindow(after: Int(i))
            }
            flushState()
            if arrivalsExhausted && customers.inUse == 0 { break }
        }
        // Whoever still waits has nobody left to serve them (no staff until the end).
        for c in queues.indices {
            while let i = priorityQueues[c].popFirst() ?? queues[c].popFirst() ?? popAnyLane(c)
                    ?? callbackQueues[c].popFirst() {
                let cu = customers[i]
                if cu.state == .waiting {
                    monitor.unansweredAtEnd(channel: c, interval: Int(cu.interval), group: Int(cu.group),
                                            arrival: cu.arrival, wait: now - cu.arrival, callback: cu.callback)
                    accrueWaitScore(i)
                    finishVisitor(i, .unanswered, channel: c)
                }
                customers.release(i)
            }
        }
        monitor.finished(at: now)
    }

    @inline(__always)
    mutating func flushState() {
        while dirtyMask != 0 {
            let c = dirtyMask.trailingZeroBitCount
            dirtyMask &= dirtyMask &- 1
            monitor.stateChanged(channel: c, at: now, to: state[c])
        }
    }
}

extension Simulation {
    /// Mean agent time per contact on channel c (handle + after-call work) for contacts
    /// arriving now: the current interval's band when the channel's work changes over the day.
    @inline(__always)
    func meanHandle(_ c: Int) -> Double {
        let m = meanHandles[c]
        return m.count == 1 ? m[0] : m[currentInterval % m.count]
    }
}
