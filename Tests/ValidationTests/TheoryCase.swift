import Analytic
import ChannelModel
import Experiments
import Foundation
import Statistics
import Testing

/// A steady-state model simulated over many replications and compared with an exact value.
///
/// Tolerance: the exact value must lie inside the 99.9 % Student-t interval of the
/// replication means (fixed seed, so the verdict is reproducible). A model error as
/// small as a few standard errors fails it; to keep that power, each check also
/// requires the interval itself to be narrow (`maxRelativeHalfWidth`), so a noisy or
/// degenerate simulation cannot pass by being vague.
struct TheoryCase {
    var name: String
    var channel: ChannelSpec
    var team: TeamSpec
    /// Seconds of simulated time per replication after the warm-up, and the warm-up.
    var length: Double
    var warmup: Double
    var replications = 40
    var seed: UInt64 = 20261123

    static let level = 0.999

    /// Interval 0 carries the arrivals and the statistics; interval 1 (no arrivals) only
    /// drains the system, so time averages of interval 0 cover steady state alone.
    var spec: ModelSpec {
        var ch = channel
        let rate = ch.arrivalRates[0]
        ch.arrivalRates = [rate, 0]
        var t = team
        t.headcount = [team.headcount[0], team.headcount[0]]
        return ModelSpec(horizon: Horizon(intervalLength: warmup + length, intervalsPerDay: 2), channels: [ch],
                         teams: [t], warmup: warmup)
    }

    /// Replication values of interval 0 for each metric.
    func simulate() -> [Metric: ConfidenceInterval] {
        let reps = ReplicationRunner.run(spec: spec, seed: seed, replications: replications, threads: 2)
        var out: [Metric: ConfidenceInterval] = [:]
        for m in Metric.allCases {
            if let ci = ConfidenceInterval(values: reps.map { $0.channels[0].intervals[0][m] }, level: Self.level) {
                out[m] = ci
            }
        }
        return out
    }

    /// Checks each (metric, exact) pair and prints a markdown row per check for docs/validation.md.
    func check(_ expectations: [(Metric, Double)], maxRelativeHalfWidth: Double = 0.05) {
        let sim = simulate()
        for (metric, exact) in expectations {
            guard let ci = sim[metric], let h = ci.halfWidth else {
                Issue.record("\(name): \(metric.rawValue) has no interval")
                continue
            }
            let err = ci.mean - exact
            print(String(format: "| %@ | %@ | %.6f | %.6f | ±%.6f | %+.3f%% |", name, metric.rawValue, exact, ci.mean, h,
                         100 * err / exact))
            #expect(abs(err) <= h, "\(name): \(metric.rawValue) exact \(exact) outside \(ci.mean) ± \(h)")
            #expect(h <= maxRelativeHalfWidth * abs(exact), "\(name): \(metric.rawValue) interval too wide (±\(h))")
        }
    }
}

/// The metrics every queue check compares, from the analytic module's figures.
func queueExpectations(_ q: QueueMetrics) -> [(Metric, Double)] {
    var e: [(Metric, Double)] = [(.pWait, q.pWait), (.asa, q.asaAnswered), (.slOffered, q.slOffered),
                                 (.slAnswered, q.slAnswered), (.occupancy, q.occupancy), (.meanQueue, q.meanQueue)]
    if q.pAbandon > 0 { e.append((.pAbandon, q.pAbandon)) }
    return e
}
