import Foundation
import ResultStore
import Testing

/// A soak's output and stored rows, pinned: what `stress --soak` prints (json, csv) and every
/// row it stores (interval series, summaries, replication values, verdicts, settings), so a
/// change in how the soak keeps its figures cannot change what it reports (docs/decisions.md).
@Suite(.serialized) struct SoakGoldenCLITests {
    /// A form worked 09:00–12:00 and a phone line, four hourly intervals a day, three days.
    static let scenario = """
        name: soak-golden
        seed: 11
        replications: 3
        horizon: { start: "08:00", end: "12:00", interval: 1h }
        channels:
          message:
            kind: form
            arrivals: { rate: 14/h }
            handle: { lognormal: { mean: 10m, cv: 0.5 } }
            hours: "09:00-12:00"
          phone:
            arrivals: { rate: 20/h }
            patience: { exponential: { mean: 3m } }
            handle: 5m
        teams:
          office: { skills: [message], headcount: 1 }
          voice: { skills: [phone], headcount: 2 }
        targets:
          - phone.abandon <= 20%
        """

    /// Every stored row of the experiment as text, numbers in their shortest exact form.
    static func dump(_ db: String) throws -> String {
        let store = try ResultDatabase(path: db)
        func n(_ x: Double?) -> String { x.map { "\($0)" } ?? "null" }
        var out = ""
        let e = try #require(try store.experiment(id: 1))
        out += "settings \(e.settings)\n"
        for run in try store.runs(experimentID: 1) {
            out += "run \(run.strategy) \(run.parameters) replications \(run.replications)\n"
            for r in try store.intervalSeries(runID: run.id) {
                out += "series \(r.channel) \(r.interval) \(n(r.intervalStart)) \(r.metric) \(n(r.mean)) \(n(r.halfWidth)) \(r.n)\n"
            }
            for r in try store.summaries(runID: run.id) {
                out += "summary \(r.channel) \(r.metric) \(n(r.mean)) \(n(r.halfWidth)) \(n(r.low)) \(n(r.high)) \(r.n)\n"
            }
            for r in try store.replicationMetrics(runID: run.id) {
                out += "replication \(r.replication) \(r.channel) \(r.metric) \(n(r.value))\n"
            }
        }
        for v in try store.targetVerdicts(experimentID: 1) {
            out += "verdict \(v.variant) \(v.target) \(n(v.mean)) \(n(v.low)) \(n(v.high)) \(v.verdict.rawValue)\n"
        }
        return out
    }

    @Test func soakOutputAndStoredRowsArePinned() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("soak-golden.yaml")
        try Self.scenario.write(to: file, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("r.sqlite").path
        let json = try CLI.run(["stress", file.path, "--soak", "3", "--db", db, "--no-charts", "--quiet", "--format", "json",
                                "--threads", "2"])
        #expect(json.status == 0, "\(json.stderr)")
        let csv = try CLI.run(["stress", file.path, "--soak", "3", "--no-store", "--no-charts", "--quiet", "--format", "csv"])
        let table = try CLI.run(["stress", file.path, "--soak", "3", "--no-store", "--no-charts", "--quiet"])
        try CLI.expectGolden(json.stdout + csv.stdout + table.stdout + (try Self.dump(db)), "soak-golden.txt")
    }
}
