import Foundation
import ResultStore
import Testing

@Suite(.serialized) struct ErlangCLITests {
    @Test func erlangAJSONGolden() throws {
        let r = try CLI.run(["erlang", "a", "--rate", "2/min", "--aht", "4m", "--patience", "2m", "--agents", "10",
                             "--sl-time", "20s", "--format", "json"])
        #expect(r.status == 0)
        try CLI.expectGolden(r.stdout, "erlang-a.json")
        // The peers' exact values (../shared/peers/README.md), durations in seconds.
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(abs((obj["p_wait"] as! Double) - 0.247519) < 1e-6)
        #expect(abs((obj["asa_answered_s"] as! Double) - 0.110174 * 60) < 1e-4)
    }

    @Test func erlangCSizingTableGolden() throws {
        let r = try CLI.run(["erlang", "c", "--rate", "2/min", "--aht", "4m", "--target-sl", "0.8"])
        #expect(r.status == 0)
        try CLI.expectGolden(r.stdout, "erlang-c-sizing.txt")
        #expect(r.stdout.contains("agents") && r.stdout.contains(" 11"))
    }

    @Test func erlangChatGolden() throws {
        let r = try CLI.run(["erlang", "chat", "--rate", "3/min", "--aht", "6m", "--agents", "8", "--concurrency", "3",
                             "--slowdown", "0.25", "--patience", "90s", "--format", "json"])
        #expect(r.status == 0)
        try CLI.expectGolden(r.stdout, "erlang-chat.json")
    }

    @Test func squareRootStaffing() throws {
        // a = 8 Erlangs, β = 1: n = ⌈8 + √8⌉ = 11.
        let r = try CLI.run(["erlang", "c", "--rate", "2/min", "--aht", "4m", "--beta", "1", "--format", "json"])
        #expect(r.status == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(obj["agents"] as? Int == 11)
    }

    /// The JSON object printed, without `sized_for_targets` (the one field that says how n was chosen).
    private func answer(_ args: [String]) throws -> (status: Int32, object: NSDictionary) {
        let r = try CLI.run(args + ["--format", "json"])
        guard r.status == 0 else { return (r.status, [:]) }
        var obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        obj["sized_for_targets"] = nil
        return (r.status, obj as NSDictionary)
    }

    @Test func sizingPrintsWhatAgentsNPrints() throws {
        let cases: [[String]] = [
            ["erlang", "chat", "--rate", "200/h", "--aht", "6m", "--concurrency", "3", "--target-sl", "0.8", "--sl-time", "60s"],
            ["erlang", "chat", "--rate", "3/min", "--aht", "6m", "--concurrency", "3", "--slowdown", "0.25", "--patience", "90s",
             "--target-sl", "0.8", "--sl-time", "60s"],
            ["erlang", "chat", "--rate", "600/h", "--aht", "6m", "--concurrency", "3", "--target-sl", "0.8", "--sl-time", "60s"],
            ["erlang", "chat", "--rate", "20/min", "--aht", "5m", "--concurrency", "2", "--slowdown", "0.3", "--patience", "2m",
             "--target-abandon", "0.02", "--target-asa", "15s"],
            ["erlang", "c", "--rate", "2/min", "--aht", "4m", "--target-sl", "0.8"],
            ["erlang", "c", "--rate", "400/min", "--aht", "4m", "--target-asa", "5s"],
            ["erlang", "a", "--rate", "2/min", "--aht", "4m", "--patience", "2m", "--target-abandon", "0.01"],
            ["erlang", "a", "--rate", "300/min", "--aht", "4m", "--patience", "1m", "--target-sl", "0.9", "--sl-time", "30s"],
            ["erlang", "b", "--rate", "2/min", "--aht", "4m", "--target-blocking", "0.01"],
            ["erlang", "b", "--rate", "500/min", "--aht", "3m", "--target-blocking", "0.001"],
        ]
        for args in cases {
            let sized = try answer(args)
            #expect(sized.status == 0, "\(args)")
            let n = sized.object["agents"] as! Int
            // The same call with each --target flag and its value dropped, and --agents n added.
            let untargeted = args.enumerated().filter { i, a in
                !a.hasPrefix("--target") && (i == 0 || !args[i - 1].hasPrefix("--target"))
            }.map(\.element)
            let direct = try answer(untargeted + ["--agents", "\(n)"])
            #expect(sized.object == direct.object, "\(args) at \(n) agents")
        }
        // The reported case: 8 agents, with the 8-agent chain's figures (not the 7-agent ones).
        let chat = try answer(cases[0]).object
        #expect(chat["agents"] as? Int == 8 && chat["states"] as? Int == 165)
        #expect(abs((chat["slot_utilisation"] as! Double) - 20.0 / 24) < 1e-12)
        #expect(try answer(cases[2]).object["agents"] as? Int == 22)
    }

    @Test func unreachableTargetsAreRefused() throws {
        let abandon = try CLI.run(["erlang", "a", "--rate", "2/min", "--aht", "4m", "--patience", "2m", "--target-abandon", "0"])
        #expect(abandon.status == 2)
        #expect(abandon.stderr.contains("target abandonment: must be above 0"))
        let sl = try CLI.run(["erlang", "c", "--rate", "2/min", "--aht", "4m", "--target-sl", "1"])
        #expect(sl.status == 2)
        #expect(sl.stderr.contains("target service level"))
        let asa = try CLI.run(["erlang", "chat", "--rate", "2/min", "--aht", "4m", "--target-asa", "0s"])
        #expect(asa.status == 2)
        #expect(asa.stderr.contains("target ASA"))
        let blocking = try CLI.run(["erlang", "b", "--rate", "2/min", "--aht", "4m", "--target-blocking", "0"])
        #expect(blocking.status == 2)
        // Without patience nobody abandons, so a 0 bound is met by any stable team.
        let c = try CLI.run(["erlang", "c", "--rate", "2/min", "--aht", "4m", "--target-abandon", "0", "--format", "json"])
        #expect(c.status == 0 && c.stdout.contains("\"agents\":9"))
    }

    @Test func sizingHeaderNamesTheThreshold() throws {
        let r = try CLI.run(["erlang", "a", "--rate", "2/min", "--aht", "4m", "--patience", "2m", "--target-sl", "0.8"])
        #expect(r.stdout.hasPrefix("Erlang A (M/M/n+M): smallest number of agents meeting the targets (service level within 20s)\n"))
    }

    @Test func largeTeamsAreApproximatedAndSaySo() throws {
        let r = try answer(["erlang", "chat", "--rate", "3000/min", "--aht", "6m", "--concurrency", "3", "--slowdown", "0.25",
                            "--patience", "90s", "--target-sl", "0.8"])
        #expect(r.status == 0)
        #expect(r.object["method"] as? String == "approximation")
        #expect((r.object["agents"] as! Int) > 6000)
    }

    @Test func badFlagsExitTwoNamingTheFlag() throws {
        let neg = try CLI.run(["erlang", "a", "--rate", "2/min", "--aht", "4m", "--patience", "2m", "--agents", "-3"])
        #expect(neg.status == 2)
        #expect(neg.stderr.contains("--agents must be at least 1, got -3"))
        let abc = try CLI.run(["erlang", "c", "--rate", "abc", "--aht", "4m", "--agents", "10"])
        #expect(abc.status == 2)
        #expect(abc.stderr.contains("--rate"))
        let unstable = try CLI.run(["erlang", "c", "--rate", "3/min", "--aht", "4m", "--agents", "10"])
        #expect(unstable.status == 2)
        #expect(unstable.stderr.contains("unstable") || unstable.stderr.contains("load"))
    }
}

@Suite(.serialized) struct RunCLITests {
    @Test func validateGoodAndBad() throws {
        let good = try CLI.run(["validate", CLI.scenario("tiny.yaml")])
        #expect(good.status == 0)
        #expect(good.stdout.contains("ok: 'tiny'"))
        let bad = try CLI.run(["validate", CLI.scenario("bad-concurrency.yaml")])
        #expect(bad.status == 2)
        #expect(bad.stderr == "channelsim: \(CLI.scenario("bad-concurrency.yaml")):8:53: teams.web.concurrency: must be at least 1, got 0 (expected a whole number of chats ≥ 1)\n")
        let missing = try CLI.run(["validate", "/nonexistent.yaml"])
        #expect(missing.status == 2)
        #expect(!missing.stderr.contains("Fatal") && !missing.stderr.contains("Stack"))
    }

    @Test func resultsIdenticalAcrossThreadCounts() throws {
        // A small scenario, and the full model (visitors, message-level chat, forms,
        // escalation, strategies).
        let bank = CLI.repositoryRoot.appendingPathComponent("Scenarios/examples/bank-complex-enquiries.yaml").path
        for (file, reps) in [(CLI.scenario("tiny.yaml"), "4"), (bank, "3")] {
            let one = try CLI.run(["run", file, "--threads", "1", "--replications", reps, "--format", "json", "--no-store", "--no-charts"])
            let two = try CLI.run(["run", file, "--threads", "2", "--replications", reps, "--format", "json", "--no-store", "--no-charts"])
            #expect(one.status == 0 && two.status == 0)
            #expect(!one.stdout.isEmpty)
            #expect(one.stdout == two.stdout, "\(file)")
        }
    }

    @Test func runStoresAndCharts() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path, plots = dir.appendingPathComponent("plots").path
        let r = try CLI.run(["run", CLI.scenario("tiny.yaml"), "--db", db, "--plots", plots, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("channel chat") && r.stdout.contains("sl_offered"))
        #expect(FileManager.default.fileExists(atPath: db))
        for ext in ["dat", "gp", "png"] {
            #expect(FileManager.default.fileExists(atPath: "\(plots)/intraday-tiny-chat.\(ext)"), "\(ext)")
        }
    }

    @Test func chartDataAndScriptWithoutGnuplot() throws {
        // With no gnuplot on PATH the run still succeeds and leaves the .dat and .gp files.
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plots = dir.appendingPathComponent("plots").path
        let r = try CLI.run(["run", CLI.scenario("tiny.yaml"), "--no-store", "--plots", plots, "--replications", "2"],
                            environment: ["PATH": dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("gnuplot not found"))
        #expect(FileManager.default.fileExists(atPath: "\(plots)/intraday-tiny-chat.dat"))
        #expect(FileManager.default.fileExists(atPath: "\(plots)/intraday-tiny-chat.gp"))
        #expect(!FileManager.default.fileExists(atPath: "\(plots)/intraday-tiny-chat.png"))
    }

    @Test func badScenarioWritesNothing() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path
        let r = try CLI.run(["run", CLI.scenario("bad-concurrency.yaml"), "--db", db])
        #expect(r.status == 2)
        #expect(r.stderr.contains("teams.web.concurrency"))
        #expect(!FileManager.default.fileExists(atPath: db))
    }

    @Test func csvHasHeaderAndRows() throws {
        let r = try CLI.run(["run", CLI.scenario("tiny.yaml"), "--format", "csv", "--no-store", "--no-charts", "--replications", "2"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "strategy,channel,interval,label,metric,mean,half_width,low,high,n")
        #expect(lines.contains { $0.hasPrefix("base,chat,all,,offered,") })
    }

    @Test func runTableGolden() throws {
        // Visitors, shifts, costs, a sale and the satisfaction proxy: every table section.
        let r = try CLI.run(["run", CLI.scenario("shop.yaml"), "--no-store", "--no-charts", "--threads", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        try CLI.expectGolden(r.stdout, "run-shop.txt")
    }

    @Test func groupsAreStoredAndExportedUnderTheirKeys() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path
        let r = try CLI.run(["run", CLI.scenario("shop.yaml"), "--db", db, "--no-charts", "--quiet", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        for prefix in ["base,chat/mobile/order,all,,offered,", "base,visitors/all/all,all,,satisfaction_proxy,",
                       "base,team/web,all,,agent_cost,", "base,totals,all,,cost_per_resolved,"] {
            #expect(lines.contains { $0.hasPrefix(prefix) }, "\(prefix)")
        }
        let store = try ResultDatabase(path: db)
        let run = try #require(try store.latestRun(scenarioName: "shop", strategy: "base"))
        let rows = try store.summaries(runID: run.id)
        func mean(_ channel: String, _ metric: String) -> Double? {
            rows.first { $0.channel == channel && $0.metric == metric }?.mean
        }
        // Totals are the teams' sums; channels' allocated costs add up to them too.
        let teams = try #require(mean("team/web", "agent_cost")) + (try #require(mean("team/voice", "agent_cost")))
        let total = try #require(mean("totals", "agent_cost"))
        #expect(abs(total - teams) < 1e-9 * total)
        let channels = try #require(mean("chat", "agent_cost")) + (try #require(mean("phone", "agent_cost")))
        #expect(abs(total - channels) < 1e-9 * total)
        #expect(mean("totals", "paid_hours") == 13)
        #expect(try #require(mean("visitors/all/all", "satisfaction_proxy")) > 0)
        // Per replication too, under the same keys.
        let reps = try store.replicationMetrics(runID: run.id)
        #expect(reps.filter { $0.channel == "totals" && $0.metric == "agent_cost" }.count == 3)
    }

    @Test func everyExampleScenarioRuns() throws {
        let dir = CLI.repositoryRoot.appendingPathComponent("Scenarios/examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }.sorted()
        #expect(files.count >= 3)
        for f in files {
            let r = try CLI.run(["run", dir.appendingPathComponent(f).path, "--replications", "2", "--no-store", "--no-charts",
                                 "--format", "json"])
            #expect(r.status == 0, "\(f): \(r.stderr)")
            // One JSON document: the experiment, then one object per variant (base first).
            let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(f)")
            let variants = try #require(doc["variants"] as? [[String: Any]])
            #expect(variants.first?["name"] as? String == "base", "\(f)")
            #expect(doc["kind"] as? String == "run" && doc["replications"] as? Int == 2)
            // JSON Lines: one self-contained line per variant.
            let lines = try CLI.run(["run", dir.appendingPathComponent(f).path, "--replications", "2", "--no-store", "--no-charts",
                                     "--format", "jsonl"])
            #expect(lines.stdout.split(separator: "\n").count == variants.count, "\(f)")
        }
    }

    /// The figure `scope.metric` of a variant in a JSON document.
    static func figure(_ variant: [String: Any], _ scope: String, _ metric: String) -> [String: Any]? {
        (variant["figures"] as? [[String: Any]])?.first { $0["scope"] as? String == scope && $0["metric"] as? String == metric }
    }

    @Test func strategiesRunOnCommonRandomNumbers() throws {
        let r = try CLI.run(["run", CLI.repositoryRoot.appendingPathComponent("Scenarios/examples/better-faq.yaml").path,
                             "--replications", "2", "--no-store", "--no-charts", "--format", "json"])
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let variants = try #require(doc["variants"] as? [[String: Any]])
        #expect(variants.map { $0["name"] as! String } == ["base", "better-faq"])
        func visitors(_ v: [String: Any]) -> Double? { Self.figure(v, "visitors/all/all", "visitors")?["mean"] as? Double }
        // Same seed, same visitors.
        #expect(visitors(variants[0]) != nil && visitors(variants[0]) == visitors(variants[1]))
        #expect(Self.figure(variants[0], "chat", "p_abandon")?["unit"] as? String == "probability")
        #expect(Self.figure(variants[0], "chat", "p_abandon")?["direction"] as? String == "lower_is_better")
    }

    @Test func fullModelBenchRuns() throws {
        let r = try CLI.run(["bench", "web-day", "--replications", "2", "--threads", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        #expect(obj["model"] as? String == "web-day")
        #expect((obj["visitors_per_replication"] as! Double) > 40_000)
        #expect((obj["phone_callbacks"] as! Double) > 0)
        let bad = try CLI.run(["bench", "web-week"])
        #expect(bad.status == 2 && bad.stderr.contains("unknown model 'web-week'"))
    }

    @Test func benchPrintsPeerFields() throws {
        let r = try CLI.run(["bench", "mmc-abandon", "--customers", "20000", "--seed", "1"])
        #expect(r.status == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        for k in ["tool", "model", "customers", "wall_s", "customers_per_s", "p_wait", "mean_wait_served", "p_abandon",
                  "sl20_offered", "sl20_answered", "utilisation"] {
            #expect(obj[k] != nil, "\(k)")
        }
        #expect(obj["model"] as? String == "M/M/c+M")
        #expect(obj["customers"] as? Int == 20000)
        let chat = try CLI.run(["bench", "chat-fluid", "--customers", "5000"])
        let c = try JSONSerialization.jsonObject(with: Data(chat.stdout.utf8)) as! [String: Any]
        #expect(c["slot_utilisation"] != nil && c["mean_concurrency_busy"] != nil)
    }
}
