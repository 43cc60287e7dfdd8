/// The points of a sweep: every combination of the axes' values (the full grid, the first
/// axis varying slowest), or with `zip` the i-th value of every axis together.
public enum SweepGrid {
    /// More points than this would not finish, nor fit a table or a chart: a typo or a
    /// step in the wrong unit, far more often than a plan.
    public static let maxPoints = 1_000_000

    /// Each point as one value index per axis, in order.
    public static func points(_ axes: [SweepAxis], zip: Bool) throws(SweepError) -> [[Int]] {
        guard !axes.isEmpty else { return [] }
        if zip {
            let counts = axes.map(\.values.count)
            guard Set(counts).count == 1 else {
                let listed = axes.map { "\($0.path) has \($0.values.count) value\($0.values.count == 1 ? "" : "s")" }
                throw SweepError(flag: nil, problem: "--zip: the lists have different lengths (\(listed.joined(separator: ", ")))")
            }
            return (0..<counts[0]).map { i in axes.map { _ in i } }
        }
        // Counted in Double first, so a huge grid is refused before anything is built.
        let total = axes.reduce(1.0) { $0 * Double($1.values.count) }
        guard total <= Double(maxPoints) else {
            let sizes = axes.map { String($0.values.count) }.joined(separator: " × ")
            throw SweepError(flag: nil, problem: "the grid has \(grouped(total)) points (\(sizes)), over the \(grouped(Double(maxPoints))) "
                             + "a sweep runs: use fewer values or larger steps, or pair lists with --zip")
        }
        var out: [[Int]] = [[]]
        for axis in axes {
            out = out.flatMap { prefix in axis.values.indices.map { prefix + [$0] } }
        }
        return out
    }

    /// A point's variant name, `path=value,path=value`: what the store and every output
    /// call it, and how `merge` checks that a shard holds the points its grid says.
    public static func name(_ parameters: [(String, String)]) -> String {
        parameters.map { "\($0.0)=\($0.1)" }.joined(separator: ",")
    }

    /// A whole number with thousands separators: 1,200,000.
    static func grouped(_ x: Double) -> String {
        var digits = String(Int64(x.rounded())), out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return digits + out
    }

    static func grouped(_ n: Int) -> String { grouped(Double(n)) }
}
