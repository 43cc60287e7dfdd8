import ArgumentParser
import ChannelModel
import Experiments
import Foundation

/// `channelsim bench MODEL`: one long run of a reference model, printed as the peers'
/// JSON line (fields in docs/performance.md) plus batch-means accuracy against theory.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark the engine on a reference model; prints one JSON line in the peer scripts' format.")

    @Argument(help: "Model: \((BenchModel.allCases.map(\.rawValue) + ["web-day"]).joined(separator: ", ")).")
    var model: String

    @Option(parsing: .unconditional, help: "web-day: replications to run.")
    var replications: Int = 30

    @Option(parsing: .unconditional, help: "web-day: threads (default and maximum: all cores).")
    var threads: Int?

    @Option(parsing: .unconditional, help: "Customers to simulate.")
    var customers: Int = 1_000_000

    @Option(parsing: .unconditional, help: "Seed.")
    var seed: UInt64 = 1

    @Flag(help: "Exit 1 unless every figure is within its 99% batch-means interval and 1% of the exact value.")
    var check = false

    func validate() throws {
        if customers < 100 { throw ValidationError("--customers must be at least 100, got \(customers)") }
        if model != "web-day" && BenchModel(rawValue: model) == nil {
            throw ValidationError("unknown model '\(model)' (expected \((BenchModel.allCases.map(\.rawValue) + ["web-day"]).joined(separator: ", ")))")
        }
        if replications < 1 { throw ValidationError("--replications must be at least 1, got \(replications)") }
        if let t = threads, t < 1 { throw ValidationError("--threads must be at least 1, got \(t)") }
    }

    func run() throws {
        guard let model = BenchModel(rawValue: model) else { return try runWebDay() }
        let r = try Bench.run(model, customers: customers, seed: seed)
        var fields: [(String, JSON)] = [
            ("tool", .string("swift")), ("version", .string(ChannelsimVersion.current)), ("model", .string(model.peerName)),
            ("customers", .int(r.customers)), ("engine_events", .int(r.events)), ("engine_events_kind", .string("processed")),
            ("wall_s", .num((r.wallSeconds * 1e4).rounded() / 1e4)),
            ("customers_per_s", .int(Int((Double(r.customers) / r.wallSeconds).rounded()))),
            ("events_per_s", .int(Int((Double(r.events) / r.wallSeconds).rounded()))),
        ]
        for k in r.fields { fields.append((k, .num(r.outputs[k].map { ($0 * 1e6).rounded() / 1e6 }))) }
        fields.append(("batches", .int(r.batches)))
        fields.append(("ci99_half_width", .object(r.fields.map { ($0, .num(r.halfWidths99[$0])) })))
        fields.append(("exact", .object(r.fields.map { ($0, .num(r.exact[$0])) })))
        fields.append(("accuracy_failures", .array(r.failures.map { .string($0) })))
        print(JSON.object(fields).text)
        if check && !r.failures.isEmpty {
            throw CLIFailure(status: .failed, description: "accuracy check failed for: \(r.failures.joined(separator: ", "))")
        }
    }
}

extension BenchCommand {
    /// The full-model day: replications on all cores, and the single-thread rate.
    func runWebDay() throws {
        let threadCount = ThreadCount.resolve(threads)
        ThreadCount.warnIfCapped(threads)
        let r = FullDayBench.run(replications: replications, threads: threadCount, seed: seed)
        let one = FullDayBench.run(replications: min(replications, 4), threads: 1, seed: seed)
        let all = r.summary.groups(.visitors).last
        func group(_ name: String) -> JSON { all?[name].map { .num($0.mean) } ?? .null }
        func channel(_ c: Int, _ m: String) -> JSON {
            .num(r.summary.channels[c].total[Metric.allCases.firstIndex { $0.rawValue == m }!]?.mean)
        }
        print(JSON.object([
            ("tool", .string("swift")), ("version", .string(ChannelsimVersion.current)), ("model", .string("web-day")),
            ("replications", .int(r.replications)), ("threads", .int(r.threads)),
            ("visitors_per_replication", .num(r.visitors / Double(r.replications))),
            ("wall_s", .num((r.wallSeconds * 1e4).rounded() / 1e4)),
            ("visitors_per_s", .int(Int((r.visitors / r.wallSeconds).rounded()))),
            ("visitors_per_s_one_thread", .int(Int((one.visitors / one.wallSeconds).rounded()))),
            ("self_served", group("self_served")), ("resolved", group("resolved")), ("left", group("left")),
            ("chat_abandoned_mid_chat", channel(0, "abandoned_mid_chat")), ("chat_sl_offered", channel(0, "sl_offered")),
            ("form_response_time_s", channel(1, "response_time")), ("phone_sl_offered", channel(2, "sl_offered")),
            ("phone_callbacks", channel(2, "callbacks")),
        ]).text)
    }
}
