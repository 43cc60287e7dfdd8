import ChannelModel

/// Judges staffed targets interval by interval on the mean of the replications: the
/// figure of interval i is that of the contacts arriving in it (docs/model.md, "Metrics").
public enum IntervalJudge {
    /// A target missed in one interval.
    public struct Miss: Sendable, Hashable {
        /// Index into `StaffedTargets.entries`.
        public var entry: Int
        public var interval: Int
    }

    /// Every (target, interval) whose mean misses its bound. An interval where the figure
    /// is undefined (nobody arrived, nobody was answered) sets no requirement.
    public static func misses(_ summary: ExperimentSummary, targets: StaffedTargets) -> [Miss] {
        var out: [Miss] = []
        for (k, e) in targets.entries.enumerated() {
            for (i, row) in summary.channels[e.channel].intervals.enumerated() {
                guard let mean = row[e.metric.index]?.mean, mean.isFinite else { continue }
                if !e.target.isMet(by: mean) { out.append(Miss(entry: k, interval: i)) }
            }
        }
        return out
    }

    /// (team position, interval) cells where every target the team answers for is
    /// undefined: nothing there says how many agents suffice, so the plan keeps them.
    static func undefinedIntervals(_ summary: ExperimentSummary, targets: StaffedTargets, teams: [Int]) -> Set<Cell> {
        var out = Set<Cell>()
        for (k, t) in teams.enumerated() {
            let mine = targets.entries.filter { $0.team == t }
            for i in summary.channels.first?.intervals.indices ?? 0..<0 {
                let defined = mine.contains { e in
                    summary.channels[e.channel].intervals[i][e.metric.index].map { $0.mean.isFinite } ?? false
                }
                if !defined { out.insert(Cell(team: k, interval: i)) }
            }
        }
        return out
    }
}

/// One head-count of a plan: a staffed team (its position in the plan) in one interval.
struct Cell: Hashable, Sendable {
    var team: Int
    var interval: Int
}
