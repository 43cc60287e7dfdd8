import Foundation
import Testing

/// `stress --outage` on a channel: the spill-over from the command line and its mistakes.
@Suite(.serialized) struct ChannelOutageCLITests {
    @Test func chatDownSendsVisitorsToThePhone() throws {
        let file = CLI.scenario("shop.yaml")
        let r = try CLI.run(["stress", file, "--outage", "chat 09:00 1h", "--no-store", "--no-charts", "--replications", "4",
                             "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let effects = try #require(doc["effects"] as? [[String: Any]])
        func effect(_ scope: String, _ metric: String) -> [String: Any]? {
            effects.first { $0["scope"] as? String == scope && $0["metric"] as? String == metric }
        }
        // For an hour nobody is offered chat: fewer chats, more phone contacts, with intervals clear of 0.
        let chat = try #require(effect("visitors/all/all", "contacts_chat")), phone = try #require(effect("visitors/all/all", "contacts_phone"))
        #expect((chat["high"] as? Double ?? 0) < 0 && (phone["low"] as? Double ?? 0) > 0, "\(chat) \(phone)")
        #expect((effect("chat", "offered")?["mean"] as? Double ?? 0) < 0)
        let table = try CLI.run(["stress", file, "--outage", "channel chat 09:00 1h", "--no-store", "--no-charts", "--replications", "2"])
        #expect(table.status == 0 && table.stdout.contains("after channel chat 09:00 1h") && table.stdout.contains("visitors/all/all.contacts_phone"),
                "\(table.stdout)\(table.stderr)")
        // Nobody reached chat while it was down: its own target has nothing to judge there.
        let row = table.stdout.split(separator: "\n").first { $0.hasPrefix("chat.sl(60s) >= 0.8") }.map { $0.split(separator: " ") }
        #expect(row == ["chat.sl(60s)", ">=", "0.8", "no", "contacts", "-", "-"], "\(table.stdout)")
    }

    @Test func badOutagesExitTwo() throws {
        let file = CLI.scenario("shop.yaml")
        for (outage, message) in [("chta 09:00 1h", "--outage 'chta 09:00 1h': unknown channel 'chta' (did you mean 'chat'?)"),
                                  ("web 09:00 1h", "'web' is a team, not a channel (expected 'team web …')"),
                                  ("chat 12:00 1h", "outside the day's window 09:00–11:00"),
                                  ("chat d2 09:00 1h", "day 2 is outside the horizon")] {
            let r = try CLI.run(["stress", file, "--outage", outage, "--no-store", "--no-charts"])
            #expect(r.status == 2 && r.stderr.contains(message) && r.stdout.isEmpty, "\(outage): \(r.stderr)")
        }
    }
}

/// `stress --soak`: the verdict per channel, stored and charted, and its mistakes.
@Suite(.serialized) struct SoakCLITests {
    /// A message form worked 09:00–17:00 by two agents at 12 minutes an item: 80 a day, while
    /// 12 an hour arrive for ten hours: the backlog grows by about 40 a day.
    static func scenario(in dir: URL) throws -> String {
        let text = """
            name: soak-form
            seed: 5
            replications: 5
            horizon: { start: "08:00", end: "18:00", interval: 1h }
            channels:
              message:
                kind: form
                arrivals: { rate: 12/h }
                handle: 12m
                hours: "09:00-17:00"
            teams:
              office: { skills: [message], headcount: 2 }
            """
        let url = dir.appendingPathComponent("soak-form.yaml")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func growingBacklogIsReportedStoredAndCharted() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try Self.scenario(in: dir), db = dir.appendingPathComponent("r.sqlite").path, plots = dir.appendingPathComponent("plots").path
        let r = try CLI.run(["stress", file, "--soak", "4", "--db", db, "--plots", plots, "--quiet", "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(doc["days"] as? Int == 4 && doc["repetitions"] as? Int == 4)
        let form = try #require((doc["channels"] as? [[String: Any]])?.first)
        let growth = try #require(form["growth_per_day"] as? [String: Any])
        #expect(form["verdict"] as? String == "growing" && abs((growth["mean"] as? Double ?? 0) - 40) < 8, "\(form)")
        #expect((form["per_day"] as? [Any])?.count == 4 && (form["slopes"] as? [Any])?.count == 5)
        let list = try CLI.run(["results", "list", "--db", db, "--format", "csv"])
        #expect(list.stdout.contains(",stress,soak-form,soak x4"), "\(list.stdout)")
        for ext in ["dat", "gp"] { #expect(FileManager.default.fileExists(atPath: "\(plots)/stress-soak-form-soak.\(ext)")) }
        // Redrawn from the database, the chart's data is the same.
        let drawn = try String(contentsOfFile: "\(plots)/stress-soak-form-soak.dat", encoding: .utf8)
        let again = dir.appendingPathComponent("again").path
        let plot = try CLI.run(["plot", "1", "--db", db, "--plots", again, "--quiet"])
        #expect(plot.status == 0, "\(plot.stderr)")
        #expect(try String(contentsOfFile: "\(again)/stress-soak-form-soak.dat", encoding: .utf8) == drawn)
        let table = try CLI.run(["stress", file, "--soak", "3", "--no-store", "--no-charts", "--replications", "3"])
        #expect(table.status == 0 && table.stdout.contains("soak test over 3 consecutive days") && table.stdout.contains("growing"))
        let csv = try CLI.run(["stress", file, "--soak", "3", "--no-store", "--no-charts", "--replications", "2", "--format", "csv"])
        #expect(csv.stdout.hasPrefix("channel,day,replication,backlog,growth_per_day,verdict\nmessage,1,0,"))
        #expect(csv.stdout.split(separator: "\n").count == 1 + 3 * 2)
        // Same seed, any thread count: the same soak, bit for bit.
        let one = try CLI.run(["stress", file, "--soak", "3", "--no-store", "--no-charts", "--format", "json", "--threads", "1"])
        let two = try CLI.run(["stress", file, "--soak", "3", "--no-store", "--no-charts", "--format", "json", "--threads", "2"])
        #expect(one.status == 0 && one.stdout == two.stdout)
    }

    @Test func mistakesExitTwo() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = try Self.scenario(in: dir)
        for (args, message) in [(["--soak", "0"], "--soak must be a number of days from 2 to 365, got 0"),
                                (["--soak", "366"], "--soak must be a number of days from 2 to 365, got 366"),
                                (["--soak", "3", "--surge", "x2 09:00 1h"], "it cannot be combined with --surge or --outage"),
                                (["--soak", "3", "--outage", "message 09:00 1h"], "it cannot be combined with --surge or --outage")] {
            let r = try CLI.run(["stress", file, "--no-store", "--no-charts"] + args)
            #expect(r.status == 2 && r.stderr.contains(message) && r.stdout.isEmpty, "\(args): \(r.stderr)")
        }
    }
}
