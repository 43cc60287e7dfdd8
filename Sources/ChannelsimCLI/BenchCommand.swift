import ArgumentParser
import Experiments
import Foundation

/// `channelsim bench MODEL`: one long run of a reference model, printed as the peers'
/// JSON line (see ../shared/peers/README.md) plus batch-means accuracy against theory.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Benchmark the engine on a reference model; prints one JSON line in the peer scripts' format.")

    @Argument(help: "Model: \(BenchModel.allCases.map(\.rawValue).joined(separator: ", ")).")
    var model: BenchModel

    @Option(parsing: .unconditional, help: "Customers to simulate.")
    var customers: Int = 1_000_000

    @Option(parsing: .unconditional, help: "Seed.")
    var seed: UInt64 = 1

    @Flag(help: "Exit 1 unless every figure is within its 99% batch-means interval and 1% of the exact value.")
    var check = false

    func validate() throws {
        if customers < 100 { throw ValidationError("--customers must be at least 100, got \(customers)") }
    }

    func run() throws {
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

extension BenchModel: ExpressibleByArgument {}
