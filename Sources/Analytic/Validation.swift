// Input checks shared by every public entry point, so that each one rejects bad input the
// same way and with the same field names.

/// Domain checks that throw `AnalyticError.invalidInput` with the caller's field name.
enum Validate {
    /// Rates and means must be usable as divisors and in exponentials: strictly positive and finite.
    static func positiveFinite(_ value: Double, _ field: String) throws {
        guard value.isFinite, value > 0 else {
            throw AnalyticError.invalidInput(field: field, message: "must be positive and finite (got \(value))")
        }
    }

    static func atLeastOne(_ value: Int, _ field: String) throws {
        guard value >= 1 else {
            throw AnalyticError.invalidInput(field: field, message: "must be at least 1 (got \(value))")
        }
    }

    /// A service-level threshold of 0 is meaningful (P(no wait)); infinity is not, because
    /// the uniformisation would need infinitely many steps.
    static func slTime(_ value: Double) throws {
        guard value.isFinite, value >= 0 else {
            throw AnalyticError.invalidInput(field: "slTime", message: "must be finite and >= 0 (got \(value))")
        }
    }

    /// Mean patience → abandonment rate θ. `.infinity` means nobody abandons (θ = 0).
    static func abandonmentRate(meanPatience: Double) throws -> Double {
        guard !meanPatience.isNaN, meanPatience > 0 else {
            throw AnalyticError.invalidInput(field: "meanPatience",
                                             message: "must be > 0, or .infinity for no abandonment (got \(meanPatience))")
        }
        return meanPatience.isInfinite ? 0 : 1 / meanPatience
    }
}
