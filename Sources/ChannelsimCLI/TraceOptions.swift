import ArgumentParser
import ChannelModel
import Experiments
import Foundation

/// The layout of `run --trace`: events as JSON Lines, or one CSV row per contact.
enum TraceFormat: String, ExpressibleByArgument, CaseIterable {
    case jsonl, csv
}

/// `run --trace FILE`: one replication's journeys written for a load generator (docs/trace.md).
struct TraceOptions: ParsableArguments {
    @Option(name: .customLong("trace"), parsing: .unconditional,
            help: "Write one replication's visitor and contact events to this file (docs/trace.md).")
    var path: String?

    @Option(name: .customLong("trace-replication"), parsing: .unconditional,
            help: "The replication traced (0 = the first; default 0).")
    var replication: Int?

    @Option(name: .customLong("trace-format"), parsing: .unconditional,
            help: "jsonl (one event a line, default) or csv (one row per contact).")
    var format: TraceFormat?

    @Option(name: .customLong("trace-exchange-every"), parsing: .unconditional,
            help: "Fluid chats: one synthesised exchange (message and reply) per this much work content (default 60s; 0s: none).")
    var exchangeEvery: DurationArg?

    /// The most events a trace holds: beyond it the run is refused, nothing written
    /// (docs/decisions.md: a load test replays all of a day or none of it).
    static let eventLimit = 5_000_000

    func validate() throws {
        if path == nil && (replication != nil || format != nil || exchangeEvery != nil) {
            throw ValidationError("--trace-replication, --trace-format and --trace-exchange-every need --trace FILE")
        }
        if let e = exchangeEvery { try e.check("--trace-exchange-every", example: "60s") }
        if let r = replication, r < 0 { throw ValidationError("--trace-replication must be 0 or more, got \(r)") }
        if let p = path, p.isEmpty { throw ValidationError("--trace needs a file name") }
    }

    /// The temporary file next to `path`, created now so that an unwritable destination fails
    /// before anything is simulated; renamed over `path` once the trace is complete.
    func prepare(replications: Int) throws -> String? {
        guard let path else { return nil }
        let r = replication ?? 0
        if r >= replications {
            throw CLIFailure(status: .badInput,
                             description: "--trace-replication \(r) is beyond the \(replications) replications run (0…\(replications - 1))")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw CLIFailure(status: .badInput, description: "--trace \(path): is a folder (expected a file name to write)")
        }
        let temp = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
        guard FileManager.default.createFile(atPath: temp, contents: nil) else {
            throw CLIFailure(status: .badInput, description: "--trace \(path): cannot write there (nothing was simulated)")
        }
        return temp
    }

    /// What `Experiment.run` is asked to trace (nil without `--trace`).
    var request: TraceRequest? {
        guard path != nil else { return nil }
        return TraceRequest(replication: replication ?? 0,
                            settings: TraceSettings(limit: Self.eventLimit,
                                                    exchangeEvery: exchangeEvery?.seconds ?? TraceSettings.defaultExchangeEvery))
    }

    /// Writes the traced replication of `model` through `temp` to the file: the capture the
    /// experiment made, or (when it did not run that replication) a simulation of it now.
    /// Returns the number of events written.
    func write(model: ModelSpec, seed: UInt64, captured: TraceCapture?, temp: String) throws -> Int {
        guard let path, let request else { return 0 }
        let r = request.replication
        let trace = captured ?? ReplicationRunner.trace(spec: model, seed: seed, replication: r, settings: request.settings).trace
        guard !trace.overflowed else {
            try? FileManager.default.removeItem(atPath: temp)
            throw CLIFailure(status: .badInput, description: "--trace: replication \(r) has more than \(Self.eventLimit) events, "
                + "the most a trace holds; trace a shorter horizon or fewer visitors (nothing was written)")
        }
        let text = TraceText(spec: model, capture: trace)
        do {
            let file = try FileHandle(forWritingTo: URL(fileURLWithPath: temp))
            do {
                if (format ?? .jsonl) == .csv {
                    try file.write(contentsOf: Data(text.csv().utf8))
                } else {
                    try text.writeJSONLines { try file.write(contentsOf: $0) }
                }
                try file.close()
            } catch {
                try? file.close()
                throw error
            }
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temp, toPath: path)
        } catch {
            try? FileManager.default.removeItem(atPath: temp)
            throw CLIFailure(status: .runtime, description: "--trace \(path): \(error.localizedDescription) (nothing was written)")
        }
        return text.events.count
    }

    /// Removes the temporary file when the run fails before the trace is written.
    func discard(_ temp: String?) {
        if let temp { try? FileManager.default.removeItem(atPath: temp) }
    }
}
