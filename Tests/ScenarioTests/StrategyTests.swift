import ChannelModel
import Foundation
import Scenario
import Testing

/// Strategies: overrides of the base scenario, each read as a scenario of its own.
@Suite struct StrategyTests {
    /// 15 lines; `strategies:` is line 16, so a test's first strategy is on line 17.
    static let base = """
        name: strat
        seed: 5
        replications: 4
        horizon: { start: "08:00", end: "10:00", interval: 30m }
        channels:
          chat:
            arrivals: { rate: 2/min }
            patience: { weibull: { mean: 90s, shape: 0.8 } }
            work: 6m
          phone:
            arrivals: { rate: 30/h }
            handle: 4m
        teams:
          web: { skills: [chat], headcount: 3, concurrency: 2, speeds: [1, 0.8] }
          voice: { skills: [phone, chat], headcount: 2 }
        """

    static func file(_ strategies: String) -> String { base + "\nstrategies:\n" + strategies }

    static func set(_ strategies: String) throws -> ScenarioSet {
        try ScenarioLoader.parseSet(file(strategies), file: "s.yaml")
    }

    static func team(_ s: Scenario, _ name: String) -> TeamSpec? { s.model.teams.first { $0.name == name } }

    @Test func overridesAScalar() throws {
        let set = try Self.set("  more-staff: { teams.web.headcount: 12, teams.voice.headcount: 8 }\n")
        let s = try #require(set.scenario(named: "more-staff"))
        #expect(Self.team(s, "web")?.headcount == [12, 12, 12, 12])
        #expect(Self.team(s, "voice")?.headcount == [8, 8, 8, 8])
        #expect(Self.team(s, "web")?.speeds == [1, 0.8])
    }

    @Test func overridesAList() throws {
        let set = try Self.set("""
              slower: { teams.web.speeds: [1, 0.5] }
              shifts: { teams.voice.headcount: [1, 2, 3, 4] }
            """)
        #expect(Self.team(try #require(set.scenario(named: "slower")), "web")?.speeds == [1, 0.5])
        #expect(Self.team(try #require(set.scenario(named: "shifts")), "voice")?.headcount == [1, 2, 3, 4])
    }

    @Test func overridesAListItemByPosition() throws {
        let set = try Self.set("""
              third-slower: { teams.web.speeds.1: 0.5 }
            """)
        #expect(Self.team(try #require(set.scenario(named: "third-slower")), "web")?.speeds == [1, 0.5])
        #expect(throws: ScenarioError.self) { try Self.set("  past-the-end: { teams.web.speeds.2: 0.5 }") }
    }

    @Test func overridesAWholeMap() throws {
        let set = try Self.set("""
              patient: { channels.chat.patience: { exponential: { mean: 3m } } }
              night:
                teams.night: { skills: [chat], headcount: 1 }
            """)
        let patient = try #require(set.scenario(named: "patient"))
        #expect(patient.model.channels[0].patience == .exponential(mean: 180))
        let night = try #require(set.scenario(named: "night"))
        #expect(night.model.teams.map(\.name) == ["web", "voice", "night"])
        #expect(Self.team(night, "night")?.headcount == [1, 1, 1, 1])
    }

    @Test func nestedFormMergesLikeDottedPaths() throws {
        let set = try Self.set("""
              dotted: { teams.web.concurrency: 1, teams.web.speeds: [1], channels.chat.work: 5m }
              nested: { teams: { web: { concurrency: 1, speeds: [1] } }, channels: { chat.work: 5m } }
            """)
        let dotted = try #require(set.scenario(named: "dotted")), nested = try #require(set.scenario(named: "nested"))
        #expect(dotted.model == nested.model)
        #expect(Self.team(nested, "web")?.concurrency == 1)
        #expect(Self.team(nested, "web")?.skills == [0] && Self.team(nested, "web")?.headcount == [3, 3, 3, 3])
        #expect(nested.model.channels[0].work == .deterministic(300))
        #expect(nested.model.channels[0].patience == .weibull(mean: 90, shape: 0.8))
    }

    @Test func nullRemovesAnOptionalField() throws {
        let set = try Self.set("  impatient-free: { channels.chat.patience: ~ }\n")
        #expect(try #require(set.scenario(named: "impatient-free")).model.channels[0].patience == .never)
    }

    @Test func baseIsUnchangedAndSharedSettings() throws {
        let set = try Self.set("""
              b: { teams.web.concurrency: 1, teams.web.speeds: [1] }
              a: { channels.chat.arrivals: { rate: 1/s } }
            """)
        let plain = try ScenarioLoader.parse(Self.base, file: "s.yaml")
        #expect(set.base.model == plain.model)
        #expect(set.all.map(\.name) == ["base", "b", "a"])
        #expect(set.strategies.map(\.name) == ["b", "a"])
        for s in set.all.map(\.scenario) {
            #expect(s.name == "strat" && s.seed == 5 && s.replications == 4 && s.confidence == 0.95)
            #expect(s.path == "s.yaml" && s.hash == set.base.hash)
        }
        #expect(set.base.hash != plain.hash)   // the strategies are part of the input
        #expect(try #require(set.scenario(named: "a")).model.channels[0].arrivalRates == [1, 1, 1, 1])
        #expect(set.scenario(named: "c") == nil)
    }

    @Test func noStrategiesGivesTheBaseAlone() throws {
        let set = try ScenarioLoader.parseSet(Self.base, file: "s.yaml")
        #expect(set.strategies.isEmpty && set.all.map(\.name) == ["base"])
        #expect(try ScenarioLoader.parseSet(Self.base + "\nstrategies:\n", file: "s.yaml").strategies.isEmpty)
    }

    @Test func loadReturnsTheBase() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("channelsim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("s.yaml").path
        try Self.file("  one: { teams.web.concurrency: 1, teams.web.speeds: [1] }\n")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let s = try ScenarioLoader.load(path: path)
        #expect(Self.team(s, "web")?.concurrency == 2)
        let set = try ScenarioLoader.loadSet(path: path)
        #expect(set.base.model == s.model && set.base.hash == s.hash)
        #expect(set.strategies.map(\.scenario.hash) == [s.hash] && set.strategies[0].scenario.path == path)
        #expect(Self.team(set.strategies[0].scenario, "web")?.concurrency == 1)
    }
}
