/// Streaming mean and variance (Welford's algorithm): constant memory, numerically stable.
public struct RunningStats: Sendable, Equatable {
    public private(set) var count: Int = 0
    public private(set) var mean: Double = 0
    private var m2: Double = 0

    public init() {}

    /// A summary of the given values, added in order.
    public init<S: Sequence>(_ values: S) where S.Element == Double {
        for v in values { add(v) }
    }

    public mutating func add(_ x: Double) {
        count += 1
        let delta = x - mean
        mean += delta / Double(count)
        m2 += delta * (x - mean)
    }

    /// The sample variance (n − 1 in the denominator); NaN below two values.
    public var variance: Double { count > 1 ? m2 / Double(count - 1) : .nan }
    public var standardDeviation: Double { variance.squareRoot() }
    /// The standard error of the mean; NaN below two values.
    public var standardError: Double { (variance / Double(count)).squareRoot() }
}

/// The time integral of a piecewise-constant quantity (queue length, busy agents, …).
///
/// The caller reports the value whenever it changes; the area up to any time is then exact.
public struct TimeIntegral: Sendable, Equatable {
    public private(set) var area: Double = 0
    public private(set) var value: Double
    public private(set) var lastTime: Double

    public init(start: Double = 0, value: Double = 0) {
        self.lastTime = start
        self.value = value
    }

    /// Accrues the area up to `time` and sets the new value from then on.
    public mutating func set(_ newValue: Double, at time: Double) {
        area += value * (time - lastTime)
        lastTime = time
        value = newValue
    }

    /// The area up to `time` without changing the value.
    public func area(upTo time: Double) -> Double { area + value * (time - lastTime) }
}
