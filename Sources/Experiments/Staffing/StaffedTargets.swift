import ChannelModel

/// The targets a staffing plan is sized to, interval by interval: those on a channel's own
/// figures or on a class of its direct arrivals (`CHANNEL/CLASS`), each with the team
/// answerable for the channel. Targets on visitor groups, teams or the totals describe the
/// whole horizon and are judged on the plan, not staffed to (docs/decisions.md).
public struct StaffedTargets: Sendable {
    /// One staffed target: the target, its channel, figure and answerable team.
    public struct Entry: Sendable {
        public var target: Target
        /// Index into `ModelSpec.channels`.
        public var channel: Int
        public var metric: Metric
        /// Index into the channel's `classes` for a target on a class, nil on the channel.
        public var contactClass: Int?
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
            guard let (c, k) = Self.scope(t.scope, model: model), let m = Metric(rawValue: t.metric) else {
                wholeHorizon.append(t)
                continue
            }
            let name = model.channels[c].name
            guard let team = Self.answerableTeam(channel: c, model: model) else {
                throw .badInput("target '\(t.text)': no team serves channel \(name), so no head-count can change it")
            }
            entries.append(Entry(target: t, channel: c, metric: m, contactClass: k, team: team))
        }
        guard !entries.isEmpty else {
            throw .badInput("no target on a channel to staff to (give e.g. --target 'chat.sl(60s) >= 80%'; "
                            + "targets on teams, visitor groups or totals are judged on the plan but cannot be met interval by interval)")
        }
    }

    /// The channel (and class) a scope names: `CHANNEL`, or `CHANNEL/CLASS` for a class of
    /// its direct arrivals; nil for any other scope (visitor groups, teams, totals).
    static func scope(_ scope: String, model: ModelSpec) -> (channel: Int, contactClass: Int?)? {
        let parts = scope.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.count <= 2, let c = model.channels.firstIndex(where: { $0.name == parts[0] }) else { return nil }
        guard parts.count == 2 else { return (c, nil) }
        guard let k = model.channels[c].classes.firstIndex(where: { $0.name == parts[1] }) else { return nil }
        return (c, k)
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
