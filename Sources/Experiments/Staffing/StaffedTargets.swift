import ChannelModel

/// The targets a staffing plan is sized to, interval by interval: those on a channel's own
/// figures, each with the team answerable for it. Targets on visitor groups, teams or the
/// totals describe the whole horizon and are judged on the plan, not staffed to
/// (docs/decisions.md).
public struct StaffedTargets: Sendable {
    /// One staffed target: the target, its channel, figure and answerable team.
    public struct Entry: Sendable {
        public var target: Target
        /// Index into `ModelSpec.channels`.
        public var channel: Int
        public var metric: Metric
        /// Index into `ModelSpec.teams`: the team that gains or loses agents for it.
        public var team: Int
    }

    public var entries: [Entry]
    /// Targets judged on the whole horizon only.
    public var wholeHorizon: [Target]

    /// Sorts `targets` into staffed and whole-horizon ones. A channel no team serves cannot
    /// be staffed: that is an error, as is having no staffed target at all.
    public init(targets: [Target], model: ModelSpec) throws(StaffingError) {
        entries = []
        wholeHorizon = []
        for t in targets {
            guard let c = model.channels.firstIndex(where: { $0.name == t.scope }), let m = Metric(rawValue: t.metric) else {
                wholeHorizon.append(t)
                continue
            }
            guard let team = Self.answerableTeam(channel: c, model: model) else {
                throw .badInput("target '\(t.text)': no team serves channel \(t.scope), so no head-count can change it")
            }
            entries.append(Entry(target: t, channel: c, metric: m, team: team))
        }
        guard !entries.isEmpty else {
            throw .badInput("no target on a channel to staff to (give e.g. --target 'chat.sl(60s) >= 80%'; "
                            + "targets on teams, visitor groups or totals are judged on the plan but cannot be met interval by interval)")
        }
    }

    /// The team a channel's shortfall is charged to: the first team that serves it first
    /// (its own channel), else the first team that serves it at all.
    public static func answerableTeam(channel c: Int, model: ModelSpec) -> Int? {
        model.teams.firstIndex { $0.skills.first == c } ?? model.teams.firstIndex { $0.skills.contains(c) }
    }

    /// The teams whose head-counts the plan sets, in model order.
    public var teams: [Int] { Array(Set(entries.map(\.team))).sorted() }

    /// The channels each staffed team answers for, in model order.
    public func channels(of team: Int) -> [Int] { Array(Set(entries.filter { $0.team == team }.map(\.channel))).sorted() }
}

/// Why a staffing plan could not be made: bad input (exit 2).
public enum StaffingError: Error, Sendable, Equatable, CustomStringConvertible {
    case badInput(String)

    public var description: String {
        switch self {
        case .badInput(let s): return s
        }
    }
}
