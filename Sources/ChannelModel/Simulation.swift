import Foundation
import SimKernel
import Variates

/// What an event in the future event list stands for.
enum SimEvent {
    /// The next direct arrival on a channel.
    case arrival(channel: Int32)
    /// A waiting customer's patience runs out (stale if the slot's generation moved on).
    case patience(customer: Int32, generation: Generation)
    /// An agent's earliest contact finishes (stale if the agent's generation moved on).
    case completion(agent: Int32, generation: Generation)
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

    // Random streams, one per purpose and channel (common random numbers across strategies).
    let arrivalStreams: [RandomStream]
    let patienceStreams: [RandomStream]
    let workStreams: [RandomStream]
    let patienceSamplers: [Sampler]
    let workSamplers: [Sampler]

    // Per-channel and per-team settings copied out of the spec, so the hot path reads
    // flat arrays instead of copying whole spec structs (and their reference counts).
    let rates: [[Double]]
    let scriptedTimes: [[Double]?]
    let assignment: [AssignmentRule]
    /// The interval under way (set by boundary events; arrivals only happen inside one).
    var currentInterval = 0

    var customers = CustomerPool(capacity: 1024)
    var queues: [RingQueue]
    var state: [ChannelState]
    var agents = AgentPool()
    var buckets: [LoadBuckets]

    let maxArrivals: Int
    var arrivals = 0
    var arrivalsExhausted = false
    /// Events popped from the future event list, stale ones included (for benchmarks).
    public private(set) var eventsProcessed = 0
    /// Whether each channel's state changed during the current event (to notify once).
    var dirty: [Bool]
    /// Next index into each channel's scripted arrival times.
    var scripted: [Int]

    /// - Parameters:
    ///   - maxArrivals: stop generating arrivals after this many (benchmarks); the run then
    ///     drains: queued customers are served or abandon, and the run ends when none is left.
    public init(spec: ModelSpec, seed: UInt64, replication: Int, monitor: any SimulationMonitor,
                maxArrivals: Int = .max) {
        self.spec = spec
        self.monitor = monitor
        self.maxArrivals = maxArrivals
        let n = spec.channels.count
        func streams(_ p: StreamPurpose) -> [RandomStream] {
            (0..<n).map { RandomStream(StreamKey(seed: seed, replication: replication, purpose: p, index: $0)) }
        }
        arrivalStreams = streams(.arrivals)
        patienceStreams = streams(.patience)
        workStreams = streams(.work)
        patienceSamplers = spec.channels.map { $0.patience.sampler() }
        workSamplers = spec.channels.map { $0.work.sampler() }
        rates = spec.channels.map(\.arrivalRates)
        scriptedTimes = spec.channels.map(\.arrivalTimes)
        assignment = spec.channels.map(\.assignment)
        queues = Array(repeating: RingQueue(), count: n)
        state = Array(repeating: ChannelState(), count: n)
        dirty = Array(repeating: false, count: n)
        scripted = Array(repeating: 0, count: n)
        let maxCapacity = spec.teams.map(\.concurrency).max() ?? 1
        buckets = Array(repeating: LoadBuckets(levels: maxCapacity), count: n)
        agents.configure(spec: spec)
    }

    /// Runs the replication to its end: the horizon, then the drain of work in progress.
    public mutating func run() {
        events.schedule(at: 0, priority: .boundary, .boundary(interval: 0))
        for c in spec.channels.indices { scheduleNextArrival(channel: c, after: 0) }
        while let (time, event) = events.pop() {
            now = time
            eventsProcessed &+= 1
            switch event {
            case .arrival(let c): arrive(channel: Int(c))
            case .patience(let i, let g): if customers.generation(i) == g { abandon(i) }
            case .completion(let a, let g): if agents.generations.isLive(Int(a), g) { complete(agent: a) }
            case .boundary(let i): beginInterval(Int(i))
            case .close(let i): closeWindow(after: Int(i))
            }
            flushState()
            if arrivalsExhausted && customers.inUse == 0 { break }
        }
        // Whoever still waits has nobody left to serve them (no staff until the end).
        for c in queues.indices {
            while let i = queues[c].popFirst() {
                let cu = customers[i]
                if cu.state == .waiting {
                    monitor.unansweredAtEnd(channel: c, interval: Int(cu.interval), arrival: cu.arrival,
                                            wait: now - cu.arrival)
                }
                customers.release(i)
            }
        }
        monitor.finished(at: now)
    }

    // MARK: Arrivals

    /// Schedules the channel's next arrival after `t` by inverting the piecewise-constant
    /// cumulative rate: one Exp(1) draw, spent interval by interval (exact for a
    /// non-homogeneous Poisson process, with no thinning and no wasted draws).
    mutating func scheduleNextArrival(channel c: Int, after t: Double) {
        guard !arrivalsExhausted else { return }
        if let times = scriptedTimes[c] {
            if scripted[c] < times.count {
                events.schedule(at: times[scripted[c]], priority: .arrival, .arrival(channel: Int32(c)))
                scripted[c] += 1
            }
            return
        }
        let h = spec.horizon
        var budget = -log(arrivalStreams[c].uniform())
        var time = t
        guard var i = h.interval(at: t) ?? nextInterval(after: t) else { return }
        while i < h.intervalCount {
            let start = max(time, h.start(ofInterval: i)), end = h.end(ofInterval: i)
            let r = rates[c][i]
            if r > 0 && r * (end - start) >= budget {
                time = start + budget / r
                // Rounding can land exactly on the interval end; that instant belongs here.
                events.schedule(at: time, priority: .arrival, .arrival(channel: Int32(c)))
                return
            }
            budget -= r * (end - start)
            i += 1
            time = end
        }
    }

    /// The first interval starting after `t` (when `t` falls in a closed gap).
    private func nextInterval(after t: Double) -> Int? {
        let h = spec.horizon
        return (0..<h.intervalCount).first { h.start(ofInterval: $0) >= t }
    }

    mutating func arrive(channel c: Int) {
        arrivals += 1
        if arrivals >= maxArrivals { arrivalsExhausted = true }
        let ch = Int32(c)
        let interval = currentInterval
        let i = customers.allocate()
        // Every attribute is drawn now, each from its own stream, whether or not it is
        // used, so two strategies on one seed see the same customers.
        let patience = patienceSamplers[c].sample(patienceStreams[c])
        let work = workSamplers[c].sample(workStreams[c])
        customers[i] = Customer(arrival: now, patience: patience, work: work, finishV: 0, answeredAt: 0,
                                channel: ch, interval: Int32(interval), state: .waiting)
        monitor.arrived(channel: c, interval: interval, at: now)
        if let a = pickAgent(channel: c) {
            startService(customer: i, agent: a)
        } else {
            queues[c].append(i)
            state[c].queued += 1
            dirty[c] = true
            if patience.isFinite {
                events.schedule(at: now + patience, priority: .abandonment,
                                .patience(customer: i, generation: customers.generation(i)))
            }
        }
        scheduleNextArrival(channel: c, after: now)
    }

    mutating func abandon(_ i: Int32) {
        let cu = customers[i]
        guard cu.state == .waiting else { return }
        customers[i].state = .abandoned      // stays in the ring until dequeued
        let c = Int(cu.channel)
        state[c].queued -= 1
        dirty[c] = true
        monitor.abandoned(channel: c, interval: Int(cu.interval), arrival: cu.arrival, wait: now - cu.arrival)
    }

    /// The next live customer waiting on channel c, releasing abandoned ones on the way.
    mutating func dequeue(channel c: Int) -> Int32? {
        while let i = queues[c].popFirst() {
            if customers[i].state == .waiting {
                state[c].queued -= 1
                dirty[c] = true
                return i
            }
            customers.release(i)
        }
        return nil
    }

    mutating func flushState() {
        for c in dirty.indices where dirty[c] {
            dirty[c] = false
            monitor.stateChanged(channel: c, at: now, to: state[c])
        }
    }
}
