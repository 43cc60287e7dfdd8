import Scenario
import Testing

/// Each bad strategy yields one precise `file:line:col: field: problem (expected)`, through
/// `parse` (and so `load` and `validate`) as well as `parseSet`.
@Suite struct StrategyErrorTests {
    /// `StrategyTests.base` plus `strategies:` on line 16; the first strategy is on line 17.
    func error(_ strategies: String) -> ScenarioError? {
        let text = StrategyTests.file(strategies)
        do {
            _ = try ScenarioLoader.parse(text, file: "s.yaml")
            return nil
        } catch {
            // parseSet must stop at the same problem.
            #expect(throws: error) { try ScenarioLoader.parseSet(text, file: "s.yaml") }
            return error
        }
    }

    func expectError(_ strategies: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(error(strategies)?.description == expected, sourceLocation: sourceLocation)
    }

    @Test func invalidValueIsReportedAtTheOverride() {
        expectError("  zero: { teams.web.concurrency: 0 }",
                    "s.yaml:17:34: teams.web.concurrency: must be at least 1, got 0 (expected a whole number of chats ≥ 1)")
        expectError("  zero: { teams: { web: { concurrency: 0 } } }",
                    "s.yaml:17:40: teams.web.concurrency: must be at least 1, got 0 (expected a whole number of chats ≥ 1)")
        expectError("  patient: { channels.chat.patience: { exponential: { mean: 0s } } }",
                    "s.yaml:17:61: channels.chat.patience.exponential.mean: must be positive, got 0s (expected a duration such as 45s, 5m, 1.5h)")
    }

    @Test func baseFieldMadeInvalidNamesTheStrategy() {
        // speeds: [1, 0.8] on line 14 fits concurrency 2, not 3.
        expectError("  three: { teams.web.concurrency: 3 }",
                    "s.yaml:14:64: teams.web.speeds: has 2 values in strategy 'three' (expected 3, the speed of each chat when holding 1…3)")
    }

    @Test func misspeltPathSuggestsTheClosestField() {
        expectError("  typo: { teams.webb.concurrency: 2 }",
                    "s.yaml:17:11: strategies.typo.teams.webb.concurrency: no such field in the base scenario (did you mean 'teams.web'?)")
        expectError("  typo: { temas.web.concurrency: 2 }",
                    "s.yaml:17:11: strategies.typo.temas.web.concurrency: no such field in the base scenario (did you mean 'teams'?)")
        expectError("  far: { queues.x: 1 }",
                    "s.yaml:17:10: strategies.far.queues.x: no such field in the base scenario (expected one of: horizon, channels, teams)")
        // A new last key is the reader's to judge: a misspelt field is an unknown field.
        expectError("  typo: { teams.web.concurency: 2 }",
                    "s.yaml:17:11: teams.web.concurency: unknown field 'concurency' (did you mean 'concurrency'?)")
    }

    @Test func pathThroughAValueThatIsNotAMap() {
        expectError("  deep: { channels.chat.work.mean: 5m }",
                    "s.yaml:17:11: strategies.deep.channels.chat.work.mean: no such field in the base scenario (channels.chat.work is '6m', not a map: override channels.chat.work itself)")
        expectError("  bad: { teams..web: 1 }",
                    "s.yaml:17:10: strategies.bad.teams..web: 'teams..web' is not a field path (expected field names joined by dots, e.g. teams.web.concurrency)")
    }

    @Test func experimentSettingsCannotBeOverridden() {
        for key in ["name", "description", "seed", "replications", "confidence", "strategies"] {
            expectError("  s: { \(key): 1 }",
                        "s.yaml:17:8: strategies.s.\(key): cannot be overridden by a strategy (it applies to every strategy)")
        }
        expectError("  more: { teams.web.headcount: 4, seed.x: 3 }",
                    "s.yaml:17:35: strategies.more.seed.x: cannot be overridden by a strategy (it applies to every strategy)")
    }

    @Test func reservedDuplicateAndEmpty() {
        expectError("  base: { teams.web.concurrency: 1 }",
                    "s.yaml:17:3: strategies.base: the name 'base' is reserved for the scenario without overrides (expected another name)")
        expectError("  a: { teams.web.headcount: 1 }\n  a: { teams.web.headcount: 2 }",
                    "s.yaml:18:3: (yaml): repeated key 'a', first given on line 17 (expected each key once in a map)")
        expectError("  1: { teams.web.headcount: 1 }\n  \"1\": { teams.web.headcount: 2 }",
                    "s.yaml:18:3: strategies.1: is defined twice (expected each strategy name once)")
        expectError("  empty: {}",
                    "s.yaml:17:10: strategies.empty: has no overrides (expected a map of overrides, e.g. { teams.web.concurrency: 2 })")
        expectError("  empty:",
                    "s.yaml:17:3: strategies.empty: has no overrides (expected a map of overrides, e.g. { teams.web.concurrency: 2 })")
        expectError("  odd: 3",
                    "s.yaml:17:8: strategies.odd: is '3' (expected a map of overrides, e.g. { teams.web.concurrency: 2 })")
    }

    @Test func strategiesSectionShape() {
        let empty = StrategyTests.base + "\nstrategies: {}"
        #expect(throws: ScenarioError(file: "s.yaml", line: 16, column: 13, field: "strategies", problem: "has no strategies",
                                      expected: "expected at least one, e.g. concurrency-2: { teams.web.concurrency: 2 }, or leave strategies out")) {
            try ScenarioLoader.parse(empty, file: "s.yaml")
        }
        let list = StrategyTests.base + "\nstrategies: [a]"
        #expect(throws: ScenarioError(file: "s.yaml", line: 16, column: 13, field: "strategies", problem: "is a list",
                                      expected: "expected strategies: { NAME: { field.path: VALUE, ... } }")) {
            try ScenarioLoader.parse(list, file: "s.yaml")
        }
    }

    @Test func aFieldIsOverriddenOncePerStrategy() {
        expectError("  twice: { teams.web: { skills: [chat], headcount: 1 }, teams.web.concurrency: 1 }",
                    "s.yaml:17:57: strategies.twice.teams.web.concurrency: conflicts with 'teams.web' set earlier in this strategy (expected each field overridden once per strategy)")
    }

    @Test func baseErrorsComeFirst() {
        let text = StrategyTests.base.replacingOccurrences(of: "work: 6m", with: "work: 6")
            + "\nstrategies:\n  typo: { teams.webb.concurrency: 2 }"
        #expect(throws: ScenarioError(file: "s.yaml", line: 9, column: 11, field: "channels.chat.work", problem: "'6' has no unit",
                                      expected: "expected a duration such as 45s, 5m, 1.5h")) {
            try ScenarioLoader.parseSet(text, file: "s.yaml")
        }
    }
}
