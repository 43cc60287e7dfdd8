// Iterative aggregation–disaggregation over classes (level, group) of a chain whose every
// transition moves the level by ±1. Aggregating by level alone (SparseStationarySolver's
// birth–death step) removes the slowest mode, the total number of chats; what is left at
// half load is mass moving between shapes of the same level (agents holding more than the
// balanced share, which only completions undo). A second coordinate inside each level
// captures it, and the aggregated chain — still moving the level by ±1 only — is
// block tridiagonal, so it is solved exactly by eliminating levels from the top
// (stochastic complements, as for a level-dependent QBD) at O(levels · groups³).
import Foundation

/// Classes (level, group) of a level-structured chain and the exact solve of the chain aggregated over them.
struct ClassAggregation {
    /// Classes of level T are classStart[T]..<classStart[T+1].
    let classStart: [Int]
    /// Class of each state.
    let classOf: [Int32]
    /// Level of each class.
    let classLevel: [Int32]
    /// Offset of level T's up block (G_T × G_{T+1}, row-major) in the flat flow array.
    private let upStart: [Int]
    /// Offset of level T's down block (G_T × G_{T−1}, row-major), after all up blocks.
    private let downStart: [Int]
    /// Slot in the flat flow array of each transition (in the solver's incoming order).
    private let edgeSlot: [Int32]
    /// Σ q_ji over each block entry, π-free: the rates of a class π gives no mass yet.
    private let plainFlow: [Double]
    /// States in each class.
    private let members: [Double]

    var levels: Int { classStart.count - 1 }
    var classes: Int { classLevel.count }
    private func size(_ t: Int) -> Int { t < 0 || t >= levels ? 0 : classStart[t + 1] - classStart[t] }

    /// - Parameters:
    ///   - level: level ≥ 0 of each state.
    ///   - group: group ≥ 0 of each state within its level (small: the solve is cubic in the groups per level).
    ///   - inStart, inFrom, inRate: the chain's incoming transitions in compressed rows.
    init(level: [Int32], group: [Int32], inStart: [Int], inFrom: [Int32], inRate: [Double]) {
        let levels = Int(level.max() ?? 0) + 1
        let groups = Int(group.max() ?? 0) + 1
        // Which (level, group) pairs occur, numbered level by level in group order.
        var slot = [Int32](repeating: -1, count: levels * groups)
        for i in level.indices { slot[Int(level[i]) * groups + Int(group[i])] = -2 }
        var start = [Int](repeating: 0, count: levels + 1)
        var classLevel: [Int32] = []
        for t in 0..<levels {
            for g in 0..<groups where slot[t * groups + g] == -2 {
                slot[t * groups + g] = Int32(classLevel.count)
                classLevel.append(Int32(t))
            }
            start[t + 1] = classLevel.count
        }
        classStart = start
        self.classLevel = classLevel
        let classOf = level.indices.map { slot[Int(level[$0]) * groups + Int(group[$0])] }
        self.classOf = classOf
        var up = [Int](repeating: 0, count: levels + 1), down = up
        for t in 0..<levels {
            let g = start[t + 1] - start[t]
            up[t + 1] = up[t] + g * (t + 1 < levels ? start[t + 2] - start[t + 1] : 0)
            down[t + 1] = down[t] + g * (t > 0 ? start[t] - start[t - 1] : 0)
        }
        let downOffset = down.map { $0 + up[levels] }
        upStart = up
        downStart = downOffset
        var slots = [Int32](repeating: 0, count: inFrom.count)
        var plain = [Double](repeating: 0, count: up[levels] + down[levels])
        var members = [Double](repeating: 0, count: classLevel.count)
        for i in level.indices {
            let ci = Int(classOf[i]), ti = Int(level[i])
            members[ci] += 1
            for e in inStart[i]..<inStart[i + 1] {
                let j = Int(inFrom[e])
                let cj = Int(classOf[j]), tj = Int(level[j])
                let g = start[ti + 1] - start[ti]
                let k = (ti > tj ? up[tj] : downOffset[tj]) + (cj - start[tj]) * g + ci - start[ti]
                slots[e] = Int32(k)
                plain[k] += inRate[e]
            }
        }
        edgeSlot = slots
        plainFlow = plain
        self.members = members
    }

    /// Rescales π so each class holds the mass the aggregated chain gives it, with rates
    /// between classes from π's current shape inside them (a class π gives no mass yet
    /// counts its states alike, so no class is left out and none can trap mass). Returns
    /// false (π untouched) when the aggregated chain cannot be solved (a zero pivot, say):
    /// the caller then falls back to aggregating by level alone.
    func apply(_ pi: inout [Double], inStart: [Int], inFrom: [Int32], inRate: [Double]) -> Bool {
        var mass = [Double](repeating: 0, count: classes)
        var flow = [Double](repeating: 0, count: plainFlow.count)
        // flow[slot] = Σ π_j q_ji over the transitions from class a of level T to class b of T ± 1.
        pi.withUnsafeBufferPointer { p in
        inStart.withUnsafeBufferPointer { start in
        inFrom.withUnsafeBufferPointer { from in
        inRate.withUnsafeBufferPointer { rate in
        edgeSlot.withUnsafeBufferPointer { slot in
        classOf.withUnsafeBufferPointer { owner in
        flow.withUnsafeMutableBufferPointer { f in
            for i in 0..<p.count {
                mass[Int(owner[i])] += p[i]
                for e in start[i]..<start[i + 1] { f[Int(slot[e])] += p[Int(from[e])] * rate[e] }
            }
        } } } } } } }
        // Rates per unit mass out of each class.
        for t in 0..<levels {
            for a in 0..<size(t) {
                let c = classStart[t] + a
                let weighted = mass[c] > 0
                let w = weighted ? mass[c] : members[c]
                for b in 0..<size(t + 1) {
                    let k = upStart[t] + a * size(t + 1) + b
                    flow[k] = (weighted ? flow[k] : plainFlow[k]) / w
                }
                for b in 0..<size(t - 1) {
                    let k = downStart[t] + a * size(t - 1) + b
                    flow[k] = (weighted ? flow[k] : plainFlow[k]) / w
                }
            }
        }
        guard let solution = solveAggregated(rate: flow) else { return false }
        var scale = [Double](repeating: 0, count: classes)
        var fill = scale
        for c in 0..<classes {
            if mass[c] > 0 { scale[c] = solution[c] / mass[c] } else { fill[c] = solution[c] / members[c] }
        }
        guard scale.allSatisfy(\.isFinite), fill.allSatisfy(\.isFinite) else { return false }
        pi.withUnsafeMutableBufferPointer { p in
            for i in 0..<p.count {
                let c = Int(classOf[i])
                // Below ~1e-290 a probability cannot matter to any measure, and subnormal
                // numbers would slow every later sweep down by orders of magnitude.
                let v = mass[c] > 0 ? p[i] * scale[c] : fill[c]
                p[i] = v < 1e-290 ? 0 : v
            }
        }
        return true
    }

    /// Stationary masses of the aggregated chain, relative to its heaviest level, or nil.
    private func solveAggregated(rate: [Double]) -> [Double]? {
        var downOut = [Double](repeating: 0, count: classes)
        for t in 1..<max(levels, 1) {
            for a in 0..<size(t) {
                for b in 0..<size(t - 1) { downOut[classStart[t] + a] += rate[downStart[t] + a * size(t - 1) + b] }
            }
        }
        let lo = 0, hi = levels - 1
        // Eliminate levels from the top: x_{T+1} = x_T R_T with R_T = U_T S_{T+1}⁻¹, where
        // S_T = D_T − R_T L_{T+1} is the generator of level T with the levels above censored.
        var r = [[Double]](repeating: [], count: levels)
        var s = complement(level: hi, downOut: downOut, returning: nil)
        var t = hi
        while t > lo {
            guard let lu = DenseLU(s, size(t)) else { return nil }
            let rows = size(t - 1), cols = size(t)
            var rt = [Double](repeating: 0, count: rows * cols)
            for a in 0..<rows {
                let u = Array(rate[(upStart[t - 1] + a * cols)..<(upStart[t - 1] + (a + 1) * cols)])
                let x = lu.solveLeft(u)
                for b in 0..<cols { rt[a * cols + b] = x[b] }
            }
            // R_{T−1} L_T: the rates at which mass leaving T−1 upwards comes back to each class of T−1.
            var back = [Double](repeating: 0, count: rows * rows)
            for a in 0..<rows {
                for b in 0..<cols where rt[a * cols + b] != 0 {
                    let w = rt[a * cols + b]
                    let base = downStart[t] + b * rows
                    for d in 0..<rows { back[a * rows + d] += w * rate[base + d] }
                }
            }
            r[t - 1] = rt
            t -= 1
            s = complement(level: t, downOut: downOut, returning: back)
        }
        // The bottom level's censored chain is conservative; its stationary vector by GTH.
        guard var y = DenseLU.nullVector(generatorComplement: s, size(lo), active: [Bool](repeating: true, count: size(lo))) else {
            return nil
        }
        // Level masses span hundreds of orders of magnitude: keep each level's shape
        // normalised and its size in logs.
        var logScale = [Double](repeating: -.infinity, count: levels)
        var shape = [[Double]](repeating: [], count: levels)
        logScale[lo] = 0
        shape[lo] = y
        for t in lo..<hi {
            let rows = size(t), cols = size(t + 1)
            var next = [Double](repeating: 0, count: cols)
            for a in 0..<rows where y[a] != 0 {
                for b in 0..<cols { next[b] += y[a] * r[t][a * cols + b] }
            }
            let total = next.reduce(0, +)
            guard total > 0, total.isFinite else { return nil }
            y = next.map { $0 / total }
            logScale[t + 1] = logScale[t] + log(total)
            shape[t + 1] = y
        }
        let peak = logScale.max() ?? 0
        var out = [Double](repeating: 0, count: classes)
        for t in lo...hi {
            let f = exp(logScale[t] - peak)
            for a in 0..<size(t) { out[classStart[t] + a] = f * shape[t][a] }
        }
        return out
    }

    /// S_T in row-major order: off-diagonal −(R_T L_{T+1})_ab, diagonal the rate down plus the
    /// off-diagonal returns (no subtraction, after Grassmann–Taksar–Heyman).
    private func complement(level t: Int, downOut: [Double], returning back: [Double]?) -> [Double] {
        let g = size(t)
        var s = [Double](repeating: 0, count: g * g)
        for a in 0..<g {
            let c = classStart[t] + a
            var diagonal = downOut[c]
            if let back {
                for b in 0..<g where b != a {
                    s[a * g + b] = -back[a * g + b]
                    diagonal += back[a * g + b]
                }
            }
            s[a * g + a] = diagonal
        }
        return s
    }
}
