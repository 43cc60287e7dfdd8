import Foundation
import ResultStore
import Testing

/// `channelsim compare`: the table, JSON and CSV, bit-identical across thread counts, and
/// every mistake a clear message with its exit status.
@Suite(.serialized) struct CompareCLITests {
    static var pair: String { CLI.scenario("pair.yaml") }

    @Test func compareTableGolden() throws {
        let r = try CLI.run(["compare", Self.pair, "--no-store", "--no-charts", "--threads", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        try CLI.expectGolden(r.stdout, "compare-pair.txt")
        #expect(r.stdout.contains("Holm-adjusted"))
    }

    @Test func compareJSONIsOneDocumentAndThreadIndependent() throws {
        let args = ["compare", Self.pair, "--no-store", "--no-charts", "--format", "json", "--replications", "6"]
        let one = try CLI.run(args + ["--threads", "1"]), two = try CLI.run(args + ["--threads", "2"])
        #expect(one.status == 0 && one.stdout == two.stdout && !one.stdout.isEmpty)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        let comparison = try #require(doc["comparison"] as? [String: Any])
        #expect(comparison["baseline"] as? String == "base" && comparison["adjustment"] as? String == "holm")
        let rows = try #require(comparison["rows"] as? [[String: Any]])
        let sl = try #require(rows.first { $0["variant"] as? String == "far-fewer" && $0["metric"] as? String == "sl_offered"
            && $0["scope"] as? String == "chat" })
        #expect(sl["verdict"] as? String == "worse" && sl["target"] as? Bool == true)
        let diff = try #require(sl["difference"] as? [String: Any])
        #expect((diff["mean"] as! Double) < 0 && (diff["high"] as! Double) < 0)
    }

    @Test func compareStoresOneExperimentAndDrawsBothCharts() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path, plots = dir.appendingPathComponent("plots").path
        let r = try CLI.run(["compare", Self.pair, "--db", db, "--plots", plots, "--quiet", "--replications", "4"])
        #expect(r.status == 0, "\(r.stderr)")
        for chart in ["metrics", "differences"] {
            for ext in ["dat", "gp", "png", "svg"] {
                #expect(FileManager.default.fileExists(atPath: "\(plots)/compare-pair-\(chart).\(ext)"), "\(chart).\(ext)")
            }
        }
        let svg = try String(contentsOfFile: "\(plots)/compare-pair-differences.svg", encoding: .utf8)
        #expect(svg.contains("95% CI per comparison; verdicts Holm-adjusted"))
        let store = try ResultDatabase(path: db)
        let experiments = try store.experiments()
        #expect(experiments.map(\.kind) == ["compare"] && experiments[0].baseline == "base")
        let runs = try store.runs(experimentID: experiments[0].id)
        #expect(runs.map(\.strategy) == ["base", "one-more", "far-fewer"])
        #expect(runs[1].parameters == #"{"teams.web.headcount":"7"}"#)
        let comparisons = try store.comparisons(experimentID: experiments[0].id)
        let sl = try #require(comparisons.first { $0.variant == "far-fewer" && $0.channel == "chat" && $0.metric == "sl_offered" })
        #expect(sl.verdict == .worse && sl.baseline == "base")
        let verdicts = try store.targetVerdicts(experimentID: experiments[0].id)
        #expect(verdicts.count == 6 && verdicts.filter { $0.variant == "far-fewer" }.map(\.verdict) == [.missed, .missed])
    }

    @Test func intradayChartDrawsATargetFromTheTargetsList() throws {
        // pair.yaml has no sl_target: its chat.sl(60s) >= 0.8 target is in `targets:`.
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plots = dir.appendingPathComponent("plots").path
        let r = try CLI.run(["run", Self.pair, "--no-store", "--quiet", "--replications", "2", "--plots", plots])
        #expect(r.status == 0, "\(r.stderr)")
        let script = try String(contentsOfFile: "\(plots)/intraday-pair-base-chat.gp", encoding: .utf8)
        #expect(script.contains("\ntarget = 0.8\n"), "\(script)")
    }

    @Test func oneReplicationGivesNoIntervalNotAVerdict() throws {
        let r = try CLI.run(["compare", Self.pair, "--no-store", "--no-charts", "--replications", "1", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let sl = try #require(r.stdout.split(separator: "\n").first { $0.hasPrefix("far-fewer,base,chat,sl_offered,") })
        #expect(sl.hasSuffix(",no interval"), "\(sl)")
    }

    @Test func strategiesAndBaselineSelection() throws {
        let r = try CLI.run(["compare", Self.pair, "--strategies", "one-more,far-fewer", "--baseline", "one-more",
                             "--no-store", "--no-charts", "--format", "csv", "--replications", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("strategy,baseline,scope,metric,") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("far-fewer,one-more,") })
    }

    @Test func mistakesExitTwoWithAClearMessage() throws {
        func expectBad(_ args: [String], _ message: String, status: Int32 = 2, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let dir = try CLI.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let db = dir.appendingPathComponent("r.sqlite").path
            let r = try CLI.run(["compare", Self.pair, "--db", db, "--no-charts", "--replications", "3"] + args)
            #expect(r.status == status, "\(r.stderr)", sourceLocation: sourceLocation)
            #expect(r.stderr.contains(message), "\(r.stderr)", sourceLocation: sourceLocation)
            #expect(!r.stderr.contains("Usage") && !r.stderr.contains("Fatal"), sourceLocation: sourceLocation)
            if status == 2 { #expect(!FileManager.default.fileExists(atPath: db), sourceLocation: sourceLocation) }
        }
        try expectBad(["--strategies", "base,one-mor"], "--strategies: 'one-mor' is not a strategy of \(Self.pair) (did you mean 'one-more'?)")
        try expectBad(["--baseline", "nobody"], "--baseline: 'nobody' is not a strategy")
        try expectBad(["--target", "chat.sl(60s) >= 80"], "--target 'chat.sl(60s) >= 80': 80 is outside 0…1 (sl is a share: write 0.8 or 80%)")
        try expectBad(["--target", "chat.asa <= 0.5"], "--target 'chat.asa <= 0.5': '0.5' has no unit")
        try expectBad(["--target", "voice.asa <= 30s"], "--target 'voice.asa <= 30s': unknown channel 'voice'")
        try expectBad(["--target", "chat.reply_delay <= 30s"], "reply_delay does not apply to chat channel 'chat'")
        try expectBad(["--precision", "chat.p_abandon"], "--precision 'chat.p_abandon': expected FIGURE=HALF_WIDTH")
        try expectBad(["--strategies", "one-more"], "needs at least two strategies")
        // A precision the cap cannot reach: results are reported and stored, then exit 1 saying what was reached.
        try expectBad(["--precision", "chat.p_abandon=0.000001", "--max-replications", "6", "--no-store"],
                      "precision not reached in 6 replications (--max-replications): chat.p_abandon reached ±", status: 1)
        // A database from a newer channelsim: bad input, refused before simulating, left as it was.
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("new.sqlite").path
        _ = try CLI.run(["run", CLI.scenario("tiny.yaml"), "--db", db, "--no-charts", "--quiet", "--replications", "2"])
        func sql(_ statement: String) throws -> String {
            try CLI.runTool("/usr/bin/env", ["python3", "-c", "import sqlite3, sys\nc = sqlite3.connect(sys.argv[1])\n"
                + "r = c.execute(sys.argv[2]).fetchall()\nc.commit()\nprint(r[0][0] if r else '')", db, statement]).stdout
        }
        _ = try sql("PRAGMA user_version = 99")
        let newer = try CLI.run(["compare", Self.pair, "--db", db, "--no-charts", "--replications", "2"])
        #expect(newer.status == 2 && newer.stderr.contains("schema version 99"), "\(newer.stderr)")
        #expect(try sql("SELECT count(*) FROM experiments") == "1\n")
        let none = try CLI.run(["compare", CLI.scenario("tiny.yaml"), "--no-store", "--no-charts"])
        #expect(none.status == 2 && none.stderr.contains("needs at least two strategies"))
    }
}
