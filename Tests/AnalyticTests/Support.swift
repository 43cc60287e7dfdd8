// Shared helpers for the Analytic tests.
import Analytic
import Foundation

/// True when `actual` is within `rel` of `expected`, relative to |expected| (absolute near 0).
func approx(_ actual: Double, _ expected: Double, rel: Double) -> Bool {
    abs(actual - expected) <= rel * max(abs(expected), 1e-300) || actual == expected
}

/// True when every field of two metrics agrees to `rel` relative, or to `abs` absolute
/// (for quantities that are 0 in one model and merely tiny in the other).
func sameMetrics(_ x: QueueMetrics, _ y: QueueMetrics, rel: Double, abs absolute: Double = 1e-12) -> Bool {
    let pairs: [(Double, Double)] = [
        (x.offeredLoad, y.offeredLoad), (x.pWait, y.pWait), (x.pAbandon, y.pAbandon),
        (x.asaAnswered, y.asaAnswered), (x.meanWaitAll, y.meanWaitAll),
        (x.slOffered, y.slOffered), (x.slAnswered, y.slAnswered),
        (x.occupancy, y.occupancy), (x.meanQueue, y.meanQueue), (x.slTime, y.slTime),
    ]
    return x.agents == y.agents && pairs.allSatisfy { abs($0 - $1) <= max(rel * abs($1), absolute) }
}

/// Erlang B computed independently of the library: log-sum-exp over ln(a^k/k!).
func logSpaceErlangB(agents: Int, load: Double) -> Double {
    let terms = (0...agents).map { Double($0) * log(load) - lgamma(Double($0) + 1) }
    let peak = terms.max()!
    let sum = terms.reduce(0) { $0 + exp($1 - peak) }
    return exp(terms[agents] - peak) / sum
}

/// Minutes → seconds: the reference values come from a script that works in minutes.
let minute = 60.0
