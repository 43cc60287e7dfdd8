import Foundation
import Testing

/// `channelsim stress`: the breaking point on the command line, stored, and its mistakes.
@Suite(.serialized) struct StressCLITests {
    @Test func breakingPointIsPrintedAndStored() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path
        let file = CLI.repositoryRoot.appendingPathComponent("Scenarios/ci/chat-fluid.yaml").path
        let r = try CLI.run(["stress", file, "--db", db, "--no-charts", "--quiet", "--replications", "6", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let point = try #require(doc["breaking_point"] as? [String: Any])
        let mean = try #require(point["mean"] as? Double)
        #expect(mean > 0.8 && mean < 1.3, "\(mean)")
        #expect((doc["per_replication"] as? [Double])?.count == 6)
        let first = try #require(doc["first_failing"] as? [[String: Any]])
        #expect(first.first?["target"] as? String == "chat.abandon <= 15%")
        // Stored: the plan at ×1 and at its breaking point, with the search in the settings.
        let list = try CLI.run(["results", "list", "--db", db, "--format", "csv"])
        #expect(list.stdout.contains(",stress,ci-chat-fluid,\"x1,x"), "\(list.stdout)")
        // Same seed, any thread count: the same answer.
        let one = try CLI.run(["stress", file, "--no-store", "--quiet", "--replications", "4", "--format", "json", "--threads", "1"])
        let two = try CLI.run(["stress", file, "--no-store", "--quiet", "--replications", "4", "--format", "json", "--threads", "2"])
        #expect(one.stdout == two.stdout && one.status == 0)
    }

    @Test func mistakesExitTwo() throws {
        let file = CLI.repositoryRoot.appendingPathComponent("Scenarios/ci/chat-fluid.yaml").path
        for (args, message) in [(["--max-multiplier", "0"], "--max-multiplier must be above --min-multiplier"),
                                (["--min-multiplier", "-1"], "--min-multiplier must be a number > 0"),
                                (["--strategy", "nope"], "--strategies: 'nope' is not a strategy"),
                                (["--target", "chat.sl(60s) >= 80"], "80 is outside 0…1")] {
            let r = try CLI.run(["stress", file, "--no-store", "--no-charts"] + args)
            #expect(r.status == 2 && r.stderr.contains(message), "\(args): \(r.stderr)")
        }
        let none = try CLI.run(["stress", CLI.repositoryRoot.appendingPathComponent("Tests/CLITests/Scenarios/bad-concurrency.yaml").path])
        #expect(none.status == 2)
        // tiny.yaml's only target comes from sl_target; shop.yaml has targets too: a scenario
        // with none (bad-concurrency aside) is refused with a way out.
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plain = dir.appendingPathComponent("plain.yaml")
        try String(contentsOfFile: CLI.scenario("tiny.yaml"), encoding: .utf8).replacingOccurrences(of: "    sl_target: 0.8\n", with: "")
            .write(to: plain, atomically: true, encoding: .utf8)
        let noTargets = try CLI.run(["stress", plain.path, "--no-store"])
        #expect(noTargets.status == 2 && noTargets.stderr.contains("has no targets to break (add targets: or give --target)"))
        let given = try CLI.run(["stress", plain.path, "--no-store", "--target", "phone.asa <= 30s", "--replications", "2"])
        #expect(given.status == 0 && given.stdout.contains("phone.asa <= 30s"), "\(given.stderr)")
    }
}

/// `stress --surge`: recovery, losses and the queue left, from the command line.
@Suite(.serialized) struct SurgeCLITests {
    @Test func surgeReportsRecoveryAndLosses() throws {
        let file = CLI.repositoryRoot.appendingPathComponent("Scenarios/ci/chat-fluid.yaml").path
        let r = try CLI.run(["stress", file, "--surge", "x3 09:00 30m", "--no-store", "--no-charts", "--replications", "6",
                             "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let surge = try #require((doc["events"] as? [[String: Any]])?.first)
        #expect(surge["first_interval"] as? String == "09:00" && surge["intervals"] as? Int == 1)
        let recovery = try #require(surge["recovery"] as? [[String: Any]])
        #expect(recovery.map { $0["target"] as? String } == ["chat.sl(60s) >= 0.8".replacingOccurrences(of: "0.8", with: "0.7"), "chat.abandon <= 15%"])
        let lost = try #require((doc["effects"] as? [[String: Any]])?.first)
        #expect(lost["metric"] as? String == "abandoned" && (lost["mean"] as! Double) > 0)
        let bad = try CLI.run(["stress", file, "--surge", "x3 09:10 30m", "--no-store", "--no-charts"])
        #expect(bad.status == 2 && bad.stderr.contains("--surge 'x3 09:10 30m': the surge does not start and end on interval boundaries"))
        let outside = try CLI.run(["stress", file, "--surge", "x3 13:00 30m", "--no-store", "--no-charts"])
        #expect(outside.status == 2 && outside.stderr.contains("outside the day's window 08:00–12:00"))
    }
}

/// `stress --outage`: a team taken away, its recovery and where the contacts went.
@Suite(.serialized) struct OutageCLITests {
    @Test func outageReportsRecoveryAndSpillOver() throws {
        let file = CLI.repositoryRoot.appendingPathComponent("Scenarios/ci/web-visitors.yaml").path
        let r = try CLI.run(["stress", file, "--outage", "team web 10:00 1h", "--no-store", "--no-charts", "--replications", "4",
                             "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let event = try #require((doc["events"] as? [[String: Any]])?.first)
        #expect(event["event"] as? String == "team web 10:00 1h" && event["intervals"] as? Int == 2)
        let effects = try #require(doc["effects"] as? [[String: Any]])
        func mean(_ scope: String, _ metric: String) -> Double? {
            effects.first { $0["scope"] as? String == scope && $0["metric"] as? String == metric }?["mean"] as? Double
        }
        // With the web team away, chats wait and are abandoned.
        #expect((mean("chat", "abandoned") ?? 0) > 0)
        #expect(mean("visitors/all/all", "contacts_chat") != nil)
        let bad = try CLI.run(["stress", file, "--outage", "team wab 10:00 1h", "--no-store", "--no-charts"])
        #expect(bad.status == 2 && bad.stderr.contains("--outage 'team wab 10:00 1h': unknown team 'wab' (did you mean 'web'?)"))
    }
}

/// `stress`'s charts: the load chart after the search, the surge chart with `--surge`, none with `--no-charts`.
@Suite(.serialized) struct StressChartCLITests {
    static let file = CLI.repositoryRoot.appendingPathComponent("Scenarios/ci/chat-fluid.yaml").path

    @Test(arguments: [("load", [String]()), ("surge", ["--surge", "x3 09:00 30m"])])
    func chartsAreWrittenUnlessTurnedOff(_ kind: String, _ extra: [String]) throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let plots = dir.appendingPathComponent("plots").path
        let r = try CLI.run(["stress", Self.file, "--no-store", "--quiet", "--replications", "3", "--confidence", "0.9",
                             "--plots", plots] + extra)
        #expect(r.status == 0, "\(r.stderr)")
        let base = "\(plots)/stress-ci-chat-fluid-\(kind)"
        for ext in ["dat", "gp"] { #expect(FileManager.default.fileExists(atPath: "\(base).\(ext)"), "\(base).\(ext)") }
        if kind == "load" {
            // The legend names the level the command used.
            #expect(try String(contentsOfFile: "\(base).gp", encoding: .utf8).contains("90% CI band"))
        }
        if r.stderr.isEmpty {   // gnuplot present: no warning, both images
            for ext in ["png", "svg"] { #expect(FileManager.default.fileExists(atPath: "\(base).\(ext)"), "\(base).\(ext)") }
        }
        let off = dir.appendingPathComponent("off").path
        let none = try CLI.run(["stress", Self.file, "--no-store", "--quiet", "--no-charts", "--replications", "2", "--plots", off] + extra)
        #expect(none.status == 0 && !FileManager.default.fileExists(atPath: off), "\(none.stderr)")
    }
}
