// Poisson probabilities for uniformisation, where the mean Λt can be in the thousands:
// e^{−Λt} alone underflows there and (Λt)^s/s! overflows, so each weight is formed in logs.
import Foundation

/// Poisson(s; mean) for s = 0…sMax, with sMax past the mode where the tail is negligible.
struct PoissonWeights {
    /// Longest weight vector accepted (mean of ~20 million).
    static let maxSteps = 20_000_000

    let values: [Double]

    init(mean: Double) throws {
        guard mean.isFinite, mean >= 0 else { throw AnalyticError.numerical("Poisson mean \(mean)") }
        guard mean > 0 else { values = [1]; return }
        let logMean = log(mean)
        var out: [Double] = []
        var s = 0
        while true {
            // ln w_s = −x + s ln x − ln Γ(s+1); ln Γ from GSL, so no recursion error builds up.
            let w = exp(-mean + Double(s) * logMean - (try GSL.lnGamma(Double(s) + 1)))
            out.append(w)
            // Past the mode the ratios x/(i+1) keep falling, so the tail beyond s is below
            // w_s · r/(1−r) with r = x/(s+1).
            let r = mean / Double(s + 1)
            if r < 1, w * r / (1 - r) < 1e-18 { break }
            s += 1
            guard s <= Self.maxSteps else {
                throw AnalyticError.tooLarge("uniformisation needs more than \(Self.maxSteps) steps (Λt = \(mean))")
            }
        }
        values = out
    }
}
