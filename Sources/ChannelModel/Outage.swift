/// A team taken away for a while (`stress --outage 'team web 14:00 45m'`): its head-count
/// is 0 in the intervals the outage covers.
public struct Outage: Sendable, Equatable {
    /// Index into `ModelSpec.teams`.
    public var team: Int
    public var first: Int
    public var count: Int
    /// As written.
    public var text: String

    public var intervals: Range<Int> { first ..< first + count }

    /// Reads `team NAME [dN] HH:MM DURATION` against `model`.
    public static func parse(_ text: String, model: ModelSpec) throws(TargetError) -> Outage {
        let parts = text.split(separator: " ").map(String.init)
        guard parts.count >= 4, parts[0] == "team" else {
            throw TargetError(offset: 0, problem: "'\(text)' is not an outage",
                              expected: "expected team NAME [dDAY] HH:MM DURATION, e.g. team web 14:00 45m (channel outages are not available yet)")
        }
        let names = model.teams.map(\.name)
        guard let t = names.firstIndex(of: parts[1]) else {
            let hint = NameSuggestion.closest(to: parts[1], in: names).map { "did you mean '\($0)'?" }
            throw TargetError(offset: 0, problem: "unknown team '\(parts[1])'", expected: hint ?? "expected one of: \(names.joined(separator: ", "))")
        }
        let w = try StressWindow.parse(Array(parts.dropFirst(2)), horizon: model.horizon, what: "outage")
        return Outage(team: t, first: w.lowerBound, count: w.count, text: text)
    }
}

extension ModelSpec {
    /// The model with the outage's team at head-count 0 in its intervals. As at any drop in
    /// head-count, agents who hold work finish it before they go (docs/model.md).
    public func applying(_ outage: Outage) -> ModelSpec {
        var m = self
        for i in outage.intervals where i < m.teams[outage.team].headcount.count { m.teams[outage.team].headcount[i] = 0 }
        return m
    }
}
