import Foundation
import Testing

/// `channelsim plot ID`: the charts redrawn from the database are byte-identical to those the
/// command drew; the new charts of sweep, compare and run; `--preview`; and every mistake a
/// clear message with exit 2.
@Suite(.serialized) struct PlotCLITests {
    static var pair: String { CLI.scenario("pair.yaml") }

    /// Every file of `directory`, name → bytes.
    static func files(_ directory: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory) {
            out[name] = try Data(contentsOf: URL(fileURLWithPath: directory).appendingPathComponent(name))
        }
        return out
    }

    /// Runs `command`, then `plot 1` into another directory; both directories must hold the same bytes.
    static func expectRedrawIdentical(_ command: [String], charts: [String]) throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path
        let first = dir.appendingPathComponent("first").path, again = dir.appendingPathComponent("again").path
        let r = try CLI.run(command + ["--db", db, "--plots", first, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let p = try CLI.run(["plot", "1", "--db", db, "--plots", again, "--quiet"])
        #expect(p.status == 0, "\(p.stderr)")
        let drawn = try files(first), redrawn = try files(again)
        for chart in charts {
            for ext in ["dat", "gp", "png", "svg"] { #expect(drawn["\(chart).\(ext)"] != nil, "\(chart).\(ext) drawn") }
        }
        #expect(Set(drawn.keys) == Set(redrawn.keys))
        for (name, bytes) in drawn where !name.hasSuffix(".png") {
            #expect(redrawn[name] == bytes, "\(name) differs when redrawn")
        }
        // PNGs carry no timestamp from pngcairo, so they are compared too.
        for (name, bytes) in drawn where name.hasSuffix(".png") { #expect(redrawn[name] == bytes, "\(name) differs when redrawn") }
    }

    @Test func compareChartsRedrawIdentically() throws {
        try Self.expectRedrawIdentical(["compare", Self.pair, "--replications", "4"],
                                       charts: ["compare-pair-metrics", "compare-pair-differences", "compare-pair-channel-mix",
                                                "compare-pair-wait-survival"])
    }

    @Test func twoParameterSweepRedrawsHeatmapAndConcurrencyIdentically() throws {
        try Self.expectRedrawIdentical(["sweep", Self.pair, "--vary", "teams.web.headcount=5..7", "--vary", "teams.web.concurrency=2,3",
                                        "--replications", "3"],
                                       charts: ["sweep-pair-heatmap", "sweep-pair-concurrency"])
    }

    @Test func runChartsIncludingIntradayRedrawIdentically() throws {
        try Self.expectRedrawIdentical(["run", CLI.scenario("shop.yaml"), "--replications", "2"],
                                       charts: ["intraday-shop-chat", "intraday-shop-phone", "run-shop-channel-mix", "run-shop-wait-survival"])
    }

    @Test func surgeChartRedrawsIdenticallyButNotTheLoadChartOrStressIntraday() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path
        let first = dir.appendingPathComponent("first").path, again = dir.appendingPathComponent("again").path
        let r = try CLI.run(["stress", Self.pair, "--surge", "x3 09:00 30m", "--replications", "3", "--db", db, "--plots", first, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let p = try CLI.run(["plot", "1", "--db", db, "--plots", again, "--quiet"])
        #expect(p.status == 0, "\(p.stderr)")
        let redrawn = try Self.files(again), drawn = try Self.files(first)
        #expect(Set(redrawn.keys) == Set(["dat", "gp", "png", "svg"].map { "stress-pair-surge.\($0)" }))
        for (name, bytes) in redrawn { #expect(drawn[name] == bytes, "\(name) differs when redrawn") }
        for (kind, message) in [("load-curve", "the load chart is drawn by stress from extra simulations"),
                                ("intraday", "the intraday charts of a stress test are drawn from the plan changed by its events")] {
            let q = try CLI.run(["plot", "1", "--kind", kind, "--db", db, "--plots", again])
            #expect(q.status == 2 && q.stderr.contains(message), "\(kind): \(q.stderr)")
        }
    }

    /// The channel mix's rows (variant, shares) from its .dat file's first block.
    static func mixRows(_ path: String) throws -> (header: [String], rows: [(String, [Double])]) {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let block = text.components(separatedBy: "\n\n\n")[0].split(separator: "\n").map(String.init)
        let header = block[1].split(separator: " ").map(String.init).dropFirst(2).map { $0 }
        let rows = block.dropFirst(2).map { line -> (String, [Double]) in
            let cells = line.split(separator: " ").map(String.init)
            return (cells[0], cells.dropFirst().compactMap { Double($0) })
        }
        return (header, rows)
    }

    @Test func channelMixSharesSumToOneWithVisitorsAndWithCallbacks() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plots = dir.appendingPathComponent("plots").path
        let shop = try CLI.run(["run", CLI.scenario("shop.yaml"), "--no-store", "--plots", plots, "--quiet"])
        let phone = try CLI.run(["run", CLI.repositoryRoot.appendingPathComponent("Scenarios/ci/phone-callback.yaml").path,
                                 "--no-store", "--plots", plots, "--quiet", "--replications", "4"])
        #expect(shop.status == 0 && phone.status == 0, "\(shop.stderr) \(phone.stderr)")
        let a = try Self.mixRows("\(plots)/run-shop-channel-mix.dat")
        #expect(a.header == ["self-served", "chat", "phone", "gave_up", "left_without_contact"])
        let b = try Self.mixRows("\(plots)/run-ci-phone-callback-channel-mix.dat")
        #expect(b.header == ["phone", "phone_callback", "gave_up"])
        #expect(a.rows.allSatisfy { $0.1.count == a.header.count } && b.rows.allSatisfy { $0.1.count == b.header.count })
        for (name, shares) in a.rows + b.rows {
            // Six significant digits per share in the file: the sum is 1 to within their rounding.
            #expect(abs(shares.reduce(0, +) - 1) < 1e-5, "\(name): \(shares)")
            #expect(shares.allSatisfy { $0 >= 0 })
        }
        #expect(b.rows.first.map { $0.1[1] > 0 } == true, "callbacks made: \(b.rows)")
    }

    @Test func oneKindOnlyAndPreview() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path, plots = dir.appendingPathComponent("plots").path
        let r = try CLI.run(["sweep", Self.pair, "--vary", "teams.web.concurrency=1..4", "--replications", "2", "--db", db,
                             "--plots", plots, "--quiet", "--preview"])
        #expect(r.status == 0, "\(r.stderr)")
        // The staffing curve and the concurrency trade-off (no heat map with one parameter), each previewed.
        #expect(r.stdout.contains("== sweep-pair-curve ==") && r.stdout.contains("== sweep-pair-concurrency =="))
        #expect(!r.stdout.contains("heatmap"))
        let again = dir.appendingPathComponent("again").path
        let p = try CLI.run(["plot", "1", "--kind", "concurrency", "--db", db, "--plots", again, "--preview"])
        #expect(p.status == 0, "\(p.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: again).sorted()
                == ["dat", "gp", "png", "svg"].map { "sweep-pair-concurrency.\($0)" })
        #expect(p.stdout.hasPrefix("== sweep-pair-concurrency ==\n") && p.stdout.contains("chats per agent"))
        #expect(p.stderr.contains("chart \(again)/sweep-pair-concurrency.png"))
        // JSON stays a document on stdout; the preview goes to standard error.
        let j = try CLI.run(["run", Self.pair, "--replications", "2", "--no-store", "--plots", plots, "--format", "json", "--preview"])
        #expect(j.status == 0, "\(j.stderr)")
        #expect((try? JSONSerialization.jsonObject(with: Data(j.stdout.utf8))) != nil)
        #expect(j.stderr.contains("== run-pair-wait-survival =="))
    }

    @Test func mistakesAreBadInput() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path, plots = dir.appendingPathComponent("plots").path
        let missing = try CLI.run(["plot", "1", "--db", db, "--plots", plots])
        #expect(missing.status == 2 && missing.stderr.contains("no result database at"), "\(missing.stderr)")
        #expect(!FileManager.default.fileExists(atPath: db))
        _ = try CLI.run(["run", Self.pair, "--replications", "2", "--db", db, "--no-charts", "--quiet"])
        let cases: [([String], String)] = [
            (["plot", "7"], "plot: no experiment 7 in \(db) (channelsim results list --db \(db) shows the stored ones)"),
            (["plot", "x"], "plot: 'x' is not an experiment id"),
            (["plot", "1", "--kind", "heatmap"], "plot: experiment 1: a run experiment has no heatmap chart (its charts: intraday, channel-mix, wait-survival)"),
            (["plot", "1", "--kind", "heatmapp"], "--kind: 'heatmapp' is not a chart (did you mean 'heatmap'? expected one of:"),
            (["plot", "1", "--kind", "load-curve"], "plot: experiment 1: a run experiment has no load-curve chart"),
        ]
        for (args, message) in cases {
            let r = try CLI.run(args + ["--db", db, "--plots", plots])
            #expect(r.status == 2, "\(args): \(r.stderr)")
            #expect(r.stderr.contains(message), "\(args): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: plots))
        let both = try CLI.run(["run", Self.pair, "--no-store", "--no-charts", "--preview"])
        #expect(both.status == 2 && both.stderr.contains("--preview shows the charts drawn, and --no-charts draws none"), "\(both.stderr)")
    }
}
