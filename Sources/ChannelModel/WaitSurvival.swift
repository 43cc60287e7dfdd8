/// The thresholds at which the survival of queue wait, P(wait > T), is reported: a fixed
/// grid from seconds (chat, phone) to a day (forms), so every channel's curve is a set of
/// ordinary per-replication figures (`wait_over_30s`, …) that the store, exports, baselines
/// and comparisons handle like any other (docs/decisions.md, "Wait survival").
public enum WaitSurvival {
    /// (metric, threshold in seconds), ascending.
    public static let grid: [(metric: Metric, seconds: Double)] = [
        (.waitOver0s, 0),
        (.waitOver10s, 10),
        (.waitOver20s, 20),
        (.waitOver30s, 30),
        (.waitOver45s, 45),
        (.waitOver1m, 60),
        (.waitOver90s, 90),
        (.waitOver2m, 120),
        (.waitOver3m, 180),
        (.waitOver5m, 300),
        (.waitOver10m, 600),
        (.waitOver20m, 1200),
        (.waitOver30m, 1800),
        (.waitOver1h, 3600),
        (.waitOver2h, 7200),
        (.waitOver4h, 14400),
        (.waitOver8h, 28800),
        (.waitOver12h, 43200),
        (.waitOver24h, 86400),
        (.waitOver48h, 172800),
    ]

    /// The metrics of the grid, in order.
    public static let metrics: [Metric] = grid.map(\.metric)

    /// The threshold of a survival metric, or nil for any other metric.
    public static func threshold(of m: Metric) -> Double? { thresholds[m] }
    private static let thresholds: [Metric: Double] = Dictionary(uniqueKeysWithValues: grid.map { ($0.metric, $0.seconds) })

    /// How many thresholds a wait exceeds: the bucket a tally counts it in.
    @inline(__always)
    static func bucket(_ wait: Double) -> Int {
        var k = 0
        while k < grid.count && wait > grid[k].seconds { k += 1 }
        return k
    }

    /// P(wait > grid[k]) for every k, from the per-bucket counts; NaN with no waits.
    static func survival(buckets: [Int32]) -> [Double] {
        let total = buckets.reduce(0) { $0 + Int($1) }
        var above = total - Int(buckets[0])
        var out: [Double] = []
        for k in grid.indices {
            out.append(total > 0 ? Double(above) / Double(total) : .nan)
            if k + 1 < buckets.count { above -= Int(buckets[k + 1]) }
        }
        return out
    }
}
