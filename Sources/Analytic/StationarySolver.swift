// Stationary distribution of a finite CTMC by dense LU (GSL). π G = 0 has a one-dimensional
// null space; replacing one balance equation by Σπ = 1 makes the system non-singular for an
// irreducible chain, and a direct solve gives the answer to machine precision without the
// convergence tuning an iterative method needs. It is used up to ChatMarkovChain.denseLimit
// (1,000) states, where it costs 0.1 s; SparseStationarySolver takes the larger chains.
import CGSL

/// Solves π G = 0, Σ π = 1 for a generator given as a transition list.
struct StationarySolver {
    /// One transition from → to at `rate` (> 0); diagonal terms are implied.
    struct Transition {
        var from: Int
        var to: Int
        var rate: Double
    }

    static func solve(states: Int, transitions: [Transition]) throws -> [Double] {
        GSL.prepare()
        let n = states
        guard n > 1 else { return [1] }
        guard let matrix = gsl_matrix_calloc(n, n) else { throw AnalyticError.numerical("gsl_matrix_calloc(\(n))") }
        defer { gsl_matrix_free(matrix) }
        guard let rhs = gsl_vector_calloc(n), let x = gsl_vector_alloc(n) else {
            throw AnalyticError.numerical("gsl_vector_alloc(\(n))")
        }
        defer { gsl_vector_free(rhs); gsl_vector_free(x) }
        guard let perm = gsl_permutation_alloc(n) else { throw AnalyticError.numerical("gsl_permutation_alloc(\(n))") }
        defer { gsl_permutation_free(perm) }

        // Row i of Gᵀ is the balance equation of state i: inflow − outflow = 0.
        let data = matrix.pointee.data!
        let stride = matrix.pointee.tda
        for t in transitions {
            data[t.to * stride + t.from] += t.rate
            data[t.from * stride + t.from] -= t.rate
        }
        // Replace the last balance equation (implied by the others) by normalisation.
        for j in 0..<n { data[(n - 1) * stride + j] = 1 }
        gsl_vector_set(rhs, n - 1, 1)

        var signum: Int32 = 0
        try GSL.check(gsl_linalg_LU_decomp(matrix, perm, &signum), "gsl_linalg_LU_decomp")
        try GSL.check(gsl_linalg_LU_solve(matrix, perm, rhs, x), "gsl_linalg_LU_solve")

        var pi = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let v = gsl_vector_get(x, i)
            guard v.isFinite else { throw AnalyticError.numerical("stationary probability \(i) is \(v)") }
            // Round-off can leave probabilities of about −1e-17; they are zeros.
            pi[i] = max(v, 0)
        }
        let total = pi.reduce(0, +)
        guard total > 0 else { throw AnalyticError.numerical("stationary distribution sums to \(total)") }
        return pi.map { $0 / total }
    }
}
