// The small dense algebra of the aggregated chain: a few dozen classes per level, so plain
// loops beat calling out to GSL (no allocation of GSL objects per level).

/// LU factors (no pivoting) of a small, diagonally dominant M-matrix, and GTH for a generator's null vector.
struct DenseLU {
    private var a: [Double]
    private let n: Int

    /// Factors the n × n row-major `matrix`; nil on a pivot that is not positive and finite
    /// (the matrices factored here are diagonally dominant M-matrices, so that means a
    /// class with no way out: the caller gives up on this aggregation step).
    init?(_ matrix: [Double], _ n: Int) {
        a = matrix
        self.n = n
        for k in 0..<n {
            let pivot = a[k * n + k]
            guard pivot > 0, pivot.isFinite else { return nil }
            for i in (k + 1)..<n where a[i * n + k] != 0 {
                let f = a[i * n + k] / pivot
                a[i * n + k] = f
                for j in (k + 1)..<n { a[i * n + j] -= f * a[k * n + j] }
            }
        }
    }

    /// x with x · S = u (a row vector times the factored matrix).
    func solveLeft(_ u: [Double]) -> [Double] {
        // S = L U: first z U = u (columns ascending), then x L = z (descending).
        var z = u
        for j in 0..<n {
            var v = z[j]
            for i in 0..<j { v -= z[i] * a[i * n + j] }
            z[j] = v / a[j * n + j]
        }
        for j in stride(from: n - 1, through: 0, by: -1) {
            var v = z[j]
            for i in (j + 1)..<n { v -= z[i] * a[i * n + j] }
            z[j] = v
        }
        return z
    }

    /// Stationary vector (summing to 1) of the conservative generator whose off-diagonal
    /// rates are −s_ab, over the classes marked active (the others get 0), by the
    /// Grassmann–Taksar–Heyman elimination: no subtraction, so no cancellation. Nil if the
    /// active classes do not communicate.
    static func nullVector(generatorComplement s: [Double], _ n: Int, active: [Bool]) -> [Double]? {
        let index = (0..<n).filter { active[$0] }
        let m = index.count
        guard m > 0 else { return nil }
        var q = [Double](repeating: 0, count: m * m)
        for (x, a) in index.enumerated() {
            for (y, b) in index.enumerated() where x != y { q[x * m + y] = -s[a * n + b] }
        }
        var out = [Double](repeating: 0, count: m)
        for k in stride(from: m - 1, to: 0, by: -1) {
            var total = 0.0
            for j in 0..<k { total += q[k * m + j] }
            guard total > 0 else { return nil }
            out[k] = total
            for i in 0..<k where q[i * m + k] != 0 {
                let f = q[i * m + k] / total
                for j in 0..<k where j != i { q[i * m + j] += f * q[k * m + j] }
            }
        }
        var y = [Double](repeating: 0, count: m)
        y[0] = 1
        for k in 1..<max(m, 1) {
            var v = 0.0
            for i in 0..<k { v += y[i] * q[i * m + k] }
            y[k] = v / out[k]
        }
        let total = y.reduce(0, +)
        guard total > 0, total.isFinite else { return nil }
        var full = [Double](repeating: 0, count: n)
        for (x, a) in index.enumerated() { full[a] = y[x] / total }
        return full
    }
}
