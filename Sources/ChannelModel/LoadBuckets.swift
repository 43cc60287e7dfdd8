/// The agents who can take one more contact of a channel, grouped by how many they hold.
///
/// Routing then costs O(levels) instead of a scan over all agents: least-loaded picks
/// from the lowest non-empty level, fill-busiest from the highest. Each level is an
/// intrusive doubly linked list over agent indices (flat arrays, no per-level
/// allocation), so membership changes are O(1). The choice among equally loaded agents
/// is the most recently inserted one, which depends only on earlier events, so runs
/// stay deterministic.
struct LoadBuckets {
    private var heads: [Int32]
    /// Per agent: next and previous agent in its level's list (-1 for none), and its level (-1 when absent).
    private var next: [Int32] = []
    private var prev: [Int32] = []
    private var level: [Int32] = []

    init(levels count: Int) {
        heads = Array(repeating: -1, count: max(1, count))
    }

    private mutating func ensureAgent(_ agent: Int) {
        while level.count <= agent {
            next.append(-1)
            prev.append(-1)
            level.append(-1)
        }
    }

    mutating func insert(_ agent: Int32, level l: Int) {
        let a = Int(agent)
        ensureAgent(a)
        precondition(level[a] < 0, "agent already in buckets")
        let h = heads[l]
        next[a] = h
        prev[a] = -1
        if h >= 0 { prev[Int(h)] = agent }
        heads[l] = agent
        level[a] = Int32(l)
    }

    mutating func remove(_ agent: Int32) {
        let a = Int(agent)
        guard a < level.count, level[a] >= 0 else { return }
        let n = next[a], p = prev[a]
        if p >= 0 { next[Int(p)] = n } else { heads[Int(level[a])] = n }
        if n >= 0 { prev[Int(n)] = p }
        level[a] = -1
    }

    /// An agent at the lowest non-empty level.
    func lowest() -> Int32? {
        for h in heads where h >= 0 { return h }
        return nil
    }

    /// An agent at the highest non-empty level.
    func highest() -> Int32? {
        for h in heads.reversed() where h >= 0 { return h }
        return nil
    }
}
