import Dispatch
import Foundation
import ResultStore
import Synchronization
import Testing

/// Several handles on one file, as when several channelsim processes share a database.
@Suite struct ConcurrencyTests {
    @Test func twoHandlesWritingAtOnceBothSucceed() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let path = directory.database()
        let writesPerHandle = 15
        // Each thread opens its own handle (the two may even create the schema at the same
        // moment), then both write in a loop, so their transactions contend for the lock.
        let failures = onThreads(2, open: { _ in try ResultDatabase(path: path) }) { database, worker in
            for index in 0..<writesPerHandle {
                try database.write(Fixtures.run(seed: UInt64(worker * 1000 + index)))
                // A moment of "simulation" between writes, as in real use; without it one
                // handle's whole loop fits inside the other's first busy-wait sleep.
                Thread.sleep(forTimeInterval: 0.001)
            }
        }

        #expect(failures == [])
        let runs = try ResultDatabase(path: path).runs()
        #expect(runs.count == 2 * writesPerHandle)
        #expect(Set(runs.map(\.seed)).count == 2 * writesPerHandle)
    }

    @Test func interleavedHandlesSeeEachOthersRuns() throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let first = try ResultDatabase(path: directory.database())
        let second = try ResultDatabase(path: directory.database())

        let a = try first.write(Fixtures.run(seed: 1))
        let b = try second.write(Fixtures.run(seed: 2))

        #expect(a != b)
        #expect(try first.runs().map(\.id) == [a, b])
        #expect(try first.summaries(runID: b) == Fixtures.run().summaries)
    }

    /// Runs `open` and then `work` on `count` dedicated threads and returns the errors thrown.
    /// Every thread finishes `open` before any starts `work`, so the work really overlaps.
    /// Real threads rather than tasks or `concurrentPerform`: those may run the bodies one
    /// after another when the pool is busy, and then nothing would contend.
    private func onThreads<Handle>(
        _ count: Int, open: @escaping @Sendable (Int) throws -> Handle,
        work: @escaping @Sendable (Handle, Int) throws -> Void
    ) -> [String] {
        let failures = Failures()
        let opened = DispatchSemaphore(value: 0)
        let start = DispatchSemaphore(value: 0)
        let finished = DispatchSemaphore(value: 0)
        for worker in 0..<count {
            Thread {
                defer { finished.signal() }
                var handle: Handle?
                do { handle = try open(worker) } catch { failures.record("open \(worker): \(error)") }
                opened.signal()
                start.wait()
                guard let handle else { return }
                do { try work(handle, worker) } catch { failures.record("work \(worker): \(error)") }
            }.start()
        }
        for _ in 0..<count { opened.wait() }
        for _ in 0..<count { start.signal() }
        for _ in 0..<count { finished.wait() }
        return failures.all
    }
}

/// Error messages collected from several threads.
private final class Failures: Sendable {
    private let messages = Mutex<[String]>([])
    func record(_ message: String) { messages.withLock { $0.append(message) } }
    var all: [String] { messages.withLock { $0 } }
}
