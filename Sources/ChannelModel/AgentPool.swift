import SimKernel
import Variates

/// Whether an agent is working and what it may take.
enum AgentStatus: UInt8 {
    /// Not on shift.
    case off
    /// On shift: takes new contacts.
    case active
    /// Head-count dropped: takes nothing new, goes off when its last contact ends.
    case leaving
    /// The day's window closed: works the remaining queue, goes off when nothing is left.
    case closing
}

/// One agent's state for the fluid sharing model.
///
/// All contacts an agent holds progress at the same speed s(m), so instead of updating
/// every remaining time when m changes, the agent keeps a *virtual time* V that advances
/// at s(m) and each contact stores the V at which its work is done (V at start + work).
/// Rescaling the remaining times on every change of m is then implicit and exact, and
/// the next completion is at now + (min finishV − V) / s(m).
struct Agent {
    var team: Int32
    /// The agent's number within its team (0, 1, … in the order they first came on duty).
    var number: Int32
    var status: AgentStatus = .off
    /// Channel of the contacts held (-1 when idle): an agent with chats takes no call.
    var channel: Int32 = -1
    var load: Int32 = 0
    /// Index of this agent's team's speeds in `AgentPool.speeds`.
    var speedBase: Int32 = 0
    var virtualTime: Double = 0
    var lastUpdate: Double = 0
    /// Message-level chats: the customer whose reply the agent is writing (-1: none).
    var writing: Int32 = -1
    /// When the agent last went from idle to holding a contact.
    var busySince: Double = 0
    /// In an unavailable spell: on duty, but takes no new work (see `Unavailability`).
    var away = false
}

/// All agents of all teams, the contacts each holds, and their completion timers.
struct AgentPool {
    var items: ContiguousArray<Agent> = []
    /// Contacts held: agent a's are at `held[a * stride ..< a * stride + load]`.
    var held: ContiguousArray<Int32> = []
    var stride = 1
    var generations = GenerationTable()
    /// Agent indices per team.
    var byTeam: [[Int32]] = []
    // The per-team tables below are flat arrays (team-major) because they are read on
    // every event; nested arrays would cost a reference count per read.
    var channelCount = 0
    /// Capacity of team t on channel c at t × channelCount + c (0 without the skill).
    var capacity: [Int32] = []
    /// Speed of each contact of a team-t agent holding m at t × stride + m − 1.
    var speeds: [Double] = []
    /// The channels team t has skills for (priority order) are skillList[skillStart[t] ..< skillStart[t + 1]].
    var skillList: [Int32] = []
    var skillStart: [Int] = []
    /// Per team: its unavailable spells (nil: none).
    var unavailability: [Unavailability?] = []
    /// Per agent: the stream of its spells (nil when its team has none), and its spell timer.
    var spellStreams: [RandomStream?] = []
    var spellTimers = GenerationTable()
    var seed: UInt64 = 0, replication = 0

    mutating func configure(spec: ModelSpec, seed: UInt64, replication: Int) {
        self.seed = seed
        self.replication = replication
        unavailability = spec.teams.map(\.unavailability)
        stride = max(1, spec.teams.map(\.concurrency).max() ?? 1)
        channelCount = spec.channels.count
        byTeam = Array(repeating: [], count: spec.teams.count)
        capacity = spec.teams.indices.flatMap { t in
            spec.channels.indices.map { c in spec.teams[t].skills.contains(c) ? Int32(spec.capacity(team: t, channel: c)) : 0 }
        }
        speeds = spec.teams.flatMap { team in (0..<stride).map { $0 < team.speeds.count ? team.speeds[$0] : 1 } }
        skillStart = [0]
        for team in spec.teams {
            skillList += team.skills.map(Int32.init)
            skillStart.append(skillList.count)
        }
    }

    /// Capacity of an agent of `team` on channel `c` (0 without the skill).
    @inline(__always)
    func capacity(team: Int, channel c: Int) -> Int32 { capacity[team * channelCount + c] }

    /// Adds an off-shift agent to `team` and returns its index.
    mutating func add(team: Int) -> Int32 {
        let a = Int32(items.count)
        items.append(Agent(team: Int32(team), number: Int32(byTeam[team].count), speedBase: Int32(team * stride)))
        held.append(contentsOf: repeatElement(-1, count: stride))
        _ = generations.append()
        _ = spellTimers.append()
        // The agent's own stream, so spells never shift any other draw.
        spellStreams.append(unavailability[team] == nil ? nil
            : RandomStream(StreamKey(seed: seed, replication: replication, purpose: .unavailability, index: Int(a))))
        byTeam[team].append(a)
        return a
    }

    /// Progress rate of each contact agent `a` holds now.
    @inline(__always)
    func speed(_ a: Int32) -> Double { speed(items[Int(a)]) }

    @inline(__always)
    func speed(_ ag: Agent) -> Double {
        ag.load > 0 ? speeds[Int(ag.speedBase) + Int(ag.load) - 1] : 1
    }

    /// Brings the agent's virtual time up to `now` at its current speed.
    @inline(__always)
    mutating func sync(_ a: Int32, now: Double) {
        var ag = items[Int(a)]
        ag.virtualTime += (now - ag.lastUpdate) * speed(ag)
        ag.lastUpdate = now
        items[Int(a)] = ag
    }
}
