import Foundation
import Testing

/// `channelsim fit` on logs that are wrong in one way each (issue 13's bad-input list): a
/// time that does not parse names file:line and the value (exit 2, nothing written); a log
/// without served or without abandoned contacts fits the rest and says which estimate it
/// cannot make (exit 0).
@Suite(.serialized) struct FitBadLogCLITests {
    /// A generic log of `rows` (arrival, outcome, wait, handle, agent) on 2024-03-04, two a
    /// quarter hour from 09:00, every third abandoned.
    static func log(in dir: URL, name: String = "log.csv", header: String = "arrival,outcome,wait,handle,agent",
                    rows: Int = 60, edit: (inout [String]) -> Void = { _ in }) throws -> String {
        var lines = [header]
        for i in 0..<rows {
            let minute = i * 450 / 60, second = i * 450 % 60
            let time = "2024-03-04 \(9 + minute / 60):\(String(format: "%02d:%02d", minute % 60, second))"
            lines.append(i % 3 == 2 ? "\(time),abandoned,\(30 + i),," : "\(time),served,\(i % 7 * 10),\(120 + i * 3),a\(i % 4)")
        }
        edit(&lines)
        let path = dir.appendingPathComponent(name).path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The outputs a fit may write: none of them may exist after a refused log.
    static func outputs(_ dir: URL) -> [String] {
        ["x.yaml", "plots", "i.csv", "r.csv"].map { dir.appendingPathComponent($0).path }
    }

    static func fit(_ log: String, _ dir: URL, _ extra: [String] = [], replay: Bool = true) throws -> CLIResult {
        let o = outputs(dir)
        return try CLI.run(["fit", "--layout", "generic", log, "-o", o[0], "--plots", o[1], "--intervals-csv", o[2]]
                           + (replay ? ["--replay", o[3]] : []) + extra)
    }

    @Test func aTimeThatDoesNotParseNamesFileLineAndValue() throws {
        let dir = try CLI.temporaryDirectory()
        let bad = try Self.log(in: dir) { $0[7] = "2024-03-04 nine o'clock,served,10,100,a1" }
        let r = try Self.fit(bad, dir)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr == "channelsim: \(bad):8: arrival '2024-03-04 nine o'clock' is not a time (expected YYYY-MM-DD HH:MM:SS)\n",
                "\(r.stderr)")
        // Date and time in two columns: the column that fails is the one named.
        let split = try Self.log(in: dir, name: "split.csv", header: "date,time,outcome,wait,handle", rows: 3) { lines in
            lines = [lines[0], "2024-03-04,09:00:00,served,10,100", "2024-03-04,9h30,served,10,100", "2024-13-04,10:00,served,5,90"]
        }
        let s = try Self.fit(split, dir)
        #expect(s.status == 2 && s.stderr == "channelsim: \(split):3: time '9h30' is not a time (expected H:MM or H:MM:SS)\n", "\(s.stderr)")
        for path in Self.outputs(dir) { #expect(!FileManager.default.fileExists(atPath: path), "\(path)") }
    }

    @Test func aMissingOrUnreadableLogAndAWrongMapExitTwo() throws {
        let dir = try CLI.temporaryDirectory()
        let good = try Self.log(in: dir)
        let garbage = dir.appendingPathComponent("garbage.gz").path
        try Data([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: garbage))
        let cases: [([String], String)] = [
            ([dir.appendingPathComponent("none.csv").path], "none.csv: file does not exist"),
            ([dir.path], "is a folder (expected a contact log file)"),
            ([garbage], "garbage.gz: cannot be read"),
            ([good, "--map", "wait=queue_s"], "no column 'queue_s' for field 'wait' (mapped by --map wait=queue_s) in the header "
                + "(columns: arrival, outcome, wait, handle, agent"),
        ]
        for (args, message) in cases {
            let r = try Self.fit(args[0], dir, Array(args.dropFirst()))
            #expect(r.status == 2 && r.stderr.hasPrefix("channelsim: ") && r.stderr.contains(message), "\(args): \(r.stderr)")
            for path in Self.outputs(dir) { #expect(!FileManager.default.fileExists(atPath: path), "\(path)") }
        }
        // A header without a needed column names it and lists the header.
        let noWait = try Self.log(in: dir, name: "nowait.csv", header: "arrival,outcome,queue,handle,agent")
        let r = try Self.fit(noWait, dir)
        #expect(r.status == 2 && r.stderr.contains("'wait'") && r.stderr.contains("arrival, outcome, queue, handle, agent"), "\(r.stderr)")
    }

    @Test func aLogWithoutServedOrAbandonedFitsTheRestAndSaysWhich() throws {
        let dir = try CLI.temporaryDirectory()
        let noAbandon = try Self.log(in: dir, name: "served.csv") { $0 = $0.filter { !$0.contains("abandoned") } }
        let a = try Self.fit(noAbandon, dir, replay: false)
        #expect(a.status == 0, "\(a.stderr)")
        #expect(a.stderr == "channelsim: warning: channel contacts: no abandonment observed: patience cannot be estimated "
            + "(the scenario says patience: none)\n", "\(a.stderr)")
        let scenario = try String(contentsOfFile: Self.outputs(dir)[0], encoding: .utf8)
        #expect(scenario.contains("    patience: none") && scenario.contains("handle: { "), "\(scenario)")

        let noServed = try Self.log(in: dir, name: "abandoned.csv") { $0 = [$0[0]] + $0.filter { $0.contains("abandoned") } }
        let s = try Self.fit(noServed, dir, replay: false)
        #expect(s.status == 0, "\(s.stderr)")
        #expect(s.stderr == "channelsim: warning: channel contacts: 0 served contact(s): handle time cannot be estimated "
            + "(the scenario's handle is a placeholder of 5 minutes)\n", "\(s.stderr)")
        #expect(s.stdout.contains("  handle time: 0 served contact(s): handle time cannot be estimated"))
        let text = try String(contentsOfFile: Self.outputs(dir)[0], encoding: .utf8)
        #expect(text.contains("    handle: 5m") && text.contains("    patience: { "), "\(text)")
        // The scenario written still runs.
        let run = try CLI.run(["run", Self.outputs(dir)[0], "--replications", "2", "--no-store", "--no-charts", "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
    }
}
