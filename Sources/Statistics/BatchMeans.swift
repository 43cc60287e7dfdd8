/// Batch means for one long run: observations are split into consecutive batches and the
/// batch averages treated as roughly independent samples, giving a confidence interval
/// for a steady-state mean from a single replication.
public struct BatchMeans: Sendable {
    public let batchSize: Int
    private var current = 0.0
    private var inBatch = 0
    public private(set) var means: [Double] = []

    /// Batches of `batchSize` observations (≥ 1).
    public init(batchSize: Int) {
        precondition(batchSize >= 1)
        self.batchSize = batchSize
    }

    public mutating func add(_ x: Double) {
        current += x
        inBatch += 1
        if inBatch == batchSize {
            means.append(current / Double(batchSize))
            current = 0
            inBatch = 0
        }
    }

    /// The interval over complete batches (an incomplete last batch is dropped).
    public func interval(level: Double) -> ConfidenceInterval? {
        ConfidenceInterval(values: means, level: level)
    }
}
