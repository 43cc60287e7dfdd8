import Analytic
import ChannelModel

/// The agents on duty one channel needs in one interval by queueing theory, and how that
/// was found: the start of a staffing plan (docs/model.md, "Staffing").
public struct AnalyticNeed: Sendable, Equatable {
    /// How the need was computed.
    public enum Method: String, Sendable {
        /// Palm's M/M/n+M (Erlang C without patience) at the interval's rate.
        case erlangA = "Erlang A"
        /// The exact chat chain (or its balanced-load approximation beyond the exact limit).
        case chatChain = "chat chain"
        /// Work arriving ÷ interval length, for forms and figures no formula gives.
        case workload
        /// Nobody arrives: nobody is needed.
        case idle
    }

    public var agents: Int
    public var method: Method
    /// False when no team size up to the cap meets the targets by the formula (a bound no
    /// finite team reaches, or one beyond the cap): `agents` is then the cap.
    public var reachable: Bool
    /// True when no finite team meets a bound at all (a service level of 100 %, no
    /// abandonment with finite patience, an ASA of 0): the plan is then infeasible whatever
    /// a finite number of replications happens to show.
    public var impossible: Bool

    public init(agents: Int, method: Method, reachable: Bool, impossible: Bool = false) {
        self.agents = agents
        self.method = method
        self.reachable = reachable
        self.impossible = impossible
    }

    /// The need of `channel`, served by agents of `team`, at `rate` arrivals per second,
    /// for the targets on that channel. Figures the formulas do not give (reply delay,
    /// mid-chat abandonment, backlog age) are left to the simulation: the formula then
    /// sizes for the other targets, or for the workload alone.
    public static func of(channel: ChannelSpec, team: TeamSpec, rate: Double, targets: [Target],
                          cap: Int) -> AnalyticNeed {
        guard rate > 0 else { return AnalyticNeed(agents: 0, method: .idle, reachable: true) }
        let work = meanWork(channel)
        let slots = slotsPerAgent(channel, team: team)
        let workload = max(1, Int((rate * work / slots - 1e-9).rounded(.up)))
        let sizing = Self.sizing(targets)
        guard channel.kind != .form, !sizing.isEmpty else {
            return AnalyticNeed(agents: min(workload, cap), method: .workload, reachable: workload <= cap)
        }
        // With classes, the share-weighted mixture of the classes' means (docs/model.md).
        let patience = channel.meanPatience(inInterval: 0)
        let method: Method = channel.kind == .chat ? .chatChain : .erlangA
        do { try sizing.checkReachable(abandons: patience.isFinite) } catch {
            return AnalyticNeed(agents: cap, method: method, reachable: false, impossible: true)
        }
        do {
            let found: Int
            if channel.kind == .chat {
                let k = team.concurrency, speeds = team.speeds
                // The boundary keeps the search from probing exact chains beyond the limit when a
                // smaller team already meets the targets (as `erlang chat` does).
                found = try Staffing.smallest(from: 1, near: workload, boundary: OccupancySpace.largestExactTeam(levels: k),
                                              maxAgents: cap, evaluate: { n in
                    try ChatMarkovChain.solveOrApproximate(arrivalRate: rate, agents: n, concurrency: k, meanWork: work,
                                                           speeds: speeds, meanPatience: patience, slTime: channel.slTime)
                }, meets: { sizing.isMet(by: $0.queue) }).agents
                return AnalyticNeed(agents: found, method: .chatChain, reachable: true)
            }
            found = try Staffing.smallest(from: 1, near: workload, maxAgents: cap, evaluate: { n in
                try Erlang.a(arrivalRate: rate, meanService: work, meanPatience: patience, agents: n, slTime: channel.slTime)
            }, meets: sizing.isMet).agents
            return AnalyticNeed(agents: found, method: .erlangA, reachable: true)
        } catch {
            // No team up to the cap meets the bound by the formula: the plan starts at the
            // cap and the simulation decides.
            return AnalyticNeed(agents: cap, method: method, reachable: false)
        }
    }

    /// The bounds the formulas size for: `sl_offered >=`, `p_abandon <=` and `asa <=`, the
    /// strictest of each; other figures are left to the simulation.
    static func sizing(_ targets: [Target]) -> SizingTargets {
        var sizing = SizingTargets()
        for t in targets {
            switch (t.metric, t.comparison) {
            case (Metric.slOffered.rawValue, .atLeast): sizing.serviceLevel = max(sizing.serviceLevel ?? 0, t.bound)
            case (Metric.pAbandon.rawValue, .atMost): sizing.abandonment = min(sizing.abandonment ?? 1, t.bound)
            case (Metric.asa.rawValue, .atMost): sizing.asa = min(sizing.asa ?? .infinity, t.bound)
            default: break
            }
        }
        return sizing
    }

    /// Whether no finite team meets `target` on `channel` (a service level of 1, an ASA of
    /// 0, no abandonment with finite patience), whatever the rate.
    public static func isImpossible(_ target: Target, channel: ChannelSpec) -> Bool {
        guard channel.kind != .form else { return false }
        return (try? sizing([target]).checkReachable(abandons: channel.meanPatience(inInterval: 0).isFinite)) == nil
    }

    /// Work one agent gets through per second at full load: k chats at speed s_k on chat, 1 otherwise.
    static func slotsPerAgent(_ channel: ChannelSpec, team: TeamSpec) -> Double {
        channel.kind == .chat ? Double(team.concurrency) * (team.speeds.last ?? 1) : 1
    }

    /// Agent time one contact needs, seconds: for a message-level chat, the exchanges'
    /// replies (the customer's typing costs the agent nothing); otherwise the handle time
    /// or work plus the mean after-call work, which blocks the slot like the contact does
    /// (with classes, the share-weighted mixture of theirs).
    static func meanWork(_ channel: ChannelSpec) -> Double {
        if case .messages(let m) = channel.mode { return max(1, m.exchanges.mean) * m.agentReply.mean }
        return channel.meanAgentTime(inInterval: 0)
    }

    /// The most agents a plan may give a team for a channel in one interval: twice the
    /// workload plus 20. A target still missed there is called infeasible rather than
    /// searched for without end (a plan that busy is rarely what a planner wants anyway).
    public static func cap(channel: ChannelSpec, team: TeamSpec, rate: Double) -> Int {
        let slots = slotsPerAgent(channel, team: team)
        let load = rate * meanWork(channel) / slots
        return min(Int(min(2 * load.rounded(.up), 1e6)) + 20, 100_000)
    }
}
