// State space of the chat model below the queue: which agents hold how many chats. Agents
// are interchangeable, so a state is the histogram (n_0, …, n_k) of agents holding 0…k
// chats, not a per-agent vector — C(agents+k, k) states instead of (k+1)^agents.
//
// Millions of states are solved, so a state is not an [Int] in a dictionary (one heap
// allocation each, and hashing on every lookup): histograms sit in one flat array and a
// state's position comes from its rank in the enumeration order, computed from binomials.

/// All occupancy histograms for `agents` agents with up to `levels` chats each.
public struct OccupancySpace {
    /// Largest chain solved exactly (1,579 agents × 2, 193 × 3, 71 × 4, 40 × 5): at 1,004,731
    /// states (180 × 3) the sparse solver takes 1–4 s of one core at any load, and k = 2 is
    /// solved directly, in well under a second (docs/performance.md). Larger teams get the
    /// approximation (docs/decisions.md, decisions 55, 89 and 122).
    public static let maxStates = 1_250_000

    /// The exact limit for `levels` chats per agent (the same for every k since decision
    /// 122; k = 2 kept 400,000 states before it).
    public static func limit(levels: Int) -> Int { maxStates }

    /// Whether `agents` × `levels` is within the exact limit.
    public static func isExact(agents: Int, levels: Int) -> Bool {
        count(agents: agents, levels: levels) <= Double(limit(levels: levels))
    }

    /// The largest team solved exactly with `levels` chats per agent (for k = 1, whose
    /// chain has agents + 1 states, the limit minus one).
    public static func largestExactTeam(levels: Int) -> Int {
        var low = 1, high = limit(levels: levels)          // isExact(low); count grows with agents
        while high - low > 1 {
            let mid = low + (high - low) / 2
            if isExact(agents: mid, levels: levels) { low = mid } else { high = mid }
        }
        return isExact(agents: high, levels: levels) ? high : low
    }

    let agents: Int
    let levels: Int
    /// Number of states, C(agents+levels, levels).
    let count: Int
    /// counts[i·(levels+1) + m] = number of agents holding m chats in state i.
    private let counts: [Int32]
    /// choose[a][b] = C(a, b) for a ≤ agents + levels, b ≤ levels.
    private let choose: [[Int]]

    init(agents: Int, levels: Int) throws {
        let size = Self.count(agents: agents, levels: levels)
        guard size <= Double(Self.limit(levels: levels)) else {
            throw AnalyticError.tooLarge("chat model has C(\(agents)+\(levels), \(levels)) occupancy states; the limit is \(Self.limit(levels: levels))")
        }
        self.agents = agents
        self.levels = levels
        count = Int(size)
        var table: [[Int]] = []
        for a in 0...(agents + levels) {
            var row = [Int](repeating: 0, count: levels + 1)
            // Pascal's rule; C(a, b) = 0 for b > a is the row's initial value.
            for b in 0...min(a, levels) {
                row[b] = b == 0 || b == a ? 1 : table[a - 1][b - 1] + table[a - 1][b]
            }
            table.append(row)
        }
        choose = table
        var all: [Int32] = []
        all.reserveCapacity(count * (levels + 1))
        var current = [Int32](repeating: 0, count: levels + 1)
        Self.enumerate(level: 0, left: agents, into: &current, all: &all)
        counts = all
    }

    /// Agents holding m chats in state i.
    @inline(__always) func agents(in state: Int, holding m: Int) -> Int { Int(counts[state * (levels + 1) + m]) }

    /// State i as a histogram (n_0, …, n_levels).
    func histogram(_ state: Int) -> [Int] { (0...levels).map { agents(in: state, holding: $0) } }

    /// Position of a histogram in the enumeration order (n_0 descending, then n_1, …).
    /// States sharing n_0…n_{j−1} but with more agents at level j come first; there are
    /// Σ_{u>n_j} C(r−u + levels−j−1, levels−j−1) = C(r−n_j−1 + levels−j, levels−j) of them
    /// (hockey stick), r being the agents not yet placed.
    func position(of state: [Int]) -> Int {
        var rank = 0
        var left = agents
        for j in 0..<levels {
            let n = state[j]
            if left - n >= 1 { rank += choose[left - n - 1 + levels - j][levels - j] }
            left -= n
        }
        return rank
    }

    /// Every agent at capacity: the only state from which a queue can form. It is the
    /// last in the enumeration order (n_0 = … = n_{levels−1} = 0).
    var fullState: Int { count - 1 }

    /// C(agents+levels, levels) in floating point, so asking about a huge model cannot
    /// overflow an Int before we get to say it is too large.
    public static func count(agents: Int, levels: Int) -> Double {
        var c = 1.0
        for i in stride(from: 1, through: levels, by: 1) {
            c = c * Double(agents + i) / Double(i)
        }
        return c.rounded()
    }

    /// Compositions of `left` agents into levels `level…levels`.
    private static func enumerate(level: Int, left: Int, into current: inout [Int32], all: inout [Int32]) {
        if level == current.count - 1 {
            current[level] = Int32(left)
            all.append(contentsOf: current)
            return
        }
        for n in stride(from: left, through: 0, by: -1) {
            current[level] = Int32(n)
            enumerate(level: level + 1, left: left - n, into: &current, all: &all)
        }
        current[level] = 0
    }
}
