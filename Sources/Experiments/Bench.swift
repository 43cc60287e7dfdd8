import ChannelModel
import Dispatch
import Statistics

/// One benchmark run's measurements and accuracy check.
public struct BenchResult: Sendable {
    public var model: BenchModel
    public var customers: Int
    public var events: Int
    public var wallSeconds: Double
    /// Whole-run figures, peers' names and units.
    public var outputs: [String: Double]
    /// 99 % batch-means half-widths of the same figures.
    public var halfWidths99: [String: Double]
    public var exact: [String: Double]
    public var batches: Int

    /// The fields this model reports (the peers' set for it).
    public var fields: [String] {
        let common = ["p_wait", "mean_wait_served", "p_abandon", "sl20_offered", "sl20_answered"]
        return model == .chatFluid
            ? common + ["slot_utilisation", "agent_busy_fraction", "mean_concurrency_busy"]
            : common + ["utilisation"]
    }

    /// Fields whose exact value lies outside the 99 % interval, or more than 1 % away
    /// (relative; absolute 1e-4 for values near zero).
    public var failures: [String] {
        fields.filter { k in
            guard let e = exact[k], let v = outputs[k] else { return false }
            let err = abs(v - e)
            let inCI = err <= (halfWidths99[k] ?? 0)
            let within1 = err <= max(0.01 * abs(e), 1e-4)
            return !(inCI && within1)
        }
    }
}

/// The benchmark: one long replication of a reference model through the real engine.
public enum Bench {
    /// Runs `customers` customers of `model` from an empty system with seed `seed`.
    public static func run(_ model: BenchModel, customers: Int, seed: UInt64, batches: Int = 20) throws -> BenchResult {
        let spec = model.spec
        let team = spec.teams[0]
        let monitor = BenchMonitor(slTime: BenchModel.slTime, batchSize: max(1, customers / batches),
                                   agents: team.headcount[0], slots: team.headcount[0] * team.concurrency)
        var sim = Simulation(spec: spec, seed: seed, replication: 0, monitor: monitor, maxArrivals: customers)
        let start = DispatchTime.now().uptimeNanoseconds
        sim.run()
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var half: [String: Double] = [:]
        for k in monitor.batches.first?.keys.sorted() ?? [] {
            if let ci = ConfidenceInterval(values: monitor.batches.map { $0[k]! }, level: 0.99), let h = ci.halfWidth {
                half[k] = h
            }
        }
        return BenchResult(model: model, customers: monitor.customers, events: sim.eventsProcessed,
                           wallSeconds: wall, outputs: monitor.outputs, halfWidths99: half,
                           exact: try model.exact(), batches: monitor.batches.count)
    }
}
