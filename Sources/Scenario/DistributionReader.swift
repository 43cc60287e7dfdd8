import Variates

/// What a distribution's values measure: durations (with units) or money (plain numbers).
enum Quantity {
    case duration, money

    /// A value of this quantity (≥ 0; > 0 when `positive`).
    func read(_ v: YAMLValue, positive: Bool = true) throws(ScenarioError) -> Double {
        switch self {
        case .duration: return try v.duration(positive: positive)
        case .money: return try v.money(positive: positive)
        }
    }

    /// The placeholder in "expected" messages.
    var placeholder: String { self == .duration ? "DURATION" : "AMOUNT" }
}

/// Reads a distribution: a plain duration (deterministic), `none` (never, for
/// patience), or a one-key map such as `{ lognormal: { mean: 90s, cv: 0.6 } }`. Money
/// distributions (order values) take plain numbers where durations take units.
enum DistributionReader {
    static let kinds = ["exponential", "lognormal", "weibull", "gamma", "deterministic", "uniform", "empirical"]
    static let expected = "expected a duration such as 90s, or one of { exponential: { mean: 90s } }, "
        + "{ lognormal: { mean: 90s, cv: 0.6 } }, { weibull: { mean: 90s, shape: 0.8 } }, "
        + "{ gamma: { mean: 90s, cv: 0.5 } }, { uniform: { min: 30s, max: 2m } }, "
        + "{ empirical: { values: [30s, 45s] } }, { empirical: { edges: [0s, 30s, 60s], weights: [3, 1] } }"

    static let expectedMoney = "expected an amount such as 80, or one of { exponential: { mean: 80 } }, "
        + "{ lognormal: { mean: 80, cv: 0.6 } }, { gamma: { mean: 80, cv: 0.5 } }, { uniform: { min: 20, max: 150 } }, "
        + "{ empirical: { values: [25, 60, 140] } }"

    /// - Parameter allowNever: whether `none` (infinite patience) is accepted.
    static func read(_ v: YAMLValue, allowNever: Bool = false, quantity q: Quantity = .duration) throws(ScenarioError) -> Distribution {
        let expected = q == .duration ? expected : expectedMoney
        if !v.isMap {
            if q == .money { return .deterministic(try q.read(v, positive: false)) }
            let s = try v.string()
            if ["none", "never", "infinite", "inf"].contains(s.lowercased()) {
                guard allowNever else { throw v.error("cannot be '\(s)' here", expected: "expected a finite distribution") }
                return .never
            }
            return .deterministic(try v.duration())
        }
        var m = try v.map()
        guard m.keys.count == 1, let kind = m.keys.first else {
            throw v.error("must name exactly one distribution, found \(m.keys.count) keys", expected: expected)
        }
        guard kinds.contains(kind) else {
            let hint = Suggest.closest(to: kind, in: kinds).map { "did you mean '\($0)'?" }
            let body = m.optional(kind) ?? v
            throw body.error("unknown distribution '\(kind)'", expected: hint ?? "expected one of: \(kinds.joined(separator: ", "))")
        }
        let body = m.optional(kind)!
        // `exponential: 90s` and `deterministic: 90s` are shorthands for the mean / value.
        if !body.isMap && (kind == "exponential" || kind == "deterministic") {
            let x = try q.read(body)
            return kind == "exponential" ? .exponential(mean: x) : .deterministic(x)
        }
        var p = try body.map()
        let d: Distribution
        switch kind {
        case "exponential":
            d = .exponential(mean: try q.read(p.required("mean", expected: "expected mean: \(q.placeholder)")))
        case "lognormal":
            let mean = try q.read(p.required("mean", expected: "expected mean: \(q.placeholder)"))
            d = .lognormal(mean: mean, cv: try within(Limits.cv, p.required("cv", expected: "expected cv: NUMBER > 0")))
        case "weibull":
            let mean = try q.read(p.required("mean", expected: "expected mean: \(q.placeholder)"))
            d = .weibull(mean: mean, shape: try within(Limits.weibullShape, p.required("shape", expected: "expected shape: NUMBER > 0")))
        case "gamma":
            let mean = try q.read(p.required("mean", expected: "expected mean: \(q.placeholder)"))
            d = .gamma(mean: mean, cv: try within(Limits.cv, p.required("cv", expected: "expected cv: NUMBER > 0")))
        case "deterministic":
            d = .deterministic(try q.read(p.required("value", expected: "expected value: \(q.placeholder)"), positive: false))
        case "uniform":
            let lo = try q.read(p.required("min", expected: "expected min: \(q.placeholder)"), positive: false)
            let hiV = try p.required("max", expected: "expected max: DURATION")
            let hi = try q.read(hiV)
            guard hi > lo else { throw hiV.error("must be greater than min", expected: "expected min < max") }
            d = .uniform(min: lo, max: hi)
        default:   // empirical
            if let values = p.optional("values") {
                var xs: [Double] = []
                for x in try values.list() { xs.append(try q.read(x, positive: false)) }
                guard !xs.isEmpty, xs.contains(where: { $0 > 0 }) else {
                    throw values.error("needs at least one positive value", expected: "expected a list of \(q == .duration ? "durations" : "amounts")")
                }
                d = .empiricalValues(xs)
            } else {
                let edgesV = try p.required("edges", expected: "expected values: [..] or edges: [..] with weights: [..]")
                let weightsV = try p.required("weights", expected: "expected weights: one per bin")
                var edges: [Double] = [], weights: [Double] = []
                for x in try edgesV.list() { edges.append(try q.read(x, positive: false)) }
                for x in try weightsV.list() {
                    let w = try x.double("expected a weight ≥ 0")
                    // Past this the total weight can overflow to infinity and every bin's share to 0.
                    guard w <= Limits.maxWeight else {
                        throw x.error("\(w) is above the supported 10¹²", expected: "expected a weight ≥ 0, e.g. a count of observations")
                    }
                    weights.append(w)
                }
                guard let h = EmpiricalHistogram(edges: edges, weights: weights) else {
                    throw weightsV.error("does not fit the edges",
                                         expected: "expected increasing edges, one weight ≥ 0 per bin (edges − 1), total weight > 0")
                }
                d = .empiricalHistogram(h)
            }
        }
        try p.finish()
        return d
    }

    /// Reads a count distribution: a whole number, `{ poisson: { mean: 6 } }` (or
    /// `{ poisson: 6 }`), or `{ empirical: { values: [3, 4, 6] } }`.
    static func readCount(_ v: YAMLValue) throws(ScenarioError) -> Distribution {
        let expected = "expected a whole number ≥ 1, { poisson: { mean: N } } or { empirical: { values: [N, ...] } }"
        if !v.isMap {
            return .deterministic(Double(try exchangeCount(v, expected: expected)))
        }
        var m = try v.map()
        guard m.keys.count == 1, let kind = m.keys.first else {
            throw v.error("must name exactly one distribution, found \(m.keys.count) keys", expected: expected)
        }
        let body = m.optional(kind)!
        switch kind {
        case "poisson":
            let meanV = body.isMap ? try { () throws(ScenarioError) -> YAMLValue in
                var p = try body.map()
                let x = try p.required("mean", expected: "expected mean: NUMBER > 0")
                try p.finish()
                return x
            }() : body
            let mean = try positive(meanV)
            // GSL's Poisson sampler slows with the mean (and hangs near 10¹⁰), and each
            // exchange is work for the run: bound the mean like a fixed count.
            guard mean <= Double(Limits.maxExchanges) else {
                throw meanV.error("\(mean) is above the supported \(Limits.maxExchanges) exchanges", expected: "expected a mean of at most \(Limits.maxExchanges)")
            }
            return .poisson(mean: mean)
        case "empirical":
            var p = try body.map()
            let values = try p.required("values", expected: "expected values: [N, ...]")
            var xs: [Double] = []
            for x in try values.list() { xs.append(Double(try exchangeCount(x, expected: "expected a whole number ≥ 1"))) }
            guard !xs.isEmpty else { throw values.error("is empty", expected: "expected at least one count") }
            try p.finish()
            return .empiricalValues(xs)
        default:
            let hint = Suggest.closest(to: kind, in: ["poisson", "empirical"]).map { "did you mean '\($0)'?" }
            throw body.error("unknown count distribution '\(kind)'", expected: hint ?? expected)
        }
    }

    /// A number of exchanges: a whole number 1…`Limits.maxExchanges`.
    private static func exchangeCount(_ v: YAMLValue, expected: String) throws(ScenarioError) -> Int {
        let n = try v.positiveInt(expected)
        guard n <= Limits.maxExchanges else {
            throw v.error("\(n) is above the supported \(Limits.maxExchanges) exchanges", expected: "expected at most \(Limits.maxExchanges)")
        }
        return n
    }

    private static func within(_ range: ClosedRange<Double>, _ v: YAMLValue) throws(ScenarioError) -> Double {
        let x = try v.double("expected a number > 0")
        guard range.contains(x) else {
            throw v.error("\(x) is outside the supported \(range.lowerBound)…\(range.upperBound)",
                          expected: "expected a number in \(range.lowerBound)…\(range.upperBound)")
        }
        return x
    }

    private static func positive(_ v: YAMLValue) throws(ScenarioError) -> Double {
        let x = try v.double("expected a number > 0")
        guard x > 0 else { throw v.error("must be positive, got \(x)", expected: "expected a number > 0") }
        return x
    }
}
