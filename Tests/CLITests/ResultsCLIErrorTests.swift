import CSQLite
import Foundation
import ResultStore
import Testing

/// `channelsim results`: experiments with verdicts and comparisons, and every error case.
@Suite(.serialized) struct ResultsCLIErrorTests {
    /// A compare-like experiment written through the store, as a future `compare` would.
    private func writeComparison(to db: String) throws {
        func run(_ name: String, asa: Double, parameters: String) -> RunRecord {
            RunRecord(scenarioName: "shop", scenarioPath: "shop.yaml", scenarioHash: "ab", strategy: name,
                      seed: 7, replications: 3, threads: 1, version: "0.2.0", startedAt: "2025-11-24T08:00:01Z",
                      wallSeconds: 1.5, command: "compare", replicationMetrics: [], intervalSeries: [],
                      summaries: [.init(channel: "chat", metric: "asa", mean: asa, halfWidth: 1.5, low: asa - 1.5,
                                        high: asa + 1.5, n: 3, confidence: 0.9),
                                  .init(channel: "totals", metric: "agent_cost", mean: 100, halfWidth: nil,
                                        low: nil, high: nil, n: 1, confidence: 0.9)],
                      parameters: parameters)
        }
        try ResultDatabase(path: db).write(ExperimentRecord(
            kind: "compare", scenarioName: "shop", scenarioPath: "shop.yaml", scenarioHash: "ab", seed: 7,
            replications: 3, threads: 1, version: "0.2.0", startedAt: "2025-11-24T08:00:00Z", wallSeconds: 3.25,
            command: "channelsim compare shop.yaml --baseline base", confidence: 0.9, baseline: "base",
            settings: #"{"targets":["chat.asa <= 30s"]}"#,
            variants: [run("base", asa: 40, parameters: "{}"), run("faster", asa: 20, parameters: #"{"aht":"4m"}"#)],
            targetVerdicts: [
                .init(variant: "base", position: 0, target: "chat.asa <= 30s", channel: "chat", metric: "asa",
                      comparison: .atMost, bound: 30, mean: 40, low: 38.5, high: 41.5, n: 3, verdict: .missed),
                .init(variant: "faster", position: 0, target: "chat.asa <= 30s", channel: "chat", metric: "asa",
                      comparison: .atMost, bound: 30, mean: 20, low: 18.5, high: 21.5, n: 3, verdict: .met),
            ],
            comparisons: [.init(variant: "faster", baseline: "base", channel: "chat", metric: "asa",
                                difference: -20, halfWidth: 2.25, low: -22.25, high: -17.75, n: 3, relative: -0.5,
                                pValue: 0.0031, adjustedP: 0.0062, verdict: .better)]))
    }

    @Test func showPrintsVerdictsAndComparisons() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite").path
        try writeComparison(to: db)

        let r = try CLI.run(["results", "show", "1", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.components(separatedBy: "\n") == [
            "experiment 1: compare of shop",
            "  command:       channelsim compare shop.yaml --baseline base",
            "  scenario:      shop.yaml",
            "  scenario hash: ab",
            "  seed:          7",
            "  replications:  3",
            "  threads:       1",
            "  confidence:    0.9",
            "  started at:    2025-11-24T08:00:00Z",
            "  wall time:     3.25s",
            "  version:       0.2.0",
            "  baseline:      base",
            #"  settings:      {"targets":["chat.asa <= 30s"]}"#,
            "",
            "variants",
            "run  variant  parameters    started_at            wall_s",
            "---  -------  ------------  --------------------  ------",
            "  1  base     {}            2025-11-24T08:00:01Z    1.50",
            #"  2  faster   {"aht":"4m"}  2025-11-24T08:00:01Z    1.50"#,
            "",
            "targets",
            "variant  target           mean   low  high  n  verdict",
            "-------  ---------------  ----  ----  ----  -  -------",
            "base     chat.asa <= 30s    40  38.5  41.5  3  missed",
            "faster   chat.asa <= 30s    20  18.5  21.5  3  met",
            "",
            "comparisons",
            "variant  baseline  channel  metric  difference  half_width  relative       p  adjusted_p  verdict",
            "-------  --------  -------  ------  ----------  ----------  --------  ------  ----------  -------",
            "faster   base      chat     asa            -20        2.25      -0.5  0.0031      0.0062  better",
            "",
            "summaries of base (channels, whole horizon, mean ± half-width)",
            "metric      chat",
            "------  --------",
            "asa     40 ± 1.5",
            "",
            "summaries of faster (channels, whole horizon, mean ± half-width)",
            "metric      chat",
            "------  --------",
            "asa     20 ± 1.5",
            "",
        ])

        let json = try CLI.run(["results", "export", "1", "--db", db, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let verdicts = object["target_verdicts"] as! [[String: Any]]
        #expect(verdicts.map { $0["verdict"] as? String } == ["missed", "met"])
        #expect(verdicts.map { $0["comparison"] as? String } == ["<=", "<="])
        let comparison = try #require((object["comparisons"] as! [[String: Any]]).first)
        #expect(comparison["variant"] as? String == "faster" && comparison["baseline"] as? String == "base")
        #expect(comparison["p_value"] as? Double == 0.0031 && comparison["relative"] as? Double == -0.5)
        let variants = object["variants"] as! [[String: Any]]
        #expect((variants[1]["parameters"] as? [String: Any])?["aht"] as? String == "4m")
        #expect((object["experiment"] as! [String: Any])["baseline"] as? String == "base")
    }

    @Test func unknownIdIsBadInput() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite").path
        try writeComparison(to: db)
        for command in [["show", "9"], ["export", "9"], ["export", "9", "--format", "json"], ["delete", "9"]] {
            let r = try CLI.run(["results"] + command + ["--db", db])
            #expect(r.status == 2 && r.stdout.isEmpty, "\(command)")
            #expect(r.stderr == "channelsim: results: no experiment 9 in \(db)\n", "\(command)")
        }
        let bad = try CLI.run(["results", "show", "abc", "--db", db])
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("channelsim: Error: The value 'abc' is invalid for '<id>'\n"))
    }

    @Test func missingDatabaseIsBadInputAndIsNotCreated() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("missing/none.sqlite").path
        for command in [["list"], ["show", "1"], ["export", "1"], ["delete", "1"]] {
            let r = try CLI.run(["results"] + command + ["--db", db])
            #expect(r.status == 2, "\(command)")
            #expect(r.stderr == "channelsim: results: no result database at \(db)\n", "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("missing").path))
        let directory = try CLI.run(["results", "list", "--db", dir.path])
        #expect(directory.status == 2)
        #expect(directory.stderr == "channelsim: results: \(dir.path) is a directory, not a result database\n")
    }

    @Test func fileThatIsNotADatabaseIsBadInput() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("notes.sqlite").path
        try Data(repeating: 0x42, count: 4096).write(to: URL(fileURLWithPath: db))
        let r = try CLI.run(["results", "list", "--db", db])
        #expect(r.status == 2)
        #expect(r.stderr == "channelsim: results: cannot open result database '\(db)': "
                + "PRAGMA user_version: file is not a database\n")
    }

    @Test func newerSchemaIsBadInputWithTheStoresMessage() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("future.sqlite").path
        try writeComparison(to: db)
        var handle: OpaquePointer?
        #expect(sqlite3_open(db, &handle) == SQLITE_OK)
        #expect(sqlite3_exec(handle, "PRAGMA user_version = 7", nil, nil, nil) == SQLITE_OK)
        sqlite3_close(handle)

        let r = try CLI.run(["results", "show", "1", "--db", db])
        #expect(r.status == 2)
        #expect(r.stderr == "channelsim: results: \(db): result database schema: database has schema version 7, "
                + "but this channelsim understands up to 2; use a newer channelsim or another database file\n")
    }

    @Test func unwritableExportFileIsARuntimeFailure() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("c.sqlite").path
        try writeComparison(to: db)
        let target = dir.appendingPathComponent("no/such/dir/e.csv").path
        let r = try CLI.run(["results", "export", "1", "--db", db, "-o", target])
        #expect(r.status == 3)
        #expect(r.stderr.hasPrefix("channelsim: results: cannot write \(target): "))
    }
}

/// A result database another process holds: found before anything is simulated, exit 2.
@Suite(.serialized) struct LockedDatabaseCLITests {
    @Test func aLockedDatabaseIsBadInputBeforeSimulating() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path
        let first = try CLI.run(["run", CLI.scenario("tiny.yaml"), "--db", db, "--no-charts", "--quiet"])
        #expect(first.status == 0, "\(first.stderr)")
        // This test process takes the write lock (another process to channelsim) and keeps it.
        var handle: OpaquePointer?
        #expect(sqlite3_open(db, &handle) == SQLITE_OK)
        defer { sqlite3_close(handle) }
        #expect(sqlite3_exec(handle, "BEGIN IMMEDIATE", nil, nil, nil) == SQLITE_OK)
        let r = try CLI.run(["run", CLI.scenario("tiny.yaml"), "--db", db, "--no-charts", "--quiet"])
        #expect(sqlite3_exec(handle, "ROLLBACK", nil, nil, nil) == SQLITE_OK)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("locked by another process") && r.stderr.contains("nothing was simulated or written"), "\(r.stderr)")
        let list = try CLI.run(["results", "list", "--db", db, "--format", "csv"])
        #expect(list.stdout.split(separator: "\n").count == 2, "\(list.stdout)")   // header and the first run only
    }
}
