/// The agents who can take one more contact of a channel, grouped by how many they hold.
///
/// Routing then costs O(levels) instead of a scan over all agents: least-loaded picks
/// from the lowest non-empty level, fill-busiest from the highest. Each level is an
/// intrusive doubly linked list over agent indices, all nodes in one flat array, so
/// membership changes are O(1) and touch one array. The choice among equally loaded
/// agents is the most recently inserted one, which depends only on earlier events, so
/// runs stay deterministic.
struct LoadBuckets {
    struct Node {
        var next: Int32 = -1
        var prev: Int32 = -1
        /// -1 when the agent is not in any level.
        var level: Int32 = -1
    }

    private var heads: [Int32]
    private var nodes: [Node] = []

    init(levels count: Int) {
        heads = Array(repeating: -1, count: max(1, count))
    }

    @inline(__always)
    mutating func insert(_ agent: Int32, level l: Int) {
        let a = Int(agent)
        if a >= nodes.count { nodes.append(contentsOf: repeatElement(Node(), count: a + 1 - nodes.count)) }
        precondition(nodes[a].level < 0, "agent already in buckets")
        let h = heads[l]
        nodes[a] = Node(next: h, prev: -1, level: Int32(l))
        if h >= 0 { nodes[Int(h)].prev = agent }
        heads[l] = agent
    }

    @inline(__always)
    mutating func remove(_ agent: Int32) {
        let a = Int(agent)
        guard a < nodes.count else { return }
        let node = nodes[a]
        guard node.level >= 0 else { return }
        if node.prev >= 0 { nodes[Int(node.prev)].next = node.next } else { heads[Int(node.level)] = node.next }
        if node.next >= 0 { nodes[Int(node.next)].prev = node.prev }
        nodes[a].level = -1
    }

    /// An agent at the lowest non-empty level.
    @inline(__always)
    func lowest() -> Int32? {
        for h in heads where h >= 0 { return h }
        return nil
    }

    /// An agent at the highest non-empty level.
    @inline(__always)
    func highest() -> Int32? {
        for h in heads.reversed() where h >= 0 { return h }
        return nil
    }
}
