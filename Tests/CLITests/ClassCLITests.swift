import Foundation
import Testing

/// `run` on a channel with classes: the "by class" table, class figures in JSON under
/// `CHANNEL/CLASS`, class targets judged; a bad class is exit 2 with nothing written.
@Suite struct ClassCLITests {
    static let file = CLI.repositoryRoot.appendingPathComponent("Scenarios/ci/phone-classes.yaml").path

    @Test func runShowsTheClassesAndJudgesTheirTargets() throws {
        let r = try CLI.run(["run", Self.file, "--replications", "4", "--no-store", "--no-charts", "--quiet"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("by class (means)"))
        for name in ["priority", "regular", "business"] {
            #expect(r.stdout.split(separator: "\n").contains { $0.hasPrefix(name + " ") })
        }
        #expect(r.stdout.contains("phone/priority.p_abandon <= 5%"))
    }

    @Test func jsonHoldsEveryClassFigure() throws {
        let r = try CLI.run(["run", Self.file, "--replications", "3", "--no-store", "--no-charts", "--quiet", "--format", "json"])
        #expect(r.status == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let variant = (obj["variants"] as! [[String: Any]])[0]
        let figures = variant["figures"] as! [[String: Any]]
        let offered = figures.filter { ($0["metric"] as? String) == "offered" }
        func mean(_ scope: String) -> Double? { offered.first { ($0["scope"] as? String) == scope }?["mean"] as? Double }
        let parts = ["phone/priority", "phone/regular", "phone/business"].compactMap(mean)
        #expect(parts.count == 3)
        // Every direct call has a class: the classes' counts add up to the channel's.
        #expect(abs(parts.reduce(0, +) - (mean("phone") ?? -1)) < 1e-9)
    }

    @Test func aBadShareIsExitTwoAndWritesNothing() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("channelsim-classes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = try String(contentsOfFile: Self.file, encoding: .utf8).replacingOccurrences(of: "share: 0.75", with: "share: 0.7")
        try text.write(to: dir.appendingPathComponent("s.yaml"), atomically: true, encoding: .utf8)
        let r = try CLI.run(["run", "s.yaml"], in: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("channels.phone.classes: class shares sum to 0.95"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["s.yaml"])
    }
}
