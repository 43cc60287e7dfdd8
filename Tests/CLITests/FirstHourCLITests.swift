import Foundation
import Testing

/// What a new planner meets in the first hour: a mistyped command, a flag value without its
/// unit, a team size beyond the machine, one replication, and installing the binary.
@Suite(.serialized) struct FirstHourCLITests {
    static let commands = "commands: validate, run, compare, sweep, stress, staff, check, fit, erlang, bench, results, merge, plot (channelsim --help describes them)\n"

    @Test func unknownCommandsAreNamedWithASuggestion() throws {
        let typo = try CLI.run(["rnu", "x.yaml"])
        #expect(typo.status == 2)
        #expect(typo.stdout.isEmpty)
        #expect(typo.stderr == "channelsim: unknown command 'rnu' (did you mean 'run'?)\n" + Self.commands)
        // Every command the design names exists now: `staff` reaches its own argument checks.
        let staff = try CLI.run(["staff", "x.yaml"])
        #expect(staff.status == 2 && staff.stderr.hasPrefix("channelsim: x.yaml:1:1: (file): file does not exist"))
        let file = try CLI.run(["x.yaml"])
        #expect(file.status == 2 && file.stderr.hasPrefix("channelsim: unknown command 'x.yaml' (did you mean 'channelsim run x.yaml'?)\n"))
        let sub = try CLI.run(["erlang", "chta", "--rate", "2/min"])
        #expect(sub.status == 2)
        #expect(sub.stderr == "channelsim: unknown command 'erlang chta' (did you mean 'erlang chat'?)\n"
                + "commands: erlang b, erlang c, erlang a, erlang chat (channelsim erlang --help describes them)\n")
        let results = try CLI.run(["results", "lsit"])
        #expect(results.status == 2 && results.stderr.hasPrefix("channelsim: unknown command 'results lsit' (did you mean 'results list'?)\n"))
        // Known commands, help and flags still go to the parser.
        #expect(try CLI.run(["help", "run"]).status == 0)
        #expect(try CLI.run(["--version"]).stdout == "0.1.0\n")
    }

    /// Every duration and rate flag of every command: why the value is wrong, in one line naming the flag.
    @Test func flagValuesSayWhyTheyAreWrong() throws {
        let units = "ms; s, sec, second(s); m, min, minute(s); h, hr, hour(s); d, day(s)"
        let c = ["erlang", "c", "--rate", "2/min", "--aht", "4m", "--agents", "10"]
        let cases: [([String], String)] = [
            (["erlang", "b", "--rate", "-2/min", "--aht", "4m", "--agents", "10"], "--rate: '-2/min' must not be negative (expected e.g. 2/min)"),
            (["erlang", "b", "--rate", "2/min", "--aht", "abc", "--agents", "10"], "--aht: 'abc' is not a duration (expected e.g. 4m; units: \(units))"),
            (["erlang", "c", "--rate", "2", "--aht", "4m", "--agents", "10"], "--rate: '2' has no unit (expected COUNT/UNIT, e.g. 2/min or 2/h)"),
            (["erlang", "c", "--rate", "0/min", "--aht", "4m", "--agents", "10"], "--rate: '0/min' must be positive (expected e.g. 2/min)"),
            (["erlang", "c", "--rate", "2/fortnight", "--aht", "4m", "--agents", "10"],
             "--rate: '2/fortnight': 'fortnight' is not a unit of time (expected one of: \(units), or a duration such as 15m)"),
            (["erlang", "c", "--rate", "2/min", "--aht", "0s", "--agents", "10"], "--aht: '0s' must be positive (expected e.g. 4m)"),
            (c + ["--sl-time", "90"], "--sl-time: '90' has no unit (expected 90s, or 90m for minutes)"),
            (["erlang", "c", "--rate", "2/min", "--aht", "4m", "--target-asa", "30 fortnights"],
             "--target-asa: '30 fortnights': 'fortnights' is not a unit of time (expected one of: \(units))"),
            (["erlang", "a", "--rate", "abc", "--aht", "4m", "--patience", "2m", "--agents", "10"],
             "--rate: 'abc' is not a rate (expected COUNT/UNIT, e.g. 2/min; units: \(units))"),
            (["erlang", "a", "--rate", "2/min", "--aht", "4", "--patience", "2m", "--agents", "10"], "--aht: '4' has no unit (expected 4s, or 4m for minutes)"),
            (["erlang", "a", "--rate", "2/min", "--aht", "4m", "--patience", "-2m", "--agents", "10"], "--patience: '-2m' must not be negative (expected e.g. 2m)"),
            (["erlang", "chat", "--rate", "2/min", "--aht", "4m", "--patience", "0s", "--agents", "10"], "--patience: '0s' must be positive (expected e.g. 90s)"),
            (["erlang", "chat", "--rate", "2/min", "--aht", "4m", "--sl-time", "-1s", "--agents", "10"], "--sl-time: '-1s' must not be negative (expected e.g. 20s)"),
            (["run", CLI.scenario("tiny.yaml"), "--warmup", "90"], "--warmup: '90' has no unit (expected 90s, or 90m for minutes)"),
            (["compare", CLI.scenario("pair.yaml"), "--warmup", "soon"], "--warmup: 'soon' is not a duration (expected e.g. 2h, or auto; units: \(units))"),
        ]
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path, plots = dir.appendingPathComponent("plots").path
        for (args, message) in cases {
            let extra = args[0] == "erlang" ? [] : ["--db", db, "--plots", plots]
            let r = try CLI.run(args + extra)
            #expect(r.status == 2, "\(args)")
            #expect(r.stderr == "channelsim: \(message)\n", "\(args)")
            #expect(r.stdout.isEmpty, "\(args)")
        }
        #expect(!FileManager.default.fileExists(atPath: db) && !FileManager.default.fileExists(atPath: plots))
    }

    @Test func durationFlagsTakeUnitWords() throws {
        let short = try CLI.run(["erlang", "a", "--rate", "120/h", "--aht", "4m", "--patience", "2m", "--agents", "10", "--sl-time", "20s", "--format", "json"])
        let words = try CLI.run(["erlang", "a", "--rate", "120/hours", "--aht", "4 minutes", "--patience", "0.0333333333333333333 hours",
                                 "--agents", "10", "--sl-time", "20 seconds", "--format", "json"])
        #expect(short.status == 0 && words.status == 0)
        let a = try JSONSerialization.jsonObject(with: Data(short.stdout.utf8)) as! [String: Any]
        let b = try JSONSerialization.jsonObject(with: Data(words.stdout.utf8)) as! [String: Any]
        for key in ["p_wait", "p_abandon", "asa_answered_s", "sl_offered"] {
            #expect(abs((a[key] as! Double) - (b[key] as! Double)) < 1e-9, "\(key)")
        }
    }

    @Test func threadsAboveTheCoresAreCappedWithANote() throws {
        let many = try CLI.run(["run", CLI.scenario("tiny.yaml"), "--threads", "100000", "--no-store", "--no-charts"])
        let one = try CLI.run(["run", CLI.scenario("tiny.yaml"), "--threads", "1", "--no-store", "--no-charts"])
        #expect(many.status == 0 && one.status == 0)
        #expect(many.stdout == one.stdout)
        let note = many.stderr.split(separator: "\n").filter { $0.contains("--threads") }
        #expect(note.count == 1)
        #expect(note.first?.hasPrefix("channelsim: note: --threads 100000 is more than the ") == true)
        #expect(note.first?.hasSuffix("(results do not depend on the thread count)") == true)
        #expect(!one.stderr.contains("note:"))
        let quiet = try CLI.run(["run", CLI.scenario("tiny.yaml"), "--threads", "100000", "--no-store", "--no-charts", "--quiet"])
        #expect(quiet.status == 0 && quiet.stderr.isEmpty)
    }

    @Test func oneReplicationSaysThereIsNoInterval() throws {
        let run = try CLI.run(["run", CLI.scenario("tiny.yaml"), "--replications", "1", "--no-store", "--no-charts"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("tiny: 1 replication, seed 5, no confidence intervals (one replication cannot give one)\n"))
        let compare = try CLI.run(["compare", CLI.scenario("pair.yaml"), "--replications", "1", "--no-store", "--no-charts"])
        #expect(compare.status == 0)
        #expect(compare.stdout.hasPrefix("pair: 2 strategies against base, 1 replication, seed 21, "
                                         + "no confidence intervals (one replication cannot give one)\n"))
    }

    @Test func makeInstallPutsTheBinaryUnderPrefix() throws {
        let make = try CLI.runTool("/usr/bin/env", ["make", "-n", "-C", CLI.repositoryRoot.path, "install", "PREFIX=/opt/cs"])
        #expect(make.status == 0)
        #expect(make.stdout.contains("install -d \"/opt/cs/bin\""))
        #expect(make.stdout.contains("install -m 755 .build/release/channelsim \"/opt/cs/bin/channelsim\""))
        #expect(make.stdout.contains("build -c release --product channelsim"))
        let test = try CLI.runTool("/usr/bin/env", ["make", "-n", "-C", CLI.repositoryRoot.path, "test"])
        #expect(test.stdout.contains("test -c release --disable-xctest"))
    }
}
