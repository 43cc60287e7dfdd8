import Foundation
import Synchronization

/// A one-line progress display on standard error, shown only when standard output is a
/// terminal (so pipes, files and CI logs stay clean) and not silenced with --quiet.
final class Progress: Sendable {
    private let label: String
    private let enabled: Bool
    private let shown = Mutex(false)

    init(label: String, enabled: Bool) {
        self.label = label
        self.enabled = enabled && isatty(STDOUT_FILENO) == 1 && isatty(STDERR_FILENO) == 1
    }

    /// Reports `done` of `total` (callable from any thread).
    var update: @Sendable (Int, Int) -> Void {
        { [self] done, total in
            guard enabled else { return }
            shown.withLock { shown in
                shown = true
                FileHandle.standardError.write(Data("\r\(label): \(done)/\(total) replications".utf8))
            }
        }
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        shown.withLock { shown in
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
            shown = false
        }
    }
}
