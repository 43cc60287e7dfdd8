import Foundation
import Testing

/// `channelsim fit --replay`: a recorded day written as a trace and a replay scenario that
/// `run` accepts, with the day's own arrivals and agents present.
@Suite(.serialized) struct ReplayCLITests {
    static let february = "data/anonymous-bank-1999/02_February.txt.gz"

    @Test func oneDayBecomesAReplayThatRunsItsOwnCalls() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("feb3.yaml").path, trace = dir.appendingPathComponent("feb3.csv").path
        let r = try CLI.run(["fit", Self.february, "--from", "1999-02-03", "--to", "1999-02-03", "-o", out, "--replay", trace])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("served 1,288, abandoned 226"))
        let rows = try String(contentsOfFile: trace, encoding: .utf8).split(separator: "\n")
        // The bank's calls are classed by type (the default): a class column.
        #expect(rows.first == "time,handle,patience,class" && rows.count == 1 + 1288 + 226)
        #expect(rows.dropFirst().allSatisfy { $0.hasPrefix("1999-02-03 ") })
        // Served rows carry a handle time, abandoners a patience, never both; every row a class.
        let cells = rows.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(cells.filter { !$0[1].isEmpty && $0[2].isEmpty }.count == 1288 && cells.filter { $0[1].isEmpty && !$0[2].isEmpty }.count == 226)
        #expect(cells.allSatisfy { $0.count == 4 && ["IN", "NE", "NW", "PE", "PS", "TT"].contains(String($0[3])) })
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("      trace: \"feb3.csv\"\n      start_date: \"1999-02-03\""))
        #expect(text.contains("      use: [handle, class]") && text.contains("days: 1 }") && !text.contains("daily_volume"))
        #expect(text.contains("    classes:   # by type"))
        // Every call is offered in the replay, whatever the seed: they are the record's.
        let run = try CLI.run(["run", out, "--replications", "2", "--no-store", "--no-charts", "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("base,phone,all,,offered,1514.0,0.0,1514.0,1514.0,2"), "\(run.stdout.prefix(600))")
    }

    @Test func aReplayNeedsOneChannelAndAWritablePath() throws {
        let dir = try CLI.temporaryDirectory()
        let r = try CLI.run(["fit", Self.february, "--replay", dir.path])
        #expect(r.status == 2 && r.stderr.contains("is a folder (expected a file name to write)"), "\(r.stderr)")
        let missing = try CLI.run(["fit", Self.february, "--replay", dir.appendingPathComponent("no/t.csv").path])
        #expect(missing.status == 2 && missing.stderr.contains("does not exist"), "\(missing.stderr)")
        let both = try CLI.run(["fit", Self.february, "--replay", dir.appendingPathComponent("a.csv").path,
                                "--trace", dir.appendingPathComponent("b.csv").path])
        #expect(both.status == 2 && both.stderr.contains("--trace is the old name of --replay: give one of them"), "\(both.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).isEmpty)
    }

    /// `fit --trace` is the old name of `--replay`: the same files, and a one-line notice.
    @Test func theOldFlagNameStillWritesTheSameReplay() throws {
        let dir = try CLI.temporaryDirectory()
        var outputs: [String] = []
        for flag in ["--replay", "--trace"] {
            let csv = dir.appendingPathComponent("\(flag.dropFirst(2)).csv").path
            let r = try CLI.run(["fit", Self.february, "--from", "1999-02-03", "--to", "1999-02-03", flag, csv])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr == (flag == "--trace" ? "fit --trace is deprecated: use --replay (the same file)\n" : ""))
            outputs.append(try String(contentsOfFile: csv, encoding: .utf8))
        }
        #expect(outputs[0] == outputs[1] && outputs[0].hasPrefix("time,handle,patience,class\n"))
        let help = try CLI.run(["fit", "--help"])
        #expect(help.stdout.contains("--replay") && !help.stdout.contains("--trace"))
    }
}

/// `arrivals: { trace: FILE }` with a bad trace (issue 13's bad-input list): `validate` and
/// `run` exit 2 with the trace's file and line, and `run` writes nothing.
@Suite struct ReplayBadTraceCLITests {
    static func scenario(in dir: URL, trace: String?) throws -> String {
        if let trace { try trace.write(to: dir.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8) }
        let path = dir.appendingPathComponent("s.yaml").path
        try """
            name: replay
            horizon: { start: "09:00", end: "11:00", interval: 1h, days: 2 }
            channels: { phone: { arrivals: { trace: t.csv, start_date: "1999-04-01" }, handle: 3m, patience: 2m } }
            teams: { t: { skills: [phone], headcount: 4 } }
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: [
        (nil as String?, "cannot read trace file 't.csv'"),
        ("when,handle\n1999-04-01 09:00:00,60\n", "'t.csv' has no column 'time' in its header (columns: when, handle)"),
        ("time\n1999-04-01 09:00:00\n1999-04-01 9h30\n", "line 3 of 't.csv': time '1999-04-01 9h30' is neither YYYY-MM-DD HH:MM:SS nor seconds"),
        ("time,handle\n1999-04-01 09:00:00,abc\n", "line 2 of 't.csv': handle 'abc' is not seconds ≥ 0"),
        ("time\n1999-04-01 10:00:00\n1999-04-01 09:30:00\n", "line 3 of 't.csv': time '1999-04-01 09:30:00' is before line 2's '1999-04-01 10:00:00' (expected rows in time order"),
        ("time\n1999-04-01 09:00:00\n1999-04-01 12:00:00\n1999-04-05 09:00:00\n", "'t.csv' has 2 row(s) outside the horizon's days and hours (first: line 3, 1999-04-01 12:00:00)"),
        ("time\n60\n50000\n", "line 3 of 't.csv': time '50000' (50000.0s) is outside the horizon's windows"),
    ])
    func aBadTraceExitsTwoNamingTheLine(trace: String?, message: String) throws {
        let dir = try CLI.temporaryDirectory()
        let file = try Self.scenario(in: dir, trace: trace)
        let validate = try CLI.run(["validate", file])
        #expect(validate.status == 2 && validate.stderr.hasPrefix("channelsim: \(file):3:") && validate.stderr.contains(message),
                "\(validate.stderr)")
        let db = dir.appendingPathComponent("r.sqlite").path, plots = dir.appendingPathComponent("plots").path
        let events = dir.appendingPathComponent("e.jsonl").path
        let run = try CLI.run(["run", file, "--db", db, "--plots", plots, "--trace", events])
        #expect(run.status == 2 && run.stderr == validate.stderr, "\(run.stderr)")
        for path in [db, plots, events] { #expect(!FileManager.default.fileExists(atPath: path), "\(path)") }
    }
}
