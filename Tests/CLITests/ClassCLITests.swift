import Foundation
import ResultStore
import Testing

/// `run` on a channel with classes: the "by class" table, class figures in JSON under
/// `CHANNEL/CLASS`, over the horizon and per interval (CSV, JSON, the store), class targets
/// judged; a bad class is exit 2 with nothing written.
@Suite struct ClassCLITests {
    static let file = CLI.repositoryRoot.appendingPathComponent("Scenarios/ci/phone-classes.yaml").path

    @Test func runShowsTheClassesAndJudgesTheirTargets() throws {
        let r = try CLI.run(["run", Self.file, "--replications", "4", "--no-store", "--no-charts", "--quiet"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("by class (means)"))
        for name in ["priority", "regular", "business"] {
            #expect(r.stdout.split(separator: "\n").contains { $0.hasPrefix(name + " ") })
        }
        #expect(r.stdout.contains("phone/priority.p_abandon <= 5%"))
    }

    @Test func jsonHoldsEveryClassFigure() throws {
        let r = try CLI.run(["run", Self.file, "--replications", "3", "--no-store", "--no-charts", "--quiet", "--format", "json"])
        #expect(r.status == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let variant = (obj["variants"] as! [[String: Any]])[0]
        let figures = variant["figures"] as! [[String: Any]]
        let offered = figures.filter { ($0["metric"] as? String) == "offered" }
        func mean(_ scope: String) -> Double? { offered.first { ($0["scope"] as? String) == scope }?["mean"] as? Double }
        let parts = ["phone/priority", "phone/regular", "phone/business"].compactMap(mean)
        #expect(parts.count == 3)
        // Every direct call has a class: the classes' counts add up to the channel's.
        #expect(abs(parts.reduce(0, +) - (mean("phone") ?? -1)) < 1e-9)
    }

    @Test func classesHaveIntervalRowsInCSVJSONAndTheStore() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path
        let r = try CLI.run(["run", Self.file, "--replications", "2", "--db", db, "--no-charts", "--quiet", "--format", "csv"])
        #expect(r.status == 0, "\(r.stderr)")
        // strategy,channel,interval,label,metric,mean,…: the classes' rows per interval.
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        func offered(_ scope: String, _ i: Int) -> Double? {
            rows.first { $0[0] == "base" && $0[1] == scope && $0[2] == String(i) && $0[4] == "offered" }.flatMap { Double($0[5]) }
        }
        for i in 0..<8 {
            let parts = ["phone/priority", "phone/regular", "phone/business"].compactMap { offered($0, i) }
            #expect(parts.count == 3)
            #expect(abs(parts.reduce(0, +) - (offered("phone", i) ?? -1)) < 1e-9, "interval \(i)")
        }
        let store = try ResultDatabase(path: db)
        let run = try #require(try store.latestRun(scenarioName: "ci-phone-classes", strategy: "base"))
        let series = try store.intervalSeries(runID: run.id)
        #expect(Set(series.map(\.channel)) == ["phone", "phone/priority", "phone/regular", "phone/business"])
        let stored = series.first { $0.channel == "phone/priority" && $0.interval == 3 && $0.metric == "offered" }
        #expect(stored?.mean == offered("phone/priority", 3))
        // Time averages belong to no class: NULL, n = 0.
        #expect(series.first { $0.channel == "phone/priority" && $0.metric == "occupancy" }?.n == 0)

        let j = try CLI.run(["run", Self.file, "--replications", "2", "--no-store", "--no-charts", "--quiet", "--format", "json"])
        #expect(j.status == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(j.stdout.utf8)) as! [String: Any]
        let phone = ((obj["variants"] as! [[String: Any]])[0]["series"] as! [[String: Any]])[0]
        let classes = try #require(phone["classes"] as? [[String: Any]])
        #expect(classes.map { $0["scope"] as? String } == ["phone/priority", "phone/regular", "phone/business"])
        let intervals = try #require(classes[0]["intervals"] as? [[String: Any]])
        #expect(intervals.count == 8)
        #expect((intervals[3]["offered"] as? [String: Any])?["mean"] as? Double == offered("phone/priority", 3))
    }

    @Test func classIntervalRowsMergeFromShardsBitForBit() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        // 2 points × 5 replications over 5 shards: each point's replications are split, so
        // its class series is rebuilt from the shards' per-replication interval values.
        let sweep = ["sweep", Self.file, "--vary", "channels.phone.classes.priority.head_start=0s,60s", "--replications", "5",
                     "--no-charts", "--quiet", "--format", "csv"]
        let one = dir.appendingPathComponent("one.sqlite").path
        #expect(try CLI.run(sweep + ["--db", one]).status == 0)
        let shards = try (1...5).map { i in
            let db = dir.appendingPathComponent("s\(i).sqlite").path
            let r = try CLI.run(sweep + ["--db", db, "--shard", "\(i)/5", "--threads", "\(i % 2 + 1)"])
            #expect(r.status == 0, "\(r.stderr)")
            return db
        }
        let all = dir.appendingPathComponent("all.sqlite").path
        #expect(try CLI.run(["merge"] + shards + ["-o", all, "--quiet"]).status == 0)
        let expected = try ShardCLITests.contents(one)
        #expect(try ShardCLITests.contents(all) == expected)
        #expect(expected.contains { $0.contains("channel: \"phone/business\", interval: 7") })
    }

    @Test func aSurgeReportsTheClassTargetsRecoveryToo() throws {
        let r = try CLI.run(["stress", Self.file, "--surge", "x2 09:00 30m", "--no-store", "--no-charts", "--replications", "4",
                             "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let recovery = try #require((doc["events"] as? [[String: Any]])?.first?["recovery"] as? [[String: Any]])
        #expect(recovery.map { $0["target"] as? String }
                == ["phone.sl(20s) >= 0.7", "phone/priority.p_abandon <= 5%", "phone/regular.p_abandon <= 10%"])
        // Twice the calls for half an hour: the regular callers' abandonment misses then.
        #expect(recovery[2]["missed_during_surge"] as? Bool == true, "\(recovery)")
    }

    @Test func aBadShareIsExitTwoAndWritesNothing() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("channelsim-classes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOfFile: Self.file, encoding: .utf8).replacingOccurrences(of: "share: 0.75", with: "share: 0.7")
        try text.write(to: dir.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["run", "s.yaml"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("channels.phone.classes: class shares sum to 0.95"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["s.yaml"])
    }
}
