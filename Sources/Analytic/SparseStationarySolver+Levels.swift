// The level aggregation step of SparseStationarySolver: the level masses of a chain that
// moves one level at a time follow a birth–death chain, solved in logs. It is the first
// step of every solve and the fallback when the finer class aggregation cannot be solved.
import Foundation

extension SparseStationarySolver {
    /// Sets the total mass of each level to the birth–death solution implied
    /// by the current shape within classes: M_{c+1} · d_{c+1} = M_c · u_c, with u and d the
    /// mean rates into the level above and below.
    /// Done in logs, since class masses span hundreds of orders of magnitude; levels beyond the
    /// first one (counting out from the heaviest) whose mass has underflowed get none.
    func aggregate(_ pi: inout [Double]) {
        let coordinate = level
        let classes = Int(coordinate.max() ?? 0) + 1
        guard classes > 1 else { return }
        var mass = [Double](repeating: 0, count: classes)
        var up = mass, down = mass
        for i in pi.indices {
            let target = coordinate[i]
            mass[Int(target)] += pi[i]
            for e in inStart[i]..<inStart[i + 1] {
                let j = Int(inFrom[e])
                let source = coordinate[j]
                if target > source { up[Int(source)] += pi[j] * inRate[e] }
                else if target < source { down[Int(source)] += pi[j] * inRate[e] }
            }
        }
        // Solve outwards from the heaviest level, as far as masses and rates are positive.
        // Levels beyond that cannot be reached in floating point and get no mass: their
        // share is below the smallest double, and stale values there would feed back into
        // the sweeps. (Overload puts the mass at the top, light load at the bottom.)
        guard let heaviest = mass.indices.max(by: { mass[$0] < mass[$1] }), mass[heaviest] > 0 else { return }
        var logMass = [Double](repeating: -.infinity, count: classes)
        logMass[heaviest] = 0
        var c = heaviest
        while c + 1 < classes, mass[c + 1] > 0, up[c] > 0, down[c + 1] > 0 {
            logMass[c + 1] = logMass[c] + log(up[c] / mass[c]) - log(down[c + 1] / mass[c + 1])
            c += 1
        }
        c = heaviest
        while c > 0, mass[c - 1] > 0, up[c - 1] > 0, down[c] > 0 {
            logMass[c - 1] = logMass[c] - log(up[c - 1] / mass[c - 1]) + log(down[c] / mass[c])
            c -= 1
        }
        let peak = logMass.max() ?? 0
        let scale = (0..<classes).map { logMass[$0] == -.infinity ? 0 : exp(logMass[$0] - peak) / mass[$0] }
        for i in pi.indices {
            // Below ~1e-290 a probability cannot matter to any measure, and subnormal
            // numbers would slow every later sweep down by orders of magnitude.
            let v = pi[i] * scale[Int(coordinate[i])]
            pi[i] = v < 1e-290 ? 0 : v
        }
    }
}
