import Foundation
import Testing

/// `channelsim fit`: a real month to a scenario that `validate` and `run` accept, charts,
/// the JSON report, and every bad input a clear message with exit 2 and nothing written.
@Suite(.serialized) struct FitCLITests {
    static let january = "data/anonymous-bank-1999/01_January.txt.gz"

    @Test func januaryBecomesAScenarioThatValidatesAndRuns() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("jan.yaml").path, plots = dir.appendingPathComponent("plots").path
        let csv = dir.appendingPathComponent("intervals.csv").path
        let r = try CLI.run(["fit", Self.january, "--weekdays", "sun-thu", "-o", out, "--plots", plots, "--intervals-csv", csv])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("rows: 31,599 read; dropped 1,000 (phantom (virtual call) 240, negative time 32, zero service time 277, served without an agent (failed connection) 451)"))
        #expect(r.stdout.contains("channel phone: 19 days"))
        #expect(r.stdout.contains("scenario: \(out) (loads: 1 channel(s), 1 team(s), 48 intervals)"))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("    classes:   # by type") && text.contains("      PS:   # ") && text.contains("    patience: {"))
        // Handle time per clock hour by default (January has enough calls for several bands).
        #expect(text.contains("    handle:\n      bands:\n        - { from: \"00:00\", "), "\(text)")
        #expect(r.stdout.contains("  handle time by band of the day"))
        let day = try CLI.run(["fit", Self.january, "--weekdays", "sun-thu", "--handle-by", "day", "-o", out])
        #expect(day.status == 0 && !day.stdout.contains("by band of the day"), "\(day.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("    handle: {"))
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        #expect(rows.count == 1 + 19 * 48 && rows[1].hasPrefix("phone,1999-01-03,sun,00:00,"))
        let v = try CLI.run(["validate", out])
        #expect(v.status == 0, "\(v.stderr)")
        let run = try CLI.run(["run", out, "--replications", "2", "--no-store", "--no-charts"])
        #expect(run.status == 0 && run.stdout.contains("channel phone"), "\(run.stderr)")
        for suffix in ["handle-qq", "patience"] {
            for ext in ["dat", "gp", "png", "svg"] {
                let f = "\(plots)/fit-fitted-01_January-phone-\(suffix).\(ext)"
                #expect(FileManager.default.fileExists(atPath: f), "\(f)")
            }
        }
    }

    @Test func jsonReportIsOneDocumentWithDropsAndFits() throws {
        let r = try CLI.run(["fit", Self.january, "--format", "json", "--classes", "priority", "--interval", "60m"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["rows_read"] as? Int == 31_599 && doc["classed_by"] as? String == "priority")
        #expect((doc["dropped"] as? [String: Int])?["phantom"] == 240)
        let channel = try #require((doc["channels"] as? [[String: Any]])?.first)
        #expect((channel["intervals"] as? [Any])?.count == 24)
        #expect((channel["classes"] as? [[String: Any]])?.map { $0["name"] as? String } == ["high", "regular"])
        let summary = try #require(channel["summary"] as? [String: Any])
        let fits = try #require((summary["patience"] as? [String: Any])?["fits"] as? [[String: Any]])
        #expect(Set(fits.compactMap { $0["family"] as? String }) == ["exponential", "weibull", "lognormal"])
        #expect(doc["scenario"] is NSNull)
        let bands = try #require(channel["handle_bands"] as? [[String: Any]])
        #expect(bands.count > 1 && bands.first?["start"] as? String == "00:00" && bands.last?["end"] as? String == "24:00")
        #expect(channel["patience_bands"] is NSNull)
        // The regular class alone has enough calls for bands; each class says.
        let classes = try #require(channel["classes"] as? [[String: Any]])
        #expect(classes.allSatisfy { $0["handle_bands"] is NSNull || $0["handle_bands"] is [Any] })
        #expect((classes.last?["handle_bands"] as? [Any])?.isEmpty == false)
        let again = try CLI.run(["fit", Self.january, "--format", "json", "--classes", "priority", "--interval", "60m"])
        #expect(again.stdout == r.stdout)
    }

    @Test func aTruncatedGzipIsRefusedNotFittedInPart() throws {
        let dir = try CLI.temporaryDirectory()
        let data = try Data(contentsOf: CLI.repositoryRoot.appendingPathComponent(Self.january))
        let cut = dir.appendingPathComponent("cut.gz")
        try data.prefix(300_000).write(to: cut)
        let out = dir.appendingPathComponent("x.yaml").path
        let r = try CLI.run(["fit", cut.path, "-o", out])
        #expect(r.status == 2 && r.stderr.contains("cut.gz: cannot be read: unexpected end of file"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test(arguments: [
        (["data/anonymous-bank-1999/none.gz"], "file does not exist"),
        (["--layout", "excel", january], "--layout: unknown layout 'excel' (expected one of: anonymous-bank, generic)"),
        (["--map", "when=start", january], "--map: unknown field 'when' for layout anonymous-bank"),
        (["--map", "date=datum", january], "no column 'datum' for field 'date' (mapped by --map date=datum)"),
        (["--layout", "generic", january], "the header has no 'arrival' column"),
        (["--from", "2001-01-01", january], "no contact offered to agents to fit"),
        (["--from", "1999-01-20", "--to", "1999-01-10", january], "--from 1999-01-20 is after --to 1999-01-10"),
        (["--weekdays", "someday", january], "--weekdays: 'someday' is not a weekday"),
        (["--interval", "20m", january], "--interval: '20m' (expected 15m, 30m or 60m)"),
        (["--max-wait", "0s", january], "--max-wait: '0s' must be positive"),
        (["--handle-by", "week", january], "--handle-by: 'week' (expected day or hour)"),
    ])
    func badInputExitsTwoAndWritesNothing(args: [String], message: String) throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("x.yaml").path, plots = dir.appendingPathComponent("plots").path
        let csv = dir.appendingPathComponent("i.csv").path
        let r = try CLI.run(["fit"] + args + ["-o", out, "--plots", plots, "--intervals-csv", csv])
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.hasPrefix("channelsim: ") && r.stderr.contains(message), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out) && !FileManager.default.fileExists(atPath: plots))
        #expect(!FileManager.default.fileExists(atPath: csv))
    }
}
