import Dispatch
import Foundation
import Synchronization

/// Exit status and captured output of a finished child process.
struct ProcessOutput: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String

    /// Runs `executable` to completion in `directory`, with stdin at end-of-file.
    ///
    /// stdout and stderr are drained concurrently: reading one to the end while the child
    /// blocks writing to the other, full pipe would deadlock both. The stderr reader runs on
    /// a private serial queue, not `DispatchQueue.global()`: callers are often on Swift
    /// concurrency's cooperative threads, which on Linux share the global pool's width; with
    /// all of them blocked here the global queue would wait (about a second) for libdispatch
    /// to notice and add a thread, whereas a private queue gets an overcommit thread at once.
    static func run(_ executable: URL, arguments: [String], in directory: URL) throws -> ProcessOutput {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        // Without an explicit stdin a script that waits for input (`pause -1`) would hang the
        // caller; with /dev/null it reads end-of-file and continues.
        process.standardInput = FileHandle.nullDevice

        try process.run()
        let errorText = Captured()
        let drained = DispatchGroup()
        let errorHandle = errors.fileHandleForReading
        DispatchQueue(label: "channelsim.gnuplot.stderr").async(group: drained) {
            errorText.store(errorHandle.readDataToEndOfFile())
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        process.waitUntilExit()
        return ProcessOutput(status: process.terminationStatus,
                             stdout: String(decoding: outputData, as: UTF8.self),
                             stderr: String(decoding: errorText.load(), as: UTF8.self))
    }
}

/// Bytes handed from the draining thread to the caller.
private final class Captured: Sendable {
    private let data = Mutex(Data())
    func store(_ bytes: Data) { data.withLock { $0 = bytes } }
    func load() -> Data { data.withLock { $0 } }
}
