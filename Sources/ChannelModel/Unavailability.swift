import Foundation
import SimKernel

/// Agents' unavailable spells within intervals: breaks and other work that take an agent
/// on duty away from the queues for a while (docs/model.md, "Unavailability").
extension Simulation {
    /// Agent a came on duty: its spells start in their long-run state (unavailable with
    /// probability `share`), then alternate. Exponential spells are memoryless, so starting
    /// afresh at each shift start is the stationary process.
    mutating func startSpells(_ a: Int32) {
        let team = Int(agents.items[Int(a)].team)
        guard let u = agents.unavailability[team], let s = agents.spellStreams[Int(a)] else { return }
        if s.uniform() < u.share { setAway(a, true) }
        scheduleSpell(a)
    }

    /// Agent a goes off duty: its pending spell change is cancelled and it is available
    /// again (an off agent is in no count).
    mutating func stopSpells(_ a: Int32) {
        guard agents.spellStreams[Int(a)] != nil else { return }
        agents.spellTimers.bump(Int(a))
        if agents.items[Int(a)].away { setAway(a, false) }
    }

    /// Draws the length of agent a's current spell and schedules its end.
    mutating func scheduleSpell(_ a: Int32) {
        let team = Int(agents.items[Int(a)].team)
        guard let u = agents.unavailability[team], let s = agents.spellStreams[Int(a)] else { return }
        let mean = agents.items[Int(a)].away ? u.meanSpell : u.meanAvailable
        let g = agents.spellTimers.bump(Int(a))
        events.schedule(at: now - mean * log(s.uniform()), priority: .normal, .spell(agent: a, generation: g))
    }

    /// Agent a's spell ends. Going unavailable, it keeps what it holds and finishes it, but
    /// takes nothing new. Coming back, it takes queued work like an agent coming on shift,
    /// and a leaving or closing agent left holding nothing goes off.
    mutating func toggleSpell(_ a: Int32) {
        let away = !agents.items[Int(a)].away
        setAway(a, away)
        scheduleSpell(a)
        guard !away else { return }
        pullWork(a)
        if agents.items[Int(a)].load == 0 && agents.items[Int(a)].status != .active {
            goOff(a)
        }
        refreshBuckets(a)
    }

    /// Marks agent a (un)available, keeping its skills' counts and the buckets right.
    mutating func setAway(_ a: Int32, _ away: Bool) {
        guard agents.items[Int(a)].away != away else { return }
        agents.items[Int(a)].away = away
        let team = Int(agents.items[Int(a)].team)
        for k in agents.skillStart[team] ..< agents.skillStart[team + 1] {
            let c = Int(agents.skillList[k])
            state[c].unavailable += away ? 1 : -1
            dirtyMask |= 1 << UInt64(c)
        }
        refreshBuckets(a)
    }
}
