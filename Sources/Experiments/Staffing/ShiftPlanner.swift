import ChannelModel

/// Turns a per-interval head-count into whole shifts: agents per shift pattern so that every
/// interval has at least its need, with few paid agent-intervals. A greedy cover then a
/// prune (docs/decisions.md): repeatedly add an agent to the pattern that covers the most
/// intervals still short per interval it pays for, then take agents off, longest pattern
/// first, wherever the cover holds without them. The per-interval plan is the lower bound
/// any shift plan pays at least; the gap to it is reported.
public enum ShiftPlanner {
    /// A shift plan for one team.
    public struct Plan: Sendable, Equatable {
        /// Agents per pattern, in the scenario's order.
        public var agents: [Int]
        /// The head-count per interval the shifts give.
        public var headcount: [Int]
        /// Paid agent-intervals of the shifts and of the per-interval need (the lower bound).
        public var paid: Int
        public var lowerBound: Int

        /// Extra agent-intervals the shifts pay beyond the per-interval need, as a share of it.
        public var gap: Double { lowerBound > 0 ? Double(paid - lowerBound) / Double(lowerBound) : 0 }
    }

    /// Why no shift plan covers the need.
    public struct Uncovered: Error, Sendable, Equatable {
        /// Intervals with a need that no pattern covers.
        public var intervals: [Int]

        public init(intervals: [Int]) { self.intervals = intervals }
    }

    /// Agents per pattern covering `need` (per interval of the horizon).
    public static func plan(need: [Int], patterns: [ShiftPattern], horizon: Horizon) throws(Uncovered) -> Plan {
        let covers = patterns.map { $0.intervals(in: horizon).filter { need.indices.contains($0) } }
        var covered = Array(repeating: false, count: need.count)
        for c in covers { for i in c { covered[i] = true } }
        let bare = need.indices.filter { need[$0] > 0 && !covered[$0] }
        guard bare.isEmpty else { throw Uncovered(intervals: bare) }

        var agents = Array(repeating: 0, count: patterns.count)
        var have = Array(repeating: 0, count: need.count)
        while true {
            // The pattern covering the most intervals still short, per interval it pays for.
            var best: (index: Int, score: Double)?
            for (p, c) in covers.enumerated() where !c.isEmpty {
                let useful = c.reduce(0) { $0 + (have[$1] < need[$1] ? 1 : 0) }
                guard useful > 0 else { continue }
                let score = Double(useful) / Double(c.count)
                if best == nil || score > best!.score { best = (p, score) }
            }
            guard let pick = best?.index else { break }
            agents[pick] += 1
            for i in covers[pick] { have[i] += 1 }
        }
        // Prune: longest patterns first, drop agents the cover does not need.
        for p in patterns.indices.sorted(by: { (covers[$0].count, $1) > (covers[$1].count, $0) }) {
            while agents[p] > 0 && covers[p].allSatisfy({ have[$0] - 1 >= need[$0] }) {
                agents[p] -= 1
                for i in covers[p] { have[i] -= 1 }
            }
        }
        return Plan(agents: agents, headcount: have, paid: have.reduce(0, +), lowerBound: need.reduce(0, +))
    }
}
