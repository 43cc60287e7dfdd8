// Anderson acceleration (type II, after Walker & Ni) of a fixed-point iteration x ← G(x).
// For a linear G it is equivalent to GMRES preconditioned by G, which is why it cuts the
// sparse solver's sweeps by about four at a half-loaded team where plain sweeps crawl.

/// Mixes the last few iterates of a fixed-point map to extrapolate towards its fixed point.
struct AndersonMixer {
    /// How many past differences enter each least-squares fit.
    let depth: Int
    private var dF: [[Double]] = []
    private var dG: [[Double]] = []
    private var lastF: [Double]?
    private var lastG: [Double]?

    init(depth: Int) { self.depth = depth }

    /// Forgets the history (after a degenerate fit).
    mutating func reset() { dF = []; dG = []; lastF = nil; lastG = nil }

    /// Given x and g = G(x), the next iterate g − ΔG γ, with γ minimising ‖f − ΔF γ‖₂ for
    /// f = g − x. The caller checks the result: this only proposes a point.
    mutating func mix(x: [Double], g: [Double]) -> [Double] {
        let n = x.count
        var f = [Double](repeating: 0, count: n)
        for i in 0..<n { f[i] = g[i] - x[i] }
        if let lf = lastF, let lg = lastG {
            var a = [Double](repeating: 0, count: n), b = a
            for i in 0..<n { a[i] = f[i] - lf[i]; b[i] = g[i] - lg[i] }
            dF.append(a)
            dG.append(b)
            if dF.count > depth { dF.removeFirst(); dG.removeFirst() }
        }
        lastF = f
        lastG = g
        guard let gamma = fit(f) else { reset(); return g }
        var out = g
        for (a, ga) in gamma.enumerated() {
            dG[a].withUnsafeBufferPointer { p in for i in 0..<n { out[i] -= ga * p[i] } }
        }
        return out
    }

    /// Least squares by the normal equations (m ≤ depth is tiny), with a relative ridge of
    /// 1e-12 so nearly parallel differences cannot blow γ up; nil if none is left to fit.
    private func fit(_ f: [Double]) -> [Double]? {
        let m = dF.count
        guard m > 0 else { return nil }
        func dot(_ u: [Double], _ v: [Double]) -> Double {
            u.withUnsafeBufferPointer { p in v.withUnsafeBufferPointer { q in
                var s = 0.0
                for i in 0..<p.count { s += p[i] * q[i] }
                return s
            } }
        }
        var a = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: m)
        for r in 0..<m {
            for c in r..<m { a[r][c] = dot(dF[r], dF[c]); a[c][r] = a[r][c] }
            a[r][m] = dot(dF[r], f)
        }
        let ridge = 1e-12 * (0..<m).reduce(0) { $0 + a[$1][$1] } / Double(m)
        for r in 0..<m { a[r][r] += ridge }
        // Gaussian elimination with partial pivoting.
        for c in 0..<m {
            var p = c
            for r in c..<m where abs(a[r][c]) > abs(a[p][c]) { p = r }
            a.swapAt(c, p)
            guard a[c][c] != 0, a[c][c].isFinite else { return nil }
            for r in (c + 1)..<m {
                let factor = a[r][c] / a[c][c]
                for j in c...m { a[r][j] -= factor * a[c][j] }
            }
        }
        var gamma = [Double](repeating: 0, count: m)
        for c in stride(from: m - 1, through: 0, by: -1) {
            var s = a[c][m]
            for j in (c + 1)..<m { s -= a[c][j] * gamma[j] }
            gamma[c] = s / a[c][c]
        }
        return gamma.allSatisfy(\.isFinite) ? gamma : nil
    }
}
