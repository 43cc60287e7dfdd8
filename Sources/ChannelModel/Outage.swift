/// Something taken away for a while in a load test (`stress --outage`): a team
/// (`'team web 14:00 45m'`, head-count 0) or a channel (`'chat 14:00 45m'` or
/// `'channel chat 14:00 45m'`, out of service: see `ModelSpec.applying(_:)`).
public struct Outage: Sendable, Equatable {
    /// What goes away: an index into `ModelSpec.teams` or `ModelSpec.channels`.
    public enum Subject: Sendable, Equatable {
        case team(Int)
        case channel(Int)
    }

    public var subject: Subject
    public var first: Int
    public var count: Int
    /// As written.
    public var text: String

    public var intervals: Range<Int> { first ..< first + count }

    /// Reads `[team|channel] NAME [dN] HH:MM DURATION` against `model`. Without a prefix the
    /// name must be a channel's; a name that is both a team's and a channel's needs the prefix.
    public static func parse(_ text: String, model: ModelSpec) throws(TargetError) -> Outage {
        var parts = text.split(separator: " ").map(String.init)
        let grammar = "expected [team|channel] NAME [dDAY] HH:MM DURATION, e.g. chat 14:00 45m or team web 14:00 45m"
        guard parts.count >= 3 else { throw TargetError(offset: 0, problem: "'\(text)' is not an outage", expected: grammar) }
        let teams = model.teams.map(\.name), channels = model.channels.map(\.name)
        var kind = parts[0]
        if kind == "team" || kind == "channel" {
            parts.removeFirst()
        } else {
            // No prefix: a channel. A team of that name as well would make it ambiguous.
            if channels.contains(kind) && teams.contains(kind) {
                throw TargetError(offset: 0, problem: "'\(kind)' is both a team and a channel",
                                  expected: "expected 'team \(kind) …' or 'channel \(kind) …'")
            }
            kind = teams.contains(parts[0]) && !channels.contains(parts[0]) ? "team" : "channel"
            if kind == "team" {
                throw TargetError(offset: 0, problem: "'\(parts[0])' is a team, not a channel", expected: "expected 'team \(parts[0]) …'")
            }
        }
        guard parts.count == 3 || parts.count == 4 else {
            throw TargetError(offset: 0, problem: "'\(text)' is not an outage", expected: grammar)
        }
        let names = kind == "team" ? teams : channels
        guard let index = names.firstIndex(of: parts[0]) else {
            let hint = NameSuggestion.closest(to: parts[0], in: names).map { "did you mean '\($0)'?" }
            throw TargetError(offset: 0, problem: "unknown \(kind) '\(parts[0])'", expected: hint ?? "expected one of: \(names.joined(separator: ", "))")
        }
        let w = try StressWindow.parse(Array(parts.dropFirst()), horizon: model.horizon, what: "outage")
        return Outage(subject: kind == "team" ? .team(index) : .channel(index), first: w.lowerBound, count: w.count, text: text)
    }
}

extension ModelSpec {
    /// The model with the outage applied. A team's head-count is 0 in its intervals: as at any
    /// drop in head-count, agents who hold work finish it before they go (docs/model.md). A
    /// channel is out of service: visitors are not offered it (they choose among the others),
    /// its direct arrivals in the window do not arrive (rates 0, trace times dropped), and
    /// transfers into it end unresolved; contacts already in it are still served.
    public func applying(_ outage: Outage) -> ModelSpec {
        var m = self
        switch outage.subject {
        case .team(let t):
            for i in outage.intervals where i < m.teams[t].headcount.count { m.teams[t].headcount[i] = 0 }
        case .channel(let c):
            for i in outage.intervals where i < m.channels[c].arrivalRates.count { m.channels[c].arrivalRates[i] = 0 }
            if let times = m.channels[c].arrivalTimes {
                let from = horizon.start(ofInterval: outage.first), to = horizon.end(ofInterval: outage.first + outage.count - 1)
                m.channels[c].repickScriptedArrivals(times.indices.filter { !(times[$0] >= from && times[$0] < to) }.map { ($0, 0) })
            }
            m.channels[c].availability.outOfService.append(outage.intervals)
        }
        return m
    }
}
