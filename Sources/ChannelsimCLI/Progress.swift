import Dispatch
import Foundation
import Synchronization

/// A one-line progress display on standard error, shown only when standard output is a
/// terminal (so pipes, files and CI logs stay clean) and not silenced with --quiet:
/// replications done of the batch, time elapsed, and the time left at the pace so far.
final class Progress: Sendable {
    private let label: String
    private let enabled: Bool
    /// What is counted ("replications"); rounds of a search, which may stop early, get no ETA.
    private let unit: String
    private let started = DispatchTime.now().uptimeNanoseconds
    /// Whether a line is shown, and when it was last drawn (nanoseconds).
    private let state = Mutex((shown: false, drawn: UInt64(0)))

    init(label: String, enabled: Bool, unit: String = "replications") {
        self.label = label
        self.unit = unit
        self.enabled = enabled && isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1
    }

    /// Reports `done` of `total` (callable from any thread).
    var update: @Sendable (Int, Int) -> Void {
        { [self] done, total in
            guard enabled else { return }
            let now = DispatchTime.now().uptimeNanoseconds
            state.withLock { state in
                // Ten redraws a second are plenty; many short replications would flood the terminal.
                guard done == total || !state.shown || now - state.drawn >= 100_000_000 else { return }
                state = (true, now)
                let text = Self.line(label: label, done: done, total: total, elapsed: Double(now - started) / 1e9, unit: unit)
                FileHandle.standardError.write(Data("\r\(text)\u{1B}[K".utf8))
            }
        }
    }

    /// `sweep x: 120/3000 replications, 0:04 elapsed, ETA 1:36`; no ETA before the first is done.
    static func line(label: String, done: Int, total: Int, elapsed: Double, unit: String = "replications") -> String {
        guard unit == "replications" else { return "\(label): \(unit) \(done + 1) (at most \(total)), \(clock(elapsed)) elapsed" }
        var text = "\(label): \(done)/\(total) replications, \(clock(elapsed)) elapsed"
        if done > 0 && done < total { text += ", ETA \(clock(elapsed / Double(done) * Double(total - done)))" }
        return text
    }

    /// `m:ss`, or `h:mm:ss` from an hour.
    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        state.withLock { state in
            if state.shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            state.shown = false
        }
    }
}
