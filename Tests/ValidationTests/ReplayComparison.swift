import ChannelModel
import Fitting
import Foundation
import Scenario
import Statistics

/// Counts behind abandonment, ASA, P(wait) and service level (20 s) for a set of contacts.
struct QueueCounts {
    var offered = 0.0, abandoned = 0.0, answered = 0.0, waitSum = 0.0, waited = 0.0, within = 0.0

    mutating func add(_ o: QueueCounts) {
        offered += o.offered; abandoned += o.abandoned; answered += o.answered
        waitSum += o.waitSum; waited += o.waited; within += o.within
    }

    /// p_abandon, asa (s), p_wait, sl_offered: the model's definitions (docs/model.md).
    var figures: [Double] {
        [abandoned / offered, waitSum / answered, waited / offered, within / offered]
    }
    static let names = ["p_abandon", "asa", "p_wait", "sl_20s"]

    /// The log's contacts: an abandoner has waited; served after a wait > 0 has waited.
    init(observed r: ContactRecord) {
        offered = 1
        if r.outcome == .abandoned { abandoned = 1; waited = 1 } else {
            answered = 1; waitSum = r.wait; waited = r.wait > 0 ? 1 : 0; within = r.wait <= 20 ? 1 : 0
        }
    }

    /// One simulated interval's counts, rebuilt from its figures.
    init(simulated f: MetricValues) {
        offered = f[.offered]; abandoned = f[.abandoned]; answered = f[.answered]
        let due = offered - f[.notYetDue]
        waitSum = answered > 0 ? f[.asa] * answered : 0
        waited = offered > 0 ? f[.pWait] * offered : 0
        within = due > 0 ? f[.slOffered] * due : 0
    }

    init() {}
}

/// Observed against simulated, per hour of the day (over all days) and per day: the
/// validation of docs/validation.md "Replaying April to June".
struct ReplayComparison {
    /// Observed counts and, per replication, simulated counts, keyed by hour or by day.
    var observedByHour: [Int: QueueCounts] = [:], observedByDay: [Int: QueueCounts] = [:]
    var simulatedByHour: [[Int: QueueCounts]] = [], simulatedByDay: [[Int: QueueCounts]] = []

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func log(_ month: String) -> String { root.appendingPathComponent("data/anonymous-bank-1999/\(month).txt.gz").path }

    /// Per key: observed figures, and the simulated mean with its 95 % half-width over replications.
    struct Row { var key: Int; var offered: Double; var observed: [Double]; var mean: [Double]; var halfWidth: [Double] }

    static func rows(_ observed: [Int: QueueCounts], _ simulated: [[Int: QueueCounts]], minOffered: Double) -> [Row] {
        observed.keys.sorted().compactMap { k in
            let o = observed[k]!
            guard o.offered >= minOffered else { return nil }
            let sims = simulated.map { ($0[k] ?? QueueCounts()).figures }
            var mean: [Double] = [], hw: [Double] = []
            for j in 0..<QueueCounts.names.count {
                let xs = sims.map { $0[j] }.filter(\.isFinite)
                let m = xs.reduce(0, +) / Double(max(xs.count, 1))
                let sd = xs.count > 1 ? (xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count - 1)).squareRoot() : 0
                mean.append(m); hw.append(xs.count > 1 ? StudentT.quantile(0.975, degreesOfFreedom: Double(xs.count - 1)) * sd / Double(xs.count).squareRoot() : 0)
            }
            return Row(key: k, offered: o.offered, observed: o.figures, mean: mean, halfWidth: hw)
        }
    }

    /// Per figure: the mean absolute error of simulated means against observed, the mean
    /// relative error (|sim − obs| / obs, over keys with obs > 0: the issue's "% mean
    /// error"), and the Pearson correlation.
    struct Errors { var mae: [Double]; var relative: [Double]; var correlation: [Double] }

    static func errors(_ rows: [Row]) -> Errors {
        errors(rows.map { ($0.observed, $0.mean) })
    }

    /// The same from (observed, simulated) figure vectors.
    static func errors(_ pairsByKey: [([Double], [Double])]) -> Errors {
        var e = Errors(mae: [], relative: [], correlation: [])
        for j in 0..<QueueCounts.names.count {
            let pairs = pairsByKey.map { ($0.0[j], $0.1[j]) }.filter { $0.0.isFinite && $0.1.isFinite }
            let n = Double(pairs.count)
            e.mae.append(pairs.reduce(0) { $0 + abs($1.0 - $1.1) } / n)
            let positive = pairs.filter { $0.0 > 0 }
            e.relative.append(positive.reduce(0) { $0 + abs($1.0 - $1.1) / $1.0 } / Double(positive.count))
            let mx = pairs.reduce(0) { $0 + $1.0 } / n, my = pairs.reduce(0) { $0 + $1.1 } / n
            let sxy = pairs.reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
            let sxx = pairs.reduce(0) { $0 + ($1.0 - mx) * ($1.0 - mx) }, syy = pairs.reduce(0) { $0 + ($1.1 - my) * ($1.1 - my) }
            e.correlation.append(sxy / (sxx * syy).squareRoot())
        }
        return e
    }

    /// The noise floor: each replication in turn taken as "observed" and compared with the
    /// mean of the others by the same measures, over the keys the log has ≥ `minOffered`
    /// contacts; the errors averaged over replications. A model that were exactly right
    /// would still show these errors against one realisation (the log is one).
    static func noiseFloor(_ observed: [Int: QueueCounts], _ simulated: [[Int: QueueCounts]], minOffered: Double) -> Errors {
        let keys = observed.keys.sorted().filter { observed[$0]!.offered >= minOffered }
        let n = simulated.count
        var sum = Errors(mae: [0, 0, 0, 0], relative: [0, 0, 0, 0], correlation: [0, 0, 0, 0])
        for r in 0..<n {
            let pairs = keys.map { k -> ([Double], [Double]) in
                let own = (simulated[r][k] ?? QueueCounts()).figures
                let others = (0..<n).filter { $0 != r }.map { (simulated[$0][k] ?? QueueCounts()).figures }
                let mean = (0..<QueueCounts.names.count).map { j in
                    let xs = others.map { $0[j] }.filter(\.isFinite)
                    return xs.reduce(0, +) / Double(max(xs.count, 1))
                }
                return (own, mean)
            }
            let e = errors(pairs)
            for j in 0..<QueueCounts.names.count {
                sum.mae[j] += e.mae[j] / Double(n); sum.relative[j] += e.relative[j] / Double(n)
                sum.correlation[j] += e.correlation[j] / Double(n)
            }
        }
        return sum
    }

    /// Totals over the whole period: observed, and the simulated mean over replications.
    var totals: (observed: [Double], simulated: [Double]) {
        var o = QueueCounts()
        for v in observedByDay.values { o.add(v) }
        let sims = simulatedByDay.map { d -> [Double] in var s = QueueCounts(); for v in d.values { s.add(v) }; return s.figures }
        let mean = (0..<QueueCounts.names.count).map { j in sims.reduce(0) { $0 + $1[j] } / Double(sims.count) }
        return (o.figures, mean)
    }
}
