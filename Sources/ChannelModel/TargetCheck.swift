/// Checks a parsed target against a model: its scope must exist and its figure must be
/// reported there (a form has no abandonment, a team no service level).
extension Target {
    /// Throws when the scope is unknown, the figure is not reported for it, or `sl(T)`
    /// names a threshold other than the channel's (a channel measures one threshold:
    /// its `sl_time`). The error's offset is 0: the scope starts the text.
    public func check(against spec: ModelSpec) throws(TargetError) {
        let channelNames = spec.channels.map(\.name)
        let teamNames = spec.teams.map(\.name)
        let groupLabels: [String] = spec.visitors.map { v in
            v.segments.flatMap { s in v.enquiries.map { "\(s.name)/\($0.name)" } } + ["all/all"]
        } ?? []
        let parts = scope.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        func unknown(_ what: String) -> TargetError {
            let classScopes = spec.channels.flatMap { ch in ch.classes.map { "\(ch.name)/\($0.name)" } }
            let candidates = channelNames + ["totals"] + teamNames.map { "team/\($0)" } + groupLabels.map { "visitors/\($0)" }
                + classScopes
            let hint = NameSuggestion.closest(to: scope, in: candidates).map { "did you mean '\($0)'?" }
            return TargetError(offset: 0, problem: "unknown \(what) '\(scope)'",
                               expected: hint ?? "expected a channel (\(channelNames.joined(separator: ", "))), team/NAME, visitors/SEGMENT/ENQUIRY\(classScopes.isEmpty ? "" : ", CHANNEL/CLASS") or totals")
        }
        func notReported(_ where_: String) -> TargetError {
            TargetError(offset: 0, problem: "\(metric) is not reported for \(where_)", expected: "expected a figure \(where_) reports")
        }
        switch parts[0] {
        case "totals":
            guard parts.count == 1 else { throw unknown("scope") }
            guard GroupFigures.totals.contains(metric) else { throw notReported("the totals") }
            if metric == "satisfaction_proxy" && (spec.visitors == nil || spec.satisfaction == nil) {
                throw TargetError(offset: 0, problem: "totals.satisfaction_proxy needs visitors and satisfaction scores",
                                  expected: "use CHANNEL.satisfaction_proxy, or add visitors and satisfaction")
            }
        case "team":
            guard parts.count == 2, teamNames.contains(parts[1]) else { throw unknown("team") }
            guard GroupFigures.team.contains(metric) else { throw notReported("a team") }
        case "visitors":
            guard parts.count == 3, groupLabels.contains("\(parts[1])/\(parts[2])") else { throw unknown("visitor group") }
            guard GroupFigures.visitors(channels: channelNames).contains(metric) else { throw notReported("visitor groups") }
        default:
            guard let c = channelNames.firstIndex(of: parts[0]) else { throw unknown("channel") }
            if parts.count == 2 {
                // CHANNEL/CLASS: a class of the channel's direct arrivals.
                guard spec.channels[c].classes.contains(where: { $0.name == parts[1] }) else { throw unknown("class") }
                guard !Metric.timeAverages.contains(where: { $0.rawValue == metric }) else {
                    throw notReported("a class (a time average belongs to the channel)")
                }
            } else if parts.count > 1 {
                guard parts.count == 3, groupLabels.contains("\(parts[1])/\(parts[2])") else { throw unknown("visitor group") }
            }
            guard let m = Metric(rawValue: metric) else { throw notReported("a channel") }
            guard spec.metricApplies(m, channel: c) else {
                throw TargetError(offset: 0, problem: "\(metric) does not apply to \(spec.channels[c].kind.rawValue) channel '\(parts[0])'",
                                  expected: "expected a figure this channel reports")
            }
            if let t = threshold, t != spec.channels[c].slTime {
                throw TargetError(offset: 0,
                                  problem: "channel '\(parts[0])' measures its service level within \(Units.formatDurationCompact(spec.channels[c].slTime)), not \(Units.formatDurationCompact(t))",
                                  expected: "set sl_time: \(Units.formatDurationCompact(t)) on the channel, or leave sl_time out")
            }
        }
    }
}
