import Foundation
import Testing

/// `channelsim check` from the command line: accept, pass, stale, missing, corrupt, and the
/// JUnit and markdown reports read back by real parsers.
@Suite(.serialized) struct CheckCLITests {
    /// A folder `ci` holding a copy of Scenarios/ci/chat-fluid.yaml, and a baselines folder.
    static func workspace() throws -> (dir: URL, scenario: URL, baselines: String) {
        let dir = try CLI.temporaryDirectory()
        let ci = dir.appendingPathComponent("ci")
        try FileManager.default.createDirectory(at: ci, withIntermediateDirectories: true)
        let scenario = ci.appendingPathComponent("chat-fluid.yaml")
        try FileManager.default.copyItem(at: CLI.repositoryRoot.appendingPathComponent("Scenarios/ci/chat-fluid.yaml"), to: scenario)
        return (dir, scenario, dir.appendingPathComponent("baselines").path)
    }

    @Test func acceptThenCheckIsIdenticalAndReportsParse() throws {
        let (dir, scenario, baselines) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        let missing = try CLI.run(["check", scenario.path, "--baselines", baselines, "--quiet"])
        #expect(missing.status == 1 && missing.stdout.contains("ci/chat-fluid  missing"))
        #expect(missing.stderr.contains("check: 1 of 1 scenario failed"))
        let accepted = try CLI.run(["check", "--accept", scenario.path, "--baselines", baselines, "--quiet"])
        #expect(accepted.status == 0, "\(accepted.stderr)")
        let file = "\(baselines)/ci/chat-fluid.baseline"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("\nversion 0.1.0\n") && text.contains("\nbase chat.sl_offered "))

        let junit = dir.appendingPathComponent("report.xml").path, md = dir.appendingPathComponent("summary.md").path
        let r = try CLI.run(["check", dir.appendingPathComponent("ci").path, "--baselines", baselines, "--junit", junit,
                             "--markdown", md, "--quiet", "--threads", "1"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.hasSuffix("\ncheck: 1 passed, 0 failed\n") && r.stdout.contains("ci/chat-fluid  identical"))
        // A real JUnit parser reads the report: one suite, one case per target and figure, no failures.
        let parsed = try CLI.runTool("/usr/bin/env", ["python3", "-c", """
            import sys
            from junitparser import JUnitXml
            x = JUnitXml.fromfile(sys.argv[1])
            for s in x:
                cases = list(s)
                print(s.name, s.tests, s.failures, len(cases), sum(1 for c in cases if c.name.startswith('target ')))
            """, junit])
        #expect(parsed.status == 0, "\(parsed.stderr)")
        let fields = parsed.stdout.split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(fields.count == 5 && fields[0] == "ci/chat-fluid" && fields[2] == "0" && fields[1] == fields[3] && fields[4] == "2")
        // And it is valid against the JUnit report schema (Tests/CLITests/Schemas/junit.xsd).
        let schema = CLI.testsDirectory.appendingPathComponent("Schemas/junit.xsd").path
        let valid = try CLI.runTool("/usr/bin/env", ["python3", "-c",
                                                     "import sys, xmlschema\nxmlschema.XMLSchema(sys.argv[1]).validate(sys.argv[2])\nprint('valid')",
                                                     schema, junit])
        #expect(valid.status == 0 && valid.stdout == "valid\n", "\(valid.stderr)")
        let summary = try String(contentsOfFile: md, encoding: .utf8)
        #expect(summary.hasPrefix("## channelsim check: all 1 scenarios passed\n"))
    }

    @Test func staleWhenTheScenarioMeansSomethingElse() throws {
        let (dir, scenario, baselines) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try CLI.run(["check", "--accept", scenario.path, "--baselines", baselines, "--quiet"])
        let original = try String(contentsOf: scenario, encoding: .utf8)
        // A comment and the seed: the same meaning (the seed is compared unpaired).
        try ("# edited\n" + original).write(to: scenario, atomically: true, encoding: .utf8)
        let comment = try CLI.run(["check", scenario.path, "--baselines", baselines, "--quiet"])
        #expect(comment.status == 0 && comment.stdout.contains("identical"), "\(comment.stdout)")
        // A changed rate: stale, exit 1, saying how to refresh.
        try original.replacingOccurrences(of: "[40, 60,", with: "[44, 60,").write(to: scenario, atomically: true, encoding: .utf8)
        let rate = try CLI.run(["check", scenario.path, "--baselines", baselines, "--quiet"])
        #expect(rate.status == 1)
        #expect(rate.stdout.contains("stale: the scenario has changed since the baseline was accepted"))
        #expect(rate.stdout.contains("refresh it with channelsim check --accept"))
    }

    @Test func badBaselinesAndTolerancesExitTwo() throws {
        let (dir, scenario, baselines) = try Self.workspace()
        defer { try? FileManager.default.removeItem(at: dir) }
        _ = try CLI.run(["check", "--accept", scenario.path, "--baselines", baselines, "--quiet"])
        let file = "\(baselines)/ci/chat-fluid.baseline"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        var lines = text.components(separatedBy: "\n")
        // A corrupt value: file and line named.
        let k = try #require(lines.firstIndex { $0.hasPrefix("base chat.asa ") })
        var corrupt = lines
        corrupt[k] = corrupt[k].replacingOccurrences(of: " : ", with: " : x")
        try corrupt.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let bad = try CLI.run(["check", scenario.path, "--baselines", baselines, "--quiet"])
        #expect(bad.status == 2 && bad.stderr.hasPrefix("channelsim: \(file):\(k + 1): '"), "\(bad.stderr)")
        // A figure this channelsim does not report.
        lines.insert("base chat.teleports 1 0 20 :" + String(repeating: " 1", count: 20), at: k)
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let gone = try CLI.run(["check", scenario.path, "--baselines", baselines, "--quiet"])
        #expect(gone.status == 2 && gone.stderr.contains("\(file):\(k + 1): base chat.teleports is not reported"), "\(gone.stderr)")
        // Tolerances of the wrong unit or negative are scenario errors.
        let original = try String(contentsOf: scenario, encoding: .utf8)
        for (tolerance, message) in [("chat.asa: 30", "'30' has no unit"), ("chat.asa: -5s", "must not be negative"),
                                     ("chat.p_abandon: 2", "more than the whole 0…1 range")] {
            try original.replacingOccurrences(of: "chat.asa: 25%", with: tolerance).write(to: scenario, atomically: true, encoding: .utf8)
            let r = try CLI.run(["check", scenario.path, "--baselines", baselines, "--quiet"])
            #expect(r.status == 2 && r.stderr.contains("check.tolerances") && r.stderr.contains(message), "\(r.stderr)")
        }
        let nothing = try CLI.run(["check", dir.appendingPathComponent("nowhere").path])
        #expect(nothing.status == 2 && nothing.stderr.contains("does not exist"))
    }
}
