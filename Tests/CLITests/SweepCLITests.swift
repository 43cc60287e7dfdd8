import Foundation
import ResultStore
import Testing

/// `channelsim sweep`: one row per point, service level rising with agents, JSON and CSV,
/// bit-identical across thread counts, one stored experiment, the curve chart, and every
/// mistake a clear message with exit 2 and nothing written.
@Suite(.serialized) struct SweepCLITests {
    static var pair: String { CLI.scenario("pair.yaml") }
    static let quick = ["--no-store", "--no-charts", "--replications", "4"]

    @Test func tableHasOneRowPerPointWithVerdictsAndHeadlineFigures() throws {
        let r = try CLI.run(["sweep", Self.pair, "--vary", "teams.web.headcount=3..7"] + Self.quick)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("sweep: 5 points (5), common random numbers across points") })
        let header = try #require(lines.first { $0.hasPrefix("teams.web.headcount") })
        for column in ["chat.sl(60s) >= 0.8", "chat.abandon <= 5%", "chat.sl_offered", "chat.p_abandon", "chat.asa", "chat.occupancy"] {
            #expect(header.contains(column), "\(column) in \(header)")
        }
        let rows = lines.filter { $0.range(of: #"^\s*[3-7]  "#, options: .regularExpression) != nil }
        #expect(rows.count == 5)
        #expect(rows.first?.contains("missed") == true)
    }

    @Test func jsonIsOneDocumentThreadIndependentAndServiceLevelRises() throws {
        let args = ["sweep", Self.pair, "--vary", "teams.web.headcount=3..7", "--format", "json"] + Self.quick
        let one = try CLI.run(args + ["--threads", "1"]), two = try CLI.run(args + ["--threads", "2"])
        #expect(one.status == 0 && one.stdout == two.stdout && !one.stdout.isEmpty, "\(one.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(one.stdout.utf8)) as? [String: Any])
        #expect(doc["kind"] as? String == "sweep" && doc["grid"] as? String == "full")
        let points = try #require(doc["points"] as? [[String: Any]])
        #expect(points.count == 5)
        #expect((points[0]["parameters"] as? [String: String]) == ["teams.web.headcount": "3"])
        #expect(points[2]["name"] as? String == "teams.web.headcount=5")
        let sl = try points.map { p -> Double in
            let figures = try #require(p["figures"] as? [[String: Any]])
            let f = try #require(figures.first { $0["scope"] as? String == "chat" && $0["metric"] as? String == "sl_offered" })
            return try #require(f["mean"] as? Double)
        }
        #expect(zip(sl, sl.dropFirst()).allSatisfy { $0 < $1 }, "\(sl)")
        let targets = try #require(points[0]["targets"] as? [[String: Any]])
        #expect(targets.first?["verdict"] as? String == "missed")
    }

    @Test func csvLeadsWithTheParameters() throws {
        let r = try CLI.run(["sweep", Self.pair, "--vary", "teams.web.headcount=5,6", "--vary", "teams.web.concurrency=2..3",
                             "--format", "csv"] + Self.quick)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "teams.web.headcount,teams.web.concurrency,scope,metric,mean,half_width,low,high,n")
        let points = Set(lines.dropFirst().map { $0.split(separator: ",").prefix(2).joined(separator: ",") })
        #expect(points == ["5,2", "5,3", "6,2", "6,3"])
        #expect(lines.contains { $0.hasPrefix("6,3,chat,sl_offered,") })
    }

    @Test func zipAndDerivedKnobs() throws {
        let r = try CLI.run(["sweep", Self.pair, "--vary", "teams.web.headcount=4,6", "--vary", "arrivals.scale=0.5,1.5", "--zip",
                             "--vary", "teams.*.headcount.add=0,1", "--format", "json"] + Self.quick)
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let names = (doc["points"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == ["teams.web.headcount=4,arrivals.scale=0.5,teams.*.headcount.add=0",
                          "teams.web.headcount=6,arrivals.scale=1.5,teams.*.headcount.add=1"])
    }

    @Test func storesOneSweepExperimentAndDrawsTheCurve() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path, plots = dir.appendingPathComponent("plots").path
        let r = try CLI.run(["sweep", Self.pair, "--vary", "teams.web.headcount=4..6", "--db", db, "--plots", plots, "--quiet",
                             "--replications", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        for ext in ["dat", "gp", "png", "svg"] {
            #expect(FileManager.default.fileExists(atPath: "\(plots)/sweep-pair-curve.\(ext)"), "curve.\(ext)")
        }
        let store = try ResultDatabase(path: db)
        let experiments = try store.experiments()
        #expect(experiments.map(\.kind) == ["sweep"])
        let runs = try store.runs(experimentID: experiments[0].id)
        #expect(runs.map(\.strategy) == ["teams.web.headcount=4", "teams.web.headcount=5", "teams.web.headcount=6"])
        #expect(runs[1].parameters == #"{"teams.web.headcount":"5"}"#)
        #expect(try store.targetVerdicts(experimentID: experiments[0].id).count == 6)
        // Two parameters: no curve, but the heat map and (head-count × concurrency) the concurrency trade-off, even
        // when no point meets every target (the agents panel then says so).
        let p2 = dir.appendingPathComponent("p2").path
        let two = try CLI.run(["sweep", Self.pair, "--vary", "teams.web.headcount=4,5", "--vary", "teams.web.concurrency=2,3",
                               "--no-store", "--plots", p2, "--quiet", "--replications", "2"])
        #expect(two.status == 0, "\(two.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: p2).sorted()
                == ["concurrency", "heatmap"].flatMap { c in ["dat", "gp", "png", "svg"].map { "sweep-pair-\(c).\($0)" } })
        let script = try String(contentsOfFile: "\(p2)/sweep-pair-concurrency.gp", encoding: .utf8)
        #expect(script.contains("no swept head-count meets every target"))
    }

    @Test func mistakesExitTwoWithAClearMessageAndWriteNothing() throws {
        func expectBad(_ args: [String], _ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let dir = try CLI.temporaryDirectory()
            defer { try? FileManager.default.removeItem(at: dir) }
            let db = dir.appendingPathComponent("r.sqlite").path, plots = dir.appendingPathComponent("plots").path
            let r = try CLI.run(["sweep", Self.pair, "--db", db, "--plots", plots, "--replications", "2"] + args)
            #expect(r.status == 2, "\(r.stderr)", sourceLocation: sourceLocation)
            #expect(r.stderr == "channelsim: \(message)\n", sourceLocation: sourceLocation)
            #expect(r.stdout.isEmpty, sourceLocation: sourceLocation)
            #expect(!FileManager.default.fileExists(atPath: db) && !FileManager.default.fileExists(atPath: plots),
                    sourceLocation: sourceLocation)
        }
        let p = Self.pair
        try expectBad([], "sweep: give at least one --vary PATH=VALUES, e.g. --vary teams.web.headcount=8..14")
        try expectBad(["--vary", "teams.web.headcont=3..5"],
                      "--vary teams.web.headcont=3..5: no such field in the base scenario (did you mean 'teams.web.headcount'?)")
        try expectBad(["--vary", "teams.wbe.headcount=3..5"],
                      "--vary teams.wbe.headcount=3..5: no such field in the base scenario (did you mean 'teams.web'?)")
        try expectBad(["--vary", "queues.web=3..5"],
                      "--vary queues.web=3..5: no such field in the base scenario (expected one of: horizon, channels, teams)")
        try expectBad(["--vary", "teams.web.headcount=99999..100001"],
                      "--vary teams.web.headcount=99999..100001: at point teams.web.headcount=100001: \(p):12:37: teams.web.headcount: "
                      + "100001 is above the supported 100000 agents (expected at most 100000)")
        try expectBad(["--vary", "channels.chat.patience.exponential.mean=60..120:30"],
                      "--vary channels.chat.patience.exponential.mean=60..120:30: at point channels.chat.patience.exponential.mean=60: "
                      + "\(p):9:38: channels.chat.patience.exponential.mean: '60' has no unit (expected a duration such as 45s, 5m, 1.5h)")
        try expectBad(["--vary", "teams.web.headcount=5..3"],
                      "--vary teams.web.headcount=5..3: the range 5..3 is empty (expected A..B with A ≤ B)")
        try expectBad(["--vary", "teams.web.headcount=3..5:0"],
                      "--vary teams.web.headcount=3..5:0: the step 0 is not positive (expected A..B:STEP with STEP > 0)")
        try expectBad(["--vary", "teams.web.headcount=1..1000", "--vary", "teams.web.concurrency=1..1001"],
                      "the grid has 1,001,000 points (1000 × 1001), over the 1,000,000 a sweep runs: use fewer values or larger steps, "
                      + "or pair lists with --zip")
        try expectBad(["--vary", "teams.web.headcount=3..5", "--vary", "teams.web.concurrency=1,2", "--zip"],
                      "--zip: the lists have different lengths (teams.web.headcount has 3 values, teams.web.concurrency has 2 values)")
        try expectBad(["--vary", "channels.chat.patience=1..3"],
                      "--vary channels.chat.patience=1..3: channels.chat.patience is a map, not a number "
                      + "(vary a number inside it, e.g. channels.chat.patience.exponential)")
        try expectBad(["--vary", "teams.web.skills.0=1,2"],
                      "--vary teams.web.skills.0=1,2: teams.web.skills.0 is 'chat', not a number (expected a numeric field, e.g. teams.web.headcount)")
        try expectBad(["--vary", "teams.web.headcount=a..b"],
                      "--vary teams.web.headcount=a..b: 'a' is not a number (expected a number, with a unit where the field has one: 8, 0.4, 60s, 75/h)")
        try expectBad(["--vary", "teams.wbe.headcount.add=1"],
                      "--vary teams.wbe.headcount.add=1: no team 'wbe' in the base scenario (did you mean 'teams.web.headcount.add'?)")
        try expectBad(["--vary", "arrivals.scale=-1..1"],
                      "--vary arrivals.scale=-1..1: the factor -1 is negative (expected factors ≥ 0, e.g. 0.8..1.5:0.1)")
        try expectBad(["--vary", "arrivals.scale=1,1000000"],
                      "--vary arrivals.scale=1,1000000: at point arrivals.scale=1000000: \(p):7:3: channels: arrivals.scale 1000000 takes "
                      + "channel chat's rate to 50000/s (expected every rate at most 1,000 per second)")
        try expectBad(["--vary", "teams.web.headcount=3", "--vary", "teams.web.headcount=4"],
                      "--vary teams.web.headcount=4: teams.web.headcount is varied twice (give each path once, with all its values)")
        try expectBad(["--vary", "seed=1,2"],
                      "--vary seed=1,2: seed cannot be varied (it applies to every point; use --seed, --replications, --confidence, --warmup or --target)")
    }
}
