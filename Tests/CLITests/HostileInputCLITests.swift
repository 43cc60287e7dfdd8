import Foundation
import Testing

/// Files that once crashed (a runtime trap, exit 132) or hung `validate` and `run`: now one
/// line, exit 2, nothing written.
extension RunCLITests {
    static func hostile(_ name: String, in dir: URL, replacing from: String, with to: String) throws -> String {
        let text = try String(contentsOfFile: CLI.scenario("tiny.yaml"), encoding: .utf8)
        let path = dir.appendingPathComponent(name).path
        try text.replacingOccurrences(of: from, with: to).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test func hostileInputExitsTwoAndWritesNothing() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var laughs = ["    headcount:", "      l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for i in 1..<10 { laughs.append("      l\(i): &l\(i) [" + Array(repeating: "*l\(i - 1)", count: 10).joined(separator: ", ") + "]") }
        let cases = [
            try Self.hostile("volume.yaml", in: dir, replacing: "per_interval: [20, 40, 40, 20]",
                             with: "daily_volume: 1e19, profile: [0.25, 0.25, 0.25, 0.25]"),
            try Self.hostile("laughs.yaml", in: dir, replacing: "voice: { skills: [phone], headcount: 2 }",
                             with: "voice: { skills: [phone], headcount: 2 }\nstrategies:\n  s:\n" + laughs.joined(separator: "\n")),
            try Self.hostile("exchanges.yaml", in: dir, replacing: "    work: { exponential: { mean: 5m } }",
                             with: "    mode: messages\n    exchanges: { poisson: { mean: 1e10 } }\n    customer_typing: 30s\n    agent_reply: 1m"),
        ]
        let expected = [
            "volume.yaml:8:31: channels.chat.arrivals.daily_volume: 1e+19 is above the supported 10⁹ (expected at most 10⁹ arrivals)",
            "laughs.yaml:28:51: (yaml): the file has more than 1,000,000 values once its aliases are expanded (expected at most 1,000,000, counting each alias as a copy of what it names)",
            "exchanges.yaml:11:35: channels.chat.exchanges.poisson.mean: 10000000000.0 is above the supported 1000 exchanges (expected a mean of at most 1000)",
        ]
        let db = dir.appendingPathComponent("r.sqlite").path
        for (file, message) in zip(cases, expected) {
            let validate = try CLI.run(["validate", file])
            #expect(validate.status == 2 && validate.stderr == "channelsim: \(dir.path)/\(message)\n")
            let run = try CLI.run(["run", file, "--db", db, "--plots", dir.appendingPathComponent("charts").path])
            #expect(run.status == 2 && run.stderr == "channelsim: \(dir.path)/\(message)\n")
        }
        #expect(!FileManager.default.fileExists(atPath: db))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("charts").path))
    }
}
