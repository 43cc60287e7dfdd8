import ChannelModel
import Dispatch
import Synchronization

/// Runs independent replications of a model, in parallel, with results that do not depend
/// on the number of threads.
///
/// Replication r always uses the streams derived from (seed, r) and its result is stored
/// at index r, so the output is bit-identical whether one thread or many ran it and in
/// whatever order they finished. Each replication owns its generators; nothing random is
/// shared between threads.
public enum ReplicationRunner {
    /// Simulates replications `0..<replications` of `spec` on up to `threads` threads.
    /// `progress` is called (from any thread) after each replication with (done, total).
    public static func run(spec: ModelSpec, seed: UInt64, replications: Int, threads: Int,
                           progress: (@Sendable (Int, Int) -> Void)? = nil) -> [ReplicationMetrics] {
        map(count: replications, threads: threads, progress: progress) { r in replicate(spec: spec, seed: seed, replication: r) }
    }

    /// Replication `r` of `spec`: its streams come from (seed, r) alone.
    public static func replicate(spec: ModelSpec, seed: UInt64, replication r: Int) -> ReplicationMetrics {
        let recorder = MetricsRecorder(spec: spec)
        var sim = Simulation(spec: spec, seed: seed, replication: r, monitor: recorder)
        sim.run()
        return recorder.metrics(replication: r)
    }

    /// Computes `body(i)` for i in 0..<count on up to `threads` threads and returns the
    /// results in index order. Work is handed out one index at a time, so long and short
    /// items balance across threads.
    public static func map<T: Sendable>(count: Int, threads: Int, progress: (@Sendable (Int, Int) -> Void)? = nil,
                                        _ body: @escaping @Sendable (Int) -> T) -> [T] {
        let workers = max(1, min(threads, count))
        if workers == 1 {
            return (0..<count).map { i in
                let r = body(i)
                progress?(i + 1, count)
                return r
            }
        }
        let next = Mutex(0)
        let results = Mutex((done: 0, items: [T?](repeating: nil, count: count)))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let i = next.withLock { n -> Int in
                    defer { n += 1 }
                    return n
                }
                guard i < count else { return }
                let r = body(i)
                let done = results.withLock { all -> Int in
                    all.items[i] = r
                    all.done += 1
                    return all.done
                }
                progress?(done, count)
            }
        }
        return results.withLock { $0.items.map { $0! } }
    }
}

extension ReplicationRunner {
    /// Replication `r` of `spec` with its journeys traced: the same streams as
    /// `replicate`, so the same figures, which are returned alongside.
    public static func trace(spec: ModelSpec, seed: UInt64, replication r: Int,
                             settings: TraceSettings) -> (metrics: ReplicationMetrics, trace: TraceCapture) {
        let recorder = MetricsRecorder(spec: spec)
        let tracer = TraceRecorder(passingTo: recorder, spec: spec, settings: settings)
        var sim = Simulation(spec: spec, seed: seed, replication: r, monitor: tracer)
        sim.run()
        return (recorder.metrics(replication: r), tracer.capture)
    }
}
