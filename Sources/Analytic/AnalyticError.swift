// Errors thrown by the exact queueing formulas.

/// Why an analytic computation could not produce a result.
public enum AnalyticError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A parameter is out of its domain, e.g. `("agents", "must be at least 1")`.
    case invalidInput(field: String, message: String)
    /// The queue has no steady state (offered load reaches capacity and nobody abandons).
    case unstable(String)
    /// The state space (or a truncated queue tail) is beyond what the solver accepts.
    case tooLarge(String)
    /// GSL reported an error code, or a result came back non-finite.
    case numerical(String)

    public var description: String {
        switch self {
        case let .invalidInput(field, message): "invalid \(field): \(message)"
        case let .unstable(message): "unstable queue: \(message)"
        case let .tooLarge(message): "problem too large: \(message)"
        case let .numerical(message): "numerical failure: \(message)"
        }
    }
}
