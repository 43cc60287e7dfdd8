import Variates

/// What kind of service a channel gives, which decides how agents share it.
public enum ChannelKind: String, Sendable, CaseIterable {
    /// Live chat: an agent holds up to its team's concurrency, sharing its attention.
    case chat
    /// Phone: exclusive, one call per agent.
    case phone
    /// Web form, secure message or email: a backlog worked oldest first, one item per
    /// agent at a time, only during the channel's working hours.
    case form
}

/// How an arriving chat picks among agents with a free slot.
public enum AssignmentRule: String, Sendable, CaseIterable {
    /// The agent holding the fewest chats (spreads load; the default).
    case leastLoaded = "least_loaded"
    /// The agent holding the most chats that still has a free slot (keeps others idle).
    case fillBusiest = "fill_busiest"
}

/// How a chat's agent time is modelled.
public enum ChatMode: Sendable, Equatable {
    /// A chat is an amount of work shared with the agent's other chats at speed s(m).
    case fluid
    /// A chat is a sequence of exchanges: the customer writes (agent free), then the agent
    /// reads and replies, one reply at a time across its chats.
    case messages(MessageSpec)
}

/// The message-level description of a chat (DESIGN §1.3, `messages` fidelity).
public struct MessageSpec: Sendable, Equatable {
    /// Number of exchanges (customer message + agent reply); values below 1 count as 1.
    public var exchanges: Distribution
    /// Time the customer takes to write each message after the first, seconds.
    public var customerTyping: Distribution
    /// Agent time to read and answer one message, seconds.
    public var agentReply: Distribution
    /// How long a customer waits for a reply before leaving mid-chat (one value per visitor).
    public var inChatPatience: Distribution

    public init(exchanges: Distribution, customerTyping: Distribution, agentReply: Distribution,
                inChatPatience: Distribution) {
        self.exchanges = exchanges
        self.customerTyping = customerTyping
        self.agentReply = agentReply
        self.inChatPatience = inChatPatience
    }
}

/// Phone callback (DESIGN §1.5): when a caller would wait longer than `aboveWait`
/// (estimated as (waiting + 1) × mean handle time ÷ slots on duty), they accept a callback
/// with probability `accept` and wait in a callback backlog, worked by the phone agents
/// whenever nobody waits in the live queue, instead of in the queue.
public struct CallbackSpec: Sendable, Equatable {
    public var aboveWait: Double
    public var accept: Double
    public init(aboveWait: Double, accept: Double) {
        self.aboveWait = aboveWait
        self.accept = accept
    }
}

/// One contact channel: its queue discipline, patience, work content and service-level threshold.
public struct ChannelSpec: Sendable, Equatable {
    public var name: String
    public var kind: ChannelKind
    /// Time a customer is willing to wait in queue before abandoning.
    public var patience: Distribution
    /// Work content in seconds: for chat, the agent time the chat needs if it is the
    /// agent's only one; for phone, the handle time.
    public var work: Distribution
    /// Service-level threshold T in seconds ("answered within T").
    public var slTime: Double
    /// Chat routing rule (ignored for exclusive channels).
    public var assignment: AssignmentRule
    /// Fidelity of chat service (ignored for exclusive channels).
    public var mode: ChatMode = .fluid
    /// When visitors are offered this channel (direct arrivals are not affected).
    public var availability: Availability = .always
    /// Whether contacts transferred here (chat escalations) go ahead of the queue.
    public var escalationPriority = false
    /// Forms: a submitter still without an answer this long after submitting contacts again
    /// (infinity: never), through `recontact` (weights over channels and leaving).
    public var recontactAfter: Double = .infinity
    public var recontact: VisitorSpec.Choice?
    /// Forms: whether the original item leaves the backlog when its submitter re-contacts.
    public var withdrawOnRecontact = false
    /// Phone: callers offered a callback when the estimated wait is long (nil: never).
    public var callback: CallbackSpec?
    /// After-call work (wrap-up) per contact, seconds of agent time after the customer's
    /// contact ends, in the contact's slot (nil: none; docs/model.md, "After-call work").
    public var afterCallWork: Distribution?
    /// Expected arrivals per second in each interval of the horizon (direct contacts).
    public var arrivalRates: [Double]
    /// Exact arrival times (seconds, ascending) replacing the Poisson process: a trace
    /// to replay, and deterministic input for mechanics tests.
    public var arrivalTimes: [Double]?
    /// Per scripted arrival, its recorded handle time (phone and form) or chat work, and its
    /// recorded patience, in seconds; a negative value (or no array) leaves that contact's draw in
    /// place (negative, not NaN, so that specs stay equal to themselves).
    /// The draws are still made, so the random streams of every other contact are unchanged.
    public var arrivalWork: [Double]?
    public var arrivalPatience: [Double]?
    /// Handle time (work) and patience that change over the day: one distribution per
    /// interval of the day, the one of the interval a contact ARRIVES in (nil: `work` /
    /// `patience` all day; docs/model.md, "Parameters that change over the day").
    public var workBands: [Distribution]?
    public var patienceBands: [Distribution]?
    /// Classes of the direct arrivals (empty: none; docs/model.md, "Classes of direct
    /// arrivals"). Visitors' contacts belong to no class.
    public var classes: [ContactClass] = []
    /// Per scripted arrival, its recorded class (an index into `classes`; negative: drawn).
    public var arrivalClasses: [Int]?
    /// Day-to-day overdispersion of the direct arrivals: each day's rates times a Gamma
    /// factor with mean 1 and this coefficient of variation (0: none).
    public var overdispersionCV: Double = 0

    public init(name: String, kind: ChannelKind, patience: Distribution, work: Distribution,
                slTime: Double, assignment: AssignmentRule = .leastLoaded, arrivalRates: [Double],
                arrivalTimes: [Double]? = nil) {
        self.name = name
        self.kind = kind
        self.patience = patience
        self.work = work
        self.slTime = slTime
        self.assignment = assignment
        self.arrivalRates = arrivalRates
        self.arrivalTimes = arrivalTimes
    }
}

extension ChannelSpec {
    /// The work distribution for contacts arriving in interval `i` of the horizon.
    public func work(inInterval i: Int) -> Distribution {
        guard let b = workBands, !b.isEmpty else { return work }
        return b[max(0, i) % b.count]
    }

    /// The patience distribution for contacts arriving in interval `i` of the horizon.
    public func patience(inInterval i: Int) -> Distribution {
        guard let b = patienceBands, !b.isEmpty else { return patience }
        return b[max(0, i) % b.count]
    }

    /// This channel as seen by contacts arriving in interval `i`: its band's work and
    /// patience as the whole-day laws, for formulas that take one channel per interval.
    public func inInterval(_ i: Int) -> ChannelSpec {
        var c = self
        c.work = work(inInterval: i)
        c.patience = patience(inInterval: i)
        c.workBands = nil
        c.patienceBands = nil
        // A class's own bands collapse the same way: the interval's law for the whole day.
        for k in c.classes.indices {
            if let b = c.classes[k].workBands, !b.isEmpty { c.classes[k].work = b[max(0, i) % b.count] }
            if let b = c.classes[k].patienceBands, !b.isEmpty { c.classes[k].patience = b[max(0, i) % b.count] }
            c.classes[k].workBands = nil
            c.classes[k].patienceBands = nil
        }
        return c
    }
}

/// Random unavailability of on-duty agents within intervals (breaks, other work): each
/// agent alternates available and unavailable spells, both exponential.
public struct Unavailability: Sendable, Equatable {
    /// Long-run share of an agent's on-duty time spent unavailable, 0 < share < 1.
    public var share: Double
    /// Mean length of one unavailable spell, seconds.
    public var meanSpell: Double

    public init(share: Double, meanSpell: Double) {
        self.share = share
        self.meanSpell = meanSpell
    }

    /// Mean available spell, meanSpell × (1 − share) ÷ share: the long-run share is `share`.
    public var meanAvailable: Double { meanSpell * (1 - share) / share }
}

/// A team of interchangeable agents: skills, head-count per interval, chat concurrency and slowdown.
public struct TeamSpec: Sendable, Equatable {
    public var name: String
    /// Indices into `ModelSpec.channels`, highest priority first.
    public var skills: [Int]
    /// Agents on shift in each interval of the horizon.
    public var headcount: [Int]
    /// Chats one agent may hold at once (1 for phone-only teams).
    public var concurrency: Int
    /// Progress rate of each chat while the agent holds m chats, for m = 1…concurrency
    /// (speeds[m-1]); 1/(1 + α(m−1)) for a slowdown α.
    public var speeds: [Double]
    /// Share of scheduled time lost to breaks, meetings and training: the agents actually
    /// on duty in an interval are round(headcount × (1 − shrinkage)).
    public var shrinkage: Double = 0
    /// Shrinkage that changes over the day: one share per interval of the day (nil:
    /// `shrinkage` all day; `shrinkage` then holds the first band's, a fallback).
    public var shrinkageBands: [Double]?
    /// Random unavailable spells of on-duty agents (nil: none; docs/model.md, "Unavailability").
    public var unavailability: Unavailability?
    /// Money per scheduled agent-hour (shrinkage is paid time), and per agent-hour of
    /// overtime (agents kept beyond their schedule to finish work; nil: `costPerHour`).
    public var costPerHour: Double = 0
    public var overtimeCostPerHour: Double?
    /// The shifts its head-count was built from, when the scenario listed shifts: what
    /// `staff --shifts` plans with.
    public var shifts: [ShiftPattern]?

    /// Agents on duty in interval i after shrinkage.
    public func onDuty(_ i: Int) -> Int { Self.onDuty(headcount[i], shrinkage: shrinkage(inInterval: i)) }

    /// The shrinkage of interval `i` of the horizon: its band's when it changes over the day.
    public func shrinkage(inInterval i: Int) -> Double {
        guard let b = shrinkageBands, !b.isEmpty else { return shrinkage }
        return b[max(0, i) % b.count]
    }

    /// Agents on duty out of `scheduled` with `shrinkage`: round(scheduled × (1 − shrinkage)).
    public static func onDuty(_ scheduled: Int, shrinkage: Double) -> Int {
        shrinkage > 0 ? Int((Double(scheduled) * (1 - shrinkage)).rounded()) : scheduled
    }

    public init(name: String, skills: [Int], headcount: [Int], concurrency: Int, speeds: [Double]) {
        self.name = name
        self.skills = skills
        self.headcount = headcount
        self.concurrency = concurrency
        self.speeds = speeds
    }

    /// Speeds for the linear slowdown model: each of m chats progresses at 1/(1 + α(m−1)).
    public static func speeds(concurrency: Int, slowdown: Double) -> [Double] {
        (1...max(1, concurrency)).map { 1 / (1 + slowdown * Double($0 - 1)) }
    }
}

/// The whole model one replication simulates: horizon, channels, teams, warm-up.
public struct ModelSpec: Sendable, Equatable {
    public var horizon: Horizon
    public var channels: [ChannelSpec]
    public var teams: [TeamSpec]
    /// Visitors arriving before this time (seconds from the horizon start) are simulated
    /// but left out of every statistic, as are time averages before it.
    public var warmup: Double
    /// Website visitors who self-serve and choose a channel; nil for direct arrivals only.
    public var visitors: VisitorSpec?
    /// The satisfaction proxy's scores; nil reports no satisfaction figures.
    public var satisfaction: SatisfactionSpec?

    public init(horizon: Horizon, channels: [ChannelSpec], teams: [TeamSpec], warmup: Double = 0,
                visitors: VisitorSpec? = nil) {
        self.horizon = horizon
        self.channels = channels
        self.teams = teams
        self.warmup = warmup
        self.visitors = visitors
    }

    /// The capacity (chats or calls) an agent of `team` has on `channel`.
    public func capacity(team: Int, channel: Int) -> Int {
        channels[channel].kind == .chat ? teams[team].concurrency : 1
    }
}
