import Foundation

/// How many threads an experiment runs on: `--threads`, at most the machine's cores.
///
/// Replications are deterministic per index, so the thread count changes only the wall
/// time; threads beyond the cores would only contend, so they are capped with a note.
enum ThreadCount {
    static var cores: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// The threads to use for `requested` (nil: all cores).
    static func resolve(_ requested: Int?) -> Int { min(requested ?? cores, cores) }

    /// The one-line note when `requested` is above the cores; nil otherwise.
    static func note(_ requested: Int?) -> String? {
        guard let r = requested, r > cores else { return nil }
        return "channelsim: note: --threads \(r) is more than the \(cores) core\(cores == 1 ? "" : "s") of this machine; "
            + "using \(cores) (results do not depend on the thread count)"
    }

    /// Writes the note, if any, to standard error.
    static func warnIfCapped(_ requested: Int?) {
        if let line = note(requested) { printError(line) }
    }
}
