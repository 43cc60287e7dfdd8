import Scenario
import Testing

/// YAML anchors, aliases and merge keys: shared settings work, and expansion is bounded.
@Suite struct AliasInputTests {
    /// A chat and a phone channel sharing settings, and two teams sharing theirs, through
    /// merge keys; each explicit key overrides the merged one.
    static let shared = """
        name: m
        horizon: { start: "08:00", end: "10:00", interval: 30m }
        channels:
          chat: &channel
            arrivals: { rate: 2/min }
            patience: { exponential: { mean: 90s } }
            work: 6m
            sl_time: 30s
          phone:
            <<: *channel
            arrivals: { rate: 1/min }
            work:
            handle: 5m
        teams:
          web: &team { skills: [chat], headcount: 3, concurrency: 2, cost_per_hour: 30 }
          voice: { <<: *team, skills: [phone], concurrency: 1 }
        """

    @Test func mergeKeysShareTeamAndChannelSettings() throws {
        let s = try ScenarioLoader.parse(Self.shared, file: "m.yaml")
        let chat = s.model.channels[0], phone = s.model.channels[1]
        #expect(phone.name == "phone" && phone.kind == .phone)
        #expect(phone.slTime == 30 && phone.patience == chat.patience)   // merged
        let perMinute: [Double] = Array(repeating: 1.0 / 60, count: 4)
        #expect(phone.arrivalRates == perMinute)   // explicit wins
        #expect(phone.work == .deterministic(300))
        let voice = s.model.teams[1]
        #expect(voice.headcount == [3, 3, 3, 3] && voice.costPerHour == 30)   // merged
        #expect(voice.concurrency == 1 && voice.skills == [1])   // explicit wins
    }

    @Test func aListOfMapsMergesInOrder() throws {
        let text = Self.shared.replacingOccurrences(
            of: "voice: { <<: *team, skills: [phone], concurrency: 1 }",
            with: "big: &big { headcount: 9, cost_per_hour: 50, skills: [chat] }\n  voice: { <<: [*big, *team], skills: [phone], concurrency: 1 }")
        let s = try ScenarioLoader.parse(text, file: "m.yaml")
        let voice = s.model.teams[2]
        // The earlier map wins over the later one; the explicit keys over both.
        #expect(voice.headcount == [9, 9, 9, 9] && voice.costPerHour == 50 && voice.skills == [1])
    }

    @Test func mergedValuesAreCheckedWhereTheyAreWritten() {
        let text = Self.shared.replacingOccurrences(of: "concurrency: 2, cost_per_hour: 30", with: "concurrency: 2, cost_per_hour: 30, slowdwn: 1")
        // The typo is in the anchored map; web reports it first.
        #expect(scenarioError(text, file: "m.yaml")?.description
                == "m.yaml:15:81: teams.web.slowdwn: unknown field 'slowdwn' (did you mean 'slowdown'?)")
        let notMap = Self.shared.replacingOccurrences(of: "{ <<: *team,", with: "{ <<: 3,")
        #expect(scenarioError(notMap, file: "m.yaml")?.description
                == "m.yaml:16:16: teams.voice.<<: is '3' (expected a map to merge, such as <<: *defaults, or a list of maps)")
        let listItem = Self.shared.replacingOccurrences(of: "{ <<: *team,", with: "{ <<: [*team, 3],")
        #expect(scenarioError(listItem, file: "m.yaml")?.description
                == "m.yaml:16:24: teams.voice.<<[1]: is '3' (expected a map to merge, such as <<: *defaults, or a list of maps)")
    }

    /// Anchors of ten aliases of the anchor before, `depth` deep: 10^depth leaves.
    static func laughs(depth: Int, indent: String) -> String {
        var lines = ["\(indent)l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for i in 1..<depth {
            lines.append("\(indent)l\(i): &l\(i) [" + Array(repeating: "*l\(i - 1)", count: 10).joined(separator: ", ") + "]")
        }
        return lines.joined(separator: "\n")
    }

    func expectRejectedFast(_ text: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let clock = ContinuousClock()
        var message: String?
        let elapsed = clock.measure { message = scenarioError(text, file: "b.yaml")?.description }
        #expect(message == expected, sourceLocation: sourceLocation)
        #expect(elapsed < .milliseconds(500), "took \(elapsed)", sourceLocation: sourceLocation)
    }

    @Test func billionLaughsInAStrategyIsRejectedAtOnce() {
        let text = BadInputTests.valid + "\nstrategies:\n  s:\n    teams.web.headcount:\n" + Self.laughs(depth: 10, indent: "      ")
        expectRejectedFast(text, "b.yaml:18:51: (yaml): the file has more than 1,000,000 values once its aliases are expanded (expected at most 1,000,000, counting each alias as a copy of what it names)")
    }

    @Test func billionLaughsAsAKeyIsRejectedAtOnce() {
        // Yams hashes mapping keys while composing, so a key must be bounded before that.
        let text = "laughs:\n" + Self.laughs(depth: 9, indent: "  ") + "\n? *l8\n: 1\n"
        expectRejectedFast(text, "b.yaml:7:47: (yaml): the file has more than 1,000,000 values once its aliases are expanded (expected at most 1,000,000, counting each alias as a copy of what it names)")
    }

    @Test func modestAliasesPass() throws {
        // 10⁵ leaves: within the limit, and read as usual (an unknown field, reported at its key).
        let text = BadInputTests.valid + "\nlaughs:\n" + Self.laughs(depth: 5, indent: "  ")
        #expect(scenarioError(text, file: "b.yaml")?.description
                == "b.yaml:10:1: laughs: unknown field 'laughs' (expected one of: channels, check, confidence, description, horizon, name, replications, satisfaction, seed, strategies, targets, teams, visitors, warmup)")
    }
}
