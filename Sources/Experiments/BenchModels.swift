import Analytic
import ChannelModel
import Variates

/// The three reference models of docs/performance.md (SimPy, Ciw and salabim run the same),
/// expressed as ordinary channelsim models so the benchmark measures the real engine.
public enum BenchModel: String, CaseIterable, Sendable {
    /// (a) M/M/10+M: λ = 2/min, service mean 4 min, patience mean 2 min.
    case mmcAbandon = "mmc-abandon"
    /// (b) M/M/10: as (a) without abandonment.
    case mmc
    /// (c) chat, 8 agents × 3 slots, λ = 3/min, work mean 6 min, α = 0.25, patience 1.5 min.
    case chatFluid = "chat-fluid"

    /// The `model` field the peer scripts print.
    public var peerName: String {
        switch self {
        case .mmcAbandon: return "M/M/c+M"
        case .mmc: return "M/M/c"
        case .chatFluid: return "chat k=3 fluid"
        }
    }

    public static let slTime = 20.0

    /// A stationary model: one interval far longer than any run, constant rate and staff.
    public var spec: ModelSpec {
        let horizon = Horizon(intervalLength: 1e13, intervalsPerDay: 1)
        switch self {
        case .mmcAbandon, .mmc:
            let channel = ChannelSpec(name: "phone", kind: .phone,
                                      patience: self == .mmc ? .never : .exponential(mean: 120),
                                      work: .exponential(mean: 240), slTime: Self.slTime,
                                      arrivalRates: [2.0 / 60])
            let team = TeamSpec(name: "agents", skills: [0], headcount: [10], concurrency: 1, speeds: [1])
            return ModelSpec(horizon: horizon, channels: [channel], teams: [team])
        case .chatFluid:
            let channel = ChannelSpec(name: "chat", kind: .chat, patience: .exponential(mean: 90),
                                      work: .exponential(mean: 360), slTime: Self.slTime,
                                      assignment: .leastLoaded, arrivalRates: [3.0 / 60])
            let team = TeamSpec(name: "agents", skills: [0], headcount: [8], concurrency: 3,
                                speeds: TeamSpec.speeds(concurrency: 3, slowdown: 0.25))
            return ModelSpec(horizon: horizon, channels: [channel], teams: [team])
        }
    }

    /// Exact steady-state values from the analytic module, in the peers' units
    /// (waits in minutes), keyed by the peers' field names.
    public func exact() throws -> [String: Double] {
        switch self {
        case .mmcAbandon:
            let m = try Erlang.a(arrivalRate: 2.0 / 60, meanService: 240, meanPatience: 120, agents: 10, slTime: Self.slTime)
            return Self.fields(m, utilisationKey: "utilisation")
        case .mmc:
            let m = try Erlang.c(arrivalRate: 2.0 / 60, meanService: 240, agents: 10, slTime: Self.slTime)
            return Self.fields(m, utilisationKey: "utilisation")
        case .chatFluid:
            let m = try ChatMarkovChain.solve(arrivalRate: 3.0 / 60, agents: 8, concurrency: 3, meanWork: 360,
                                              speeds: ChatMarkovChain.speeds(concurrency: 3, slowdown: 0.25),
                                              meanPatience: 90, slTime: Self.slTime)
            var f = Self.fields(m.queue, utilisationKey: nil)
            f["slot_utilisation"] = m.slotUtilisation
            f["agent_busy_fraction"] = m.agentBusyFraction
            f["mean_concurrency_busy"] = m.meanConcurrencyBusy
            return f
        }
    }

    private static func fields(_ m: QueueMetrics, utilisationKey: String?) -> [String: Double] {
        var f: [String: Double] = [
            "p_wait": m.pWait, "mean_wait_served": m.asaAnswered / 60, "p_abandon": m.pAbandon,
            "sl20_offered": m.slOffered, "sl20_answered": m.slAnswered,
        ]
        if let k = utilisationKey { f[k] = m.occupancy }
        return f
    }
}
