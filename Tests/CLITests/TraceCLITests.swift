import Foundation
import Testing

/// `run --trace`: the file, its formats, the figures untouched, bad input refused.
@Suite struct TraceCLITests {
    static let common = ["--no-store", "--no-charts", "--quiet", "--threads", "2"]

    @Test func aTraceLeavesTheRunsJSONByteIdentical() throws {
        let dir = try CLI.temporaryDirectory()
        let trace = dir.appendingPathComponent("shop.jsonl").path
        let plain = try CLI.run(["run", CLI.scenario("shop.yaml"), "--format", "json"] + Self.common)
        let traced = try CLI.run(["run", CLI.scenario("shop.yaml"), "--format", "json", "--trace", trace,
                                  "--trace-replication", "2"] + Self.common)
        #expect(plain.status == 0 && traced.status == 0, "\(traced.stderr)")
        #expect(traced.stdout == plain.stdout)
        let lines = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n")
        #expect(lines.count > 10)
        var times: [Double] = []
        var kinds = Set<String>()
        for l in lines {
            let o = try JSONSerialization.jsonObject(with: Data(l.utf8)) as? [String: Any]
            times.append(o?["t"] as? Double ?? -1)
            kinds.insert(o?["event"] as? String ?? "")
        }
        #expect(times == times.sorted() && times.first.map { $0 >= 0 } == true)
        #expect(kinds.isSuperset(of: ["visitor_arrived", "channel_chosen", "arrived", "answered", "end", "visitor_end"]))
        // No temporary file is left beside the trace.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["shop.jsonl"])
    }

    @Test func csvIsOneRowPerContact() throws {
        let dir = try CLI.temporaryDirectory()
        let csv = dir.appendingPathComponent("t.csv").path, jsonl = dir.appendingPathComponent("t.jsonl").path
        let a = try CLI.run(["run", CLI.scenario("shop.yaml"), "--trace", csv, "--trace-format", "csv"] + Self.common)
        let b = try CLI.run(["run", CLI.scenario("shop.yaml"), "--trace", jsonl] + Self.common)
        #expect(a.status == 0 && b.status == 0, "\(a.stderr)\(b.stderr)")
        let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
        let arrivals = try String(contentsOfFile: jsonl, encoding: .utf8).split(separator: "\n")
            .filter { $0.contains(#""event":"arrived""#) }
        #expect(rows.first.map(String.init) == "contact,visitor,channel,arrival_t,arrival_clock,answered_t,wait,"
            + "callback_offered,callback,customer_messages,agent_replies,end_t,end_clock,outcome,team,agent,synthetic_messages,transferred_to")
        #expect(rows.count == 1 + arrivals.count && arrivals.count > 0)
    }

    @Test func badTraceInputExitsTwoWithNothingWritten() throws {
        let dir = try CLI.temporaryDirectory()
        let trace = dir.appendingPathComponent("t.jsonl").path
        let beyond = try CLI.run(["run", CLI.scenario("shop.yaml"), "--trace", trace, "--trace-replication", "3"] + Self.common)
        #expect(beyond.status == 2 && beyond.stderr.contains("--trace-replication 3 is beyond the 3 replications"), "\(beyond.stderr)")
        let unwritable = try CLI.run(["run", CLI.scenario("shop.yaml"), "--trace",
                                      dir.appendingPathComponent("no/t.jsonl").path] + Self.common)
        #expect(unwritable.status == 2 && unwritable.stderr.contains("cannot write there"), "\(unwritable.stderr)")
        let folder = try CLI.run(["run", CLI.scenario("shop.yaml"), "--trace", dir.path] + Self.common)
        #expect(folder.status == 2 && folder.stderr.contains("is a folder"), "\(folder.stderr)")
        let alone = try CLI.run(["run", CLI.scenario("shop.yaml"), "--trace-format", "csv"] + Self.common)
        #expect(alone.status == 2 && alone.stderr.contains("need --trace FILE"), "\(alone.stderr)")
        let negative = try CLI.run(["run", CLI.scenario("shop.yaml"), "--trace", trace, "--trace-replication", "-1"] + Self.common)
        #expect(negative.status == 2, "\(negative.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
        // Nor a temporary file beside the folder given as --trace.
        let siblings = try FileManager.default.contentsOfDirectory(atPath: dir.deletingLastPathComponent().path)
        #expect(!siblings.contains { $0.hasPrefix(dir.lastPathComponent + ".tmp-") })
    }

    /// shop.yaml's chat is fluid: its messages are synthesised (flagged) unless
    /// `--trace-exchange-every 0s`; every answer names its team and agent.
    @Test func fluidChatsGetSyntheticMessagesAndAnswersNameTheAgent() throws {
        let dir = try CLI.temporaryDirectory()
        let path = dir.appendingPathComponent("t.jsonl").path
        func lines(_ extra: [String]) throws -> [String] {
            let r = try CLI.run(["run", CLI.scenario("shop.yaml"), "--trace", path] + extra + Self.common)
            #expect(r.status == 0, "\(r.stderr)")
            return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        let synthetic = try lines([]).filter { $0.contains(#""synthetic":true"#) }
        #expect(!synthetic.isEmpty && synthetic.allSatisfy { $0.contains(#""channel":"chat""#) })
        let none = try lines(["--trace-exchange-every", "0s"])
        #expect(!none.contains { $0.contains("synthetic") || $0.contains("customer_message") })
        let answered = none.filter { $0.contains(#""event":"answered""#) }
        #expect(!answered.isEmpty && answered.allSatisfy { $0.contains(#","team":""#) && $0.contains(#","agent":"#) })
        let bad = try CLI.run(["run", CLI.scenario("shop.yaml"), "--trace", dir.appendingPathComponent("b.jsonl").path,
                               "--trace-exchange-every", "-5s"] + Self.common)
        #expect(bad.status == 2 && bad.stderr == "channelsim: --trace-exchange-every: '-5s' must not be negative (expected e.g. 60s)\n",
                "\(bad.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["t.jsonl"])
    }

    /// The replay scripts of deploy/loadtest parse (node only if it is installed).
    @Test func loadTestScriptsParse() throws {
        let root = CLI.repositoryRoot.appendingPathComponent("deploy/loadtest")
        let py = try CLI.runTool("/usr/bin/env", ["python3", "-m", "py_compile", root.appendingPathComponent("locustfile.py").path])
        #expect(py.status == 0, "\(py.stderr)")
        let which = try CLI.runTool("/usr/bin/env", ["sh", "-c", "command -v node"])
        if which.status == 0 {
            let js = try CLI.runTool("/usr/bin/env", ["node", "--check", root.appendingPathComponent("k6-replay.js").path])
            #expect(js.status == 0, "\(js.stderr)")
        } else {
            print("node is not installed: k6-replay.js not checked")
        }
        let jmx = try String(contentsOf: root.appendingPathComponent("jmeter-replay.jmx"), encoding: .utf8)
        #expect(jmx.contains("CSVDataSet") && jmx.contains("contact,visitor,channel"))
    }
}
