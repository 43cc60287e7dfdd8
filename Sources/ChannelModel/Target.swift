import Foundation

/// A bound the results should meet, such as `chat.sl(60s) >= 0.8`, `phone.asa <= 30s` or
/// `totals.cost_per_resolved <= 6.50`: a scope, a figure, a comparison and a bound in the
/// figure's unit. Written in a scenario's `targets:` list or with `--target`;
/// docs/scenario.md gives the grammar.
public struct Target: Sendable, Equatable {
    /// Which side of the bound is good.
    public enum Comparison: String, Sendable {
        case atLeast = ">="
        case atMost = "<="
    }

    /// The target as written, normalised (`chat.sl(60s) >= 0.8`).
    public var text: String
    /// Where the figure is reported: a channel (`chat`), a channel's visitor group
    /// (`chat/mobile/returns`), a visitor group (`visitors/all/all`), a team (`team/web`)
    /// or `totals`.
    public var scope: String
    /// The figure's canonical name (`sl_offered`, `p_abandon`, `cost_per_resolved`).
    public var metric: String
    /// The service-level threshold of `sl(T)`, seconds; nil when none was written.
    public var threshold: Double?
    public var comparison: Comparison
    /// The bound in the figure's unit: seconds, a share in 0…1, money, a count.
    public var bound: Double

    public init(scope: String, metric: String, threshold: Double? = nil, comparison: Comparison, bound: Double,
                text: String? = nil) {
        self.scope = scope
        self.metric = metric
        self.threshold = threshold
        self.comparison = comparison
        self.bound = bound
        self.text = text ?? "\(scope).\(metric) \(comparison.rawValue) \(bound)"
    }

    /// The key its figure is reported under (`chat.p_abandon`).
    public var key: MetricKey { MetricKey(scope: scope, metric: metric) }

    /// The direction the target gives its figure.
    public var direction: MetricDirection { comparison == .atLeast ? .higherIsBetter : .lowerIsBetter }

    /// Whether `value` is on the good side of the bound (the bound itself is good).
    public func isMet(by value: Double) -> Bool {
        comparison == .atLeast ? value >= bound : value <= bound
    }
}

/// A target that cannot be read or does not fit the scenario: what is wrong, and where
/// in the target's text (a 0-based character offset) so callers can point at it.
public struct TargetError: Error, Sendable, Equatable, CustomStringConvertible {
    public var offset: Int
    public var problem: String
    public var expected: String

    public init(offset: Int, problem: String, expected: String) {
        self.offset = offset
        self.problem = problem
        self.expected = expected
    }

    public var description: String { "\(problem) (\(expected))" }
}

/// A figure under its scope: the one key every output and every comparison uses.
public struct MetricKey: Sendable, Hashable, CustomStringConvertible {
    /// `chat`, `chat/mobile/returns`, `visitors/mobile/returns`, `team/web`, `totals`.
    public var scope: String
    public var metric: String

    public init(scope: String, metric: String) {
        self.scope = scope
        self.metric = metric
    }

    /// `scope.metric`, the form targets and comparisons print.
    public var description: String { "\(scope).\(metric)" }
    public var info: MetricInfo { MetricCatalog.info(metric) }
}
