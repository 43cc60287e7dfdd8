import ChannelModel
import Foundation
import Scenario
import Testing

@Suite struct LoaderTests {
    /// A scratch directory holding `s.yaml` (a one-channel phone scenario reading the
    /// profile `p.csv` with `daily_volume`) and `p.csv` with the given text.
    struct ProfileFixture {
        let directory: URL
        var scenario: String { directory.appendingPathComponent("s.yaml").path }
        var profile: URL { directory.appendingPathComponent("p.csv") }

        init(csv: String, days: Int = 1, volume: String = "400") throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("channelsim-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try csv.write(to: profile, atomically: true, encoding: .utf8)
            try """
                name: csv
                horizon: { start: "09:00", end: "11:00", interval: 1h, days: \(days) }
                channels: { phone: { arrivals: { daily_volume: \(volume), profile: p.csv }, handle: 3m } }
                teams: { t: { skills: [phone], headcount: 4 } }
                """.write(toFile: scenario, atomically: true, encoding: .utf8)
        }

        func remove() { try? FileManager.default.removeItem(at: directory) }
    }

    static func fixture(_ name: String) -> String {
        Bundle.module.path(forResource: name, ofType: nil, inDirectory: "Fixtures")!
    }

    @Test func loadsEveryField() throws {
        let s = try ScenarioLoader.load(path: Self.fixture("good.yaml"))
        #expect(s.name == "small" && s.seed == 7 && s.replications == 3)
        #expect(s.hash.count == 64)
        let m = s.model
        #expect(m.warmup == 600)
        #expect(m.horizon == Horizon(intervalLength: 1800, intervalsPerDay: 4, days: 1, dayStart: 9 * 3600))
        #expect(m.channels.map(\.name) == ["chat", "calls"])
        let chat = m.channels[0], calls = m.channels[1]
        #expect(chat.kind == .chat && calls.kind == .phone)
        // 100 a day × shares, per 1800 s.
        #expect(chat.arrivalRates == [10, 20, 30, 40].map { $0 / 1800 })
        #expect(calls.arrivalRates == [10, 20, 20, 10].map { $0 / 1800 })
        #expect(chat.patience == .weibull(mean: 90, shape: 0.8))
        #expect(chat.work == .lognormal(mean: 360, cv: 0.8))
        #expect(calls.patience == .never && calls.work == .deterministic(300))
        #expect(chat.slTime == 60 && calls.slTime == 20)
        #expect(chat.assignment == .fillBusiest)
        #expect(s.slTargets == ["chat": 0.8])
        #expect(m.teams[0].headcount == [2, 3, 3, 2] && m.teams[0].speeds == [1, 0.7] && m.teams[0].concurrency == 2)
        #expect(m.teams[1].skills == [1, 0] && m.teams[1].headcount == [2, 2, 2, 2])
    }

    @Test func defaultsAndSlowdown() throws {
        let s = try ScenarioLoader.parse("""
            name: d
            horizon: { interval: 1h, length: 2h }
            channels: { chat: { arrivals: { rate: 2/min }, work: 4m } }
            teams: { web: { skills: [chat], headcount: 1, concurrency: 3, slowdown: 0.5 } }
            """, file: "d.yaml")
        #expect(s.seed == 1 && s.replications == 10 && s.confidence == 0.95)
        #expect(s.model.horizon.intervalCount == 2 && s.model.horizon.dayStart == 0)
        #expect(s.model.channels[0].patience == .never)
        #expect(s.model.teams[0].speeds == [1, 1 / 1.5, 0.5])
        #expect(s.model.channels[0].arrivalRates == [2.0 / 60, 2.0 / 60])
    }

    @Test func profileFromCSVRelativeToScenario() throws {
        let f = try ProfileFixture(csv: "start,share\n09:00,0.25\n10:00,0.75\n", days: 2, volume: "[400, 800]")
        defer { f.remove() }
        let s = try ScenarioLoader.load(path: f.scenario)
        #expect(s.model.channels[0].arrivalRates == [100, 300, 200, 600].map { $0 / 3600 })
        #expect(s.model.horizon.days == 2 && s.model.horizon.intervalCount == 4)
    }

    @Test func profileErrorsNameTheEditorLine() throws {
        // Line 4 is blank; the bad share is on line 5. A trailing comma is harmless.
        let f = try ProfileFixture(csv: "start,share\n09:00,0.25,\n\n\n10:00,x\n")
        defer { f.remove() }
        do {
            _ = try ScenarioLoader.load(path: f.scenario)
            Issue.record("expected an error")
        } catch {
            #expect(error.problem == "line 5 of 'p.csv' has 'x'")
        }
    }

    @Test func hashCoversTheProfileFile() throws {
        let f = try ProfileFixture(csv: "0.25\n0.75\n")
        defer { f.remove() }
        let first = try ScenarioLoader.load(path: f.scenario).hash
        #expect(try ScenarioLoader.load(path: f.scenario).hash == first)
        try "0.75\n0.25\n".write(to: f.profile, atomically: true, encoding: .utf8)
        #expect(try ScenarioLoader.load(path: f.scenario).hash != first)
    }

    @Test func bundledExamplesLoad() throws {
        // The repository's example scenarios must always be valid.
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = root.appendingPathComponent("Scenarios/examples")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }
        #expect(!files.isEmpty)
        for f in files { _ = try ScenarioLoader.load(path: dir.appendingPathComponent(f).path) }
    }
}
