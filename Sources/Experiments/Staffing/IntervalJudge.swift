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
            for (i, row) in series(summary, e).enumerated() {
                guard let mean = row[e.metric.index]?.mean, mean.isFinite else { continue }
                if !e.target.isMet(by: mean) { out.append(Miss(entry: k, interval: i)) }
            }
        }
        return out
    }

    /// The per-interval figures an entry is judged on: its channel's, or its class's (the
    /// contacts of that class arriving in the interval). A cell thus misses when any target
    /// of its channel or of a class of it misses there.
    public static func series(_ summary: ExperimentSummary, _ e: StaffedTargets.Entry) -> [[MetricInterval]] {
        let ch = summary.channels[e.channel]
        return e.contactClass.map { ch.classIntervals[$0] } ?? ch.intervals
    }

    /// (team position, interval) cells where every target the team answers for is
    /// undefined: nothing there says how many agents suffice, so the plan keeps them.
    static func undefinedIntervals(_ summary: ExperimentSummary, targets: StaffedTargets, teams: [Int]) -> Set<Cell> {
        var out = Set<Cell>()
        for (k, t) in teams.enumerated() {
            let mine = targets.entries.filter { $0.team == t }
            for i in summary.channels.first?.intervals.indices ?? 0..<0 {
                let defined = mine.contains { e in
                    series(summary, e)[i][e.metric.index].map { $0.mean.isFinite } ?? false
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
