import CSQLite
import Foundation
import ResultStore
import Testing

/// `channelsim results list|show|export|delete` on databases filled by `channelsim run`.
@Suite(.serialized) struct ResultsCLITests {
    /// A fresh directory with a database holding two `run`s of tiny.yaml (seeds 1 and 2).
    private func filledDatabase() throws -> (dir: URL, db: String) {
        let dir = try CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("r.sqlite").path
        for seed in ["1", "2"] {
            let r = try CLI.run(["run", CLI.scenario("tiny.yaml"), "--db", db, "--no-charts", "--quiet",
                                 "--replications", "2", "--seed", seed, "--format", "csv"])
            #expect(r.status == 0, "\(r.stderr)")
        }
        return (dir, db)
    }

    @Test func listShowsOneLinePerExperiment() throws {
        let (dir, db) = try filledDatabase()
        defer { try? FileManager.default.removeItem(at: dir) }
        let stored = try ResultDatabase(path: db).experiments()
        #expect(stored.map(\.id) == [1, 2])

        let table = try CLI.run(["results", "list", "--db", db])
        #expect(table.status == 0 && table.stderr.isEmpty)
        // Columns are padded to align; the last one is not.
        #expect(table.stdout.components(separatedBy: "\n") == [
            "id  kind  scenario  variants  replications  started_at            version",
            "--  ----  --------  --------  ------------  --------------------  -------",
            " 1  run   tiny      base                 2  \(stored[0].startedAt)  0.1.0",
            " 2  run   tiny      base                 2  \(stored[1].startedAt)  0.1.0",
            "",
        ])
        let csv = try CLI.run(["results", "list", "--db", db, "--format", "csv"])
        #expect(csv.stdout == "id,kind,scenario,variants,replications,started_at,version\n"
                + "1,run,tiny,base,2,\(stored[0].startedAt),0.1.0\n2,run,tiny,base,2,\(stored[1].startedAt),0.1.0\n")
        let json = try CLI.run(["results", "list", "--db", db, "--format", "json"])
        #expect(json.stdout == "[" + stored.map {
            #"{"id":\#($0.id),"kind":"run","scenario":"tiny","variants":["base"],"replications":2,"#
                + #""started_at":"\#($0.startedAt)","version":"0.1.0"}"#
        }.joined(separator: ",") + "]\n")
    }

    @Test func showPrintsProvenanceVariantsAndChannelSummaries() throws {
        let (dir, db) = try filledDatabase()
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try ResultDatabase(path: db)
        let experiment = try #require(try store.experiment(id: 2))
        let summaries = try store.summaries(runID: 2)

        let r = try CLI.run(["results", "show", "2", "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.components(separatedBy: "\n")
        #expect(Array(lines.prefix(13)) == [
            "experiment 2: run of tiny",
            "  command:       \(experiment.command)",
            "  scenario:      \(CLI.scenario("tiny.yaml"))",
            "  scenario hash: \(experiment.scenarioHash)",
            "  seed:          2",
            "  replications:  2",
            "  threads:       \(experiment.threads)",
            "  confidence:    0.95",
            "  started at:    \(experiment.startedAt)",
            "  wall time:     \(String(format: "%.2fs", experiment.wallSeconds ?? -1))",
            "  version:       0.1.0",
            "  baseline:      -",
            "  settings:      \(experiment.settings)",
        ])
        #expect(experiment.command.hasPrefix("channelsim run \(CLI.scenario("tiny.yaml")) --db "))
        #expect(experiment.settings.contains(#""targets":["chat.sl(60s) >= 0.8"]"#))
        #expect(lines[14] == "variants")
        #expect(lines[17].hasPrefix("  2  base     {}          \(experiment.startedAt)"))
        // The sl_target's verdict, then (no comparisons for a plain run) the summaries.
        #expect(lines[19] == "targets")
        #expect(lines[22].hasPrefix("base     chat.sl(60s) >= 0.8"))
        #expect(lines[24] == "summaries of base (channels, whole horizon, mean ± half-width)")
        #expect(lines[25].split(separator: " ") == ["metric", "chat", "phone"])
        var channelMetrics: [String] = []
        for row in summaries where row.channel == "chat" { channelMetrics.append(row.metric) }
        let shown = lines.dropFirst(27).filter { !$0.isEmpty }.map { String($0.split(separator: " ")[0]) }
        #expect(shown == channelMetrics)
        #expect(!r.stdout.contains("totals") && !r.stdout.contains("team/"))
    }

    @Test func exportHoldsEverySummaryRowExactly() throws {
        let (dir, db) = try filledDatabase()
        defer { try? FileManager.default.removeItem(at: dir) }
        let summaries = try ResultDatabase(path: db).summaries(runID: 1)
        #expect(summaries.count > 50)

        let csv = try CLI.run(["results", "export", "1", "--db", db, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "experiment,variant,channel,metric,mean,half_width,low,high,n,confidence")
        #expect(lines.count == summaries.count + 2 && lines.last == "")
        for (line, row) in zip(lines.dropFirst(), summaries) {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            #expect(Array(cells.prefix(4)) == ["1", "base", row.channel, row.metric], "\(line)")
            #expect([cells[4], cells[5], cells[6], cells[7]].map { Double($0) }
                    == [row.mean, row.halfWidth, row.low, row.high], "\(line)")
            #expect(cells[8] == String(row.n) && Double(cells[9]) == row.confidence, "\(line)")
        }
        // `show` in csv format prints the same.
        let show = try CLI.run(["results", "show", "1", "--db", db, "--format", "csv"])
        #expect(show.stdout == csv.stdout)

        let file = dir.appendingPathComponent("e.json").path
        let json = try CLI.run(["results", "export", "1", "--db", db, "--format", "json", "-o", file])
        #expect(json.status == 0 && json.stdout.isEmpty && json.stderr.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any]
        #expect(object.keys.sorted() == ["comparisons", "experiment", "summaries", "target_verdicts", "variants"])
        let experiment = object["experiment"] as! [String: Any]
        #expect(experiment["id"] as? Int == 1 && experiment["seed"] as? Int == 1 && experiment["kind"] as? String == "run")
        #expect((experiment["settings"] as? [String: Any])?["targets"] as? [String] == ["chat.sl(60s) >= 0.8"])
        let variants = object["variants"] as! [[String: Any]]
        #expect(variants.map { $0["name"] as? String } == ["base"] && variants[0]["run_id"] as? Int == 1)
        let rows = object["summaries"] as! [[String: Any]]
        #expect(rows.count == summaries.count)
        #expect(rows.map { $0["metric"] as? String } == summaries.map(\.metric))
        #expect((object["target_verdicts"] as! [[String: Any]]).map { $0["target"] as? String } == ["chat.sl(60s) >= 0.8"])
        #expect((object["comparisons"] as! [Any]).isEmpty)
    }

    @Test func deleteRemovesOneExperimentAndSaysWhich() throws {
        let (dir, db) = try filledDatabase()
        defer { try? FileManager.default.removeItem(at: dir) }

        let r = try CLI.run(["results", "delete", "1", "--db", db])
        #expect(r.status == 0 && r.stderr.isEmpty)
        #expect(r.stdout == "deleted experiment 1 (run of tiny; variant base) from \(db)\n")
        let store = try ResultDatabase(path: db)
        #expect(try store.experiments().map(\.id) == [2])
        #expect(try store.runs().map(\.id) == [2])
        #expect(try store.summaries(runID: 1).isEmpty && store.replicationMetrics(runID: 1).isEmpty)

        let again = try CLI.run(["results", "delete", "1", "--db", db])
        #expect(again.status == 2)
        #expect(again.stderr == "channelsim: results: no experiment 1 in \(db)\n")
    }
}
