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
        #expect(rows.first == "time,handle,patience" && rows.count == 1 + 1288 + 226)
        #expect(rows.dropFirst().allSatisfy { $0.hasPrefix("1999-02-03 ") })
        // Served rows carry a handle time, abandoners a patience, never both.
        #expect(rows.dropFirst().filter { $0.hasSuffix(",") }.count == 1288)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.contains("      trace: \"feb3.csv\"\n      start_date: \"1999-02-03\""))
        #expect(text.contains("      use: [handle]") && text.contains("days: 1 }") && !text.contains("daily_volume"))
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
        #expect(outputs[0] == outputs[1] && outputs[0].hasPrefix("time,handle,patience\n"))
        let help = try CLI.run(["fit", "--help"])
        #expect(help.stdout.contains("--replay") && !help.stdout.contains("--trace"))
    }
}
