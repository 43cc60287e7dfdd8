import ChannelModel
import Foundation
import Scenario
import Testing

/// `staff --write-scenario`: a plan written back loads as a scenario with exactly the
/// plan's head-counts, shifts and targets, and its profile file still found.
@Suite struct PlanWriterTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func headcountsAndTargetsRoundTrip() throws {
        let source = Self.root.appendingPathComponent("Scenarios/examples/web-team-day.yaml").path
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planwriter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("plan.yaml").path
        let counts = (0..<48).map { 3 + $0 % 5 }
        var w = PlanWriter()
        w.headcounts = ["web": counts, "voice": Array(repeating: 5, count: 48)]
        w.targets = ["phone.p_abandon <= 0.1", "phone.p_abandon<=0.1"]
        w.header = ["a plan"]
        let original = try ScenarioLoader.load(path: source)
        let text = try w.text(source: source, destination: out, horizon: original.model.horizon)
        #expect(text.hasPrefix("# a plan\n"))
        try text.write(toFile: out, atomically: true, encoding: .utf8)
        // Loads from another folder: the profile path was re-based.
        let plan = try ScenarioLoader.load(path: out)
        #expect(plan.model.teams[0].headcount == counts)
        #expect(plan.model.teams[1].headcount == Array(repeating: 5, count: 48))
        #expect(plan.model.channels == original.model.channels)
        // The channels' sl_target stay as they were; the new target is added once.
        #expect(plan.targets.map(\.text).sorted() == ["chat.sl(60s) >= 0.8", "phone.p_abandon <= 0.1", "phone.sl(20s) >= 0.8"])
        #expect(text.components(separatedBy: "phone.p_abandon").count == 2)
    }

    @Test func shiftsReplaceTheHeadcount() throws {
        let source = Self.root.appendingPathComponent("Tests/CLITests/Scenarios/shop.yaml").path
        let original = try ScenarioLoader.load(path: source)
        let patterns = try #require(original.model.teams[0].shifts)
        #expect(patterns.map(\.start) == [0, 1] && patterns.map(\.end) == [2, 2] && patterns.map(\.agents) == [3, 1])
        var w = PlanWriter()
        w.shifts = ["web": [patterns[0], patterns[1]].enumerated().map { k, p in
            var q = p
            q.agents = 5 + k
            return q
        }]
        w.headcounts = ["voice": [4, 2]]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("planwriter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("shifts.yaml").path
        try w.text(source: source, destination: out, horizon: original.model.horizon).write(toFile: out, atomically: true, encoding: .utf8)
        let plan = try ScenarioLoader.load(path: out)
        #expect(plan.model.teams[0].headcount == [5, 11])
        #expect(plan.model.teams[0].shifts?.map(\.agents) == [5, 6])
        #expect(plan.model.teams[1].headcount == [4, 2])
        #expect(plan.targets.count == original.targets.count)
    }
}
