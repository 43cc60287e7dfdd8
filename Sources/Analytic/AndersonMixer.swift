// Anderson acceleration (type II, after Walker & Ni) of a fixed-point iteration x ← G(x).
// For a linear G it is equivalent to GMRES preconditioned by G, which is why it cuts the
// sparse solver's sweeps by two to three at a half-loaded team where plain sweeps crawl.
// The vectors have a million entries, so the history lives in reused buffers and the
// small least-squares matrix is updated by one row per call instead of rebuilt.

/// Mixes the last few iterates of a fixed-point map to extrapolate towards its fixed point.
struct AndersonMixer {
    /// How many past differences enter each least-squares fit.
    let depth: Int
    /// Ring of the last differences ΔF = f_k − f_{k−1} and ΔG = g_k − g_{k−1}.
    private var dF: [[Double]] = []
    private var dG: [[Double]] = []
    /// gram[a][b] = ΔF_a · ΔF_b for ring slots a, b.
    private var gram: [[Double]] = []
    /// Ring slot written next, and how many are filled.
    private var next = 0
    private var filled = 0
    private var lastF: [Double]?
    private var lastG: [Double]?

    init(depth: Int) { self.depth = depth }

    /// Forgets the history (after a degenerate fit).
    mutating func reset() { filled = 0; next = 0; lastF = nil; lastG = nil }

    /// Given x and g = G(x), the next iterate g − ΔG γ, with γ minimising ‖f − ΔF γ‖₂ for
    /// f = g − x. The caller checks the result: this only proposes a point.
    mutating func mix(x: [Double], g: [Double]) -> [Double] {
        let n = x.count
        var f = [Double](repeating: 0, count: n)
        for i in 0..<n { f[i] = g[i] - x[i] }
        defer { lastF = f; lastG = g }
        // No history yet (the first call, or after a reset) is not a failed fit: keep f and
        // g to difference against next time.
        guard let lf = lastF, let lg = lastG, depth > 0 else { return g }
        if dF.count < depth {
            dF.append([Double](repeating: 0, count: n))
            dG.append([Double](repeating: 0, count: n))
            gram.append([Double](repeating: 0, count: depth))
            for a in gram.indices { while gram[a].count < depth { gram[a].append(0) } }
        }
        let slot = next
        next = (next + 1) % depth
        filled = min(filled + 1, depth)
        for i in 0..<n { dF[slot][i] = f[i] - lf[i]; dG[slot][i] = g[i] - lg[i] }
        let used = (0..<filled).map { (slot - $0 + depth) % depth }
        for a in used { gram[slot][a] = dot(dF[slot], dF[a]); gram[a][slot] = gram[slot][a] }
        let rhs = used.map { dot(dF[$0], f) }
        guard let gamma = fit(used, rhs) else { reset(); return g }
        var out = g
        out.withUnsafeMutableBufferPointer { o in
            for (a, ga) in zip(used, gamma) {
                dG[a].withUnsafeBufferPointer { p in for i in 0..<n { o[i] -= ga * p[i] } }
            }
        }
        return out
    }

    private func dot(_ u: [Double], _ v: [Double]) -> Double {
        u.withUnsafeBufferPointer { p in v.withUnsafeBufferPointer { q in
            var s = 0.0
            for i in 0..<p.count { s += p[i] * q[i] }
            return s
        } }
    }

    /// Least squares by the normal equations (m ≤ depth is tiny), with a relative ridge of
    /// 1e-12 so nearly parallel differences cannot blow γ up; nil if none is left to fit.
    private func fit(_ used: [Int], _ rhs: [Double]) -> [Double]? {
        let m = used.count
        guard m > 0 else { return nil }
        var a = [[Double]](repeating: [Double](repeating: 0, count: m + 1), count: m)
        for r in 0..<m {
            for c in 0..<m { a[r][c] = gram[used[r]][used[c]] }
            a[r][m] = rhs[r]
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
