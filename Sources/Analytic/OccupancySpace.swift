// State space of the chat model below the queue: which agents hold how many chats. Agents
// are interchangeable, so a state is the histogram (n_0, …, n_k) of agents holding 0…k
// chats, not a per-agent vector — C(agents+k, k) states instead of (k+1)^agents.

/// All occupancy histograms for `agents` agents with up to `levels` chats each.
struct OccupancySpace {
    /// The solver works on a dense matrix, so the state count is capped to keep the LU
    /// factorisation (cubic in states) within seconds.
    static let maxStates = 3000

    let agents: Int
    let levels: Int
    /// states[i][m] = number of agents holding m chats.
    let states: [[Int]]
    private let index: [[Int]: Int]

    init(agents: Int, levels: Int) throws {
        let count = Self.count(agents: agents, levels: levels)
        guard count <= Double(Self.maxStates) else {
            throw AnalyticError.tooLarge("chat model has C(\(agents)+\(levels), \(levels)) occupancy states; the limit is \(Self.maxStates)")
        }
        self.agents = agents
        self.levels = levels
        var all: [[Int]] = []
        var current = [Int](repeating: 0, count: levels + 1)
        Self.enumerate(level: 0, left: agents, into: &current, all: &all)
        states = all
        var map: [[Int]: Int] = [:]
        for (i, s) in all.enumerated() { map[s] = i }
        index = map
    }

    func position(of state: [Int]) -> Int? { index[state] }

    /// Every agent at capacity: the only state from which a queue can form.
    var fullState: [Int] {
        var s = [Int](repeating: 0, count: levels + 1)
        s[levels] = agents
        return s
    }

    /// C(agents+levels, levels) in floating point, so asking about a huge model cannot
    /// overflow an Int before we get to say it is too large.
    static func count(agents: Int, levels: Int) -> Double {
        var c = 1.0
        for i in stride(from: 1, through: levels, by: 1) {
            c = c * Double(agents + i) / Double(i)
        }
        return c.rounded()
    }

    /// Compositions of `left` agents into levels `level…levels`.
    private static func enumerate(level: Int, left: Int, into current: inout [Int], all: inout [[Int]]) {
        if level == current.count - 1 {
            current[level] = left
            all.append(current)
            return
        }
        for n in stride(from: left, through: 0, by: -1) {
            current[level] = n
            enumerate(level: level + 1, left: left - n, into: &current, all: &all)
        }
        current[level] = 0
    }
}
