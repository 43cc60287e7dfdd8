import Foundation
import Testing

/// `channelsim fit --trace`: a recorded day written as a trace and a replay scenario that
/// `run` accepts, with the day's own arrivals and agents present.
@Suite(.serialized) struct ReplayCLITests {
    static let february = "data/anonymous-bank-1999/02_February.txt.gz"

    @Test func oneDayBecomesAReplayThatRunsItsOwnCalls() throws {
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("feb3.yaml").path, trace = dir.appendingPathComponent("feb3.csv").path
        let r = try CLI.run(["fit", Self.february, "--from", "1999-02-03", "--to", "1999-02-03", "-o", out, "--trace", trace])
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

    @Test func aTraceNeedsOneChannelAndAWritablePath() throws {
        let dir = try CLI.temporaryDirectory()
        let r = try CLI.run(["fit", Self.february, "--trace", dir.path])
        #expect(r.status == 2 && r.stderr.contains("is a folder (expected a file name to write)"), "\(r.stderr)")
        let missing = try CLI.run(["fit", Self.february, "--trace", dir.appendingPathComponent("no/t.csv").path])
        #expect(missing.status == 2 && missing.stderr.contains("does not exist"), "\(missing.stderr)")
    }
}
