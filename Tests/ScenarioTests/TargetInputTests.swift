import ChannelModel
import Scenario
import Testing

/// `targets:` in a scenario: what is accepted, what `sl(T)` does to a channel's threshold,
/// and the exact message for each mistake.
@Suite struct TargetInputTests {
    static func scenario(_ targets: String, slTime: String = "", extra: String = "") -> String {
        """
        name: ok
        horizon: { start: "08:00", end: "10:00", interval: 30m }
        channels:
          chat:
            arrivals: { rate: 2/min }
            patience: { exponential: { mean: 90s } }
            work: 6m\(slTime)\(extra)
          form:
            arrivals: { rate: 10/h }
            handle: 5m
        teams:
          web: { skills: [chat, form], headcount: 3, concurrency: 2, cost_per_hour: 20 }
        targets:
        \(targets)
        """
    }

    func error(_ text: String) -> String? { scenarioError(text, file: "s.yaml")?.description }

    @Test func targetsAreReadWithTheirUnits() throws {
        let s = try ScenarioLoader.parse(Self.scenario("""
              - chat.sl(60s) >= 0.8
              - chat.abandon <= 5%
              - "chat.asa <= 30s"
              - form.response_time_p90 <= 24h
              - totals.cost_per_resolved <= 6.50
              - team/web.occupancy <= 0.9
            """), file: "s.yaml")
        #expect(s.targets.map(\.text) == ["chat.sl(60s) >= 0.8", "chat.abandon <= 5%", "chat.asa <= 30s",
                                          "form.response_time_p90 <= 24h", "totals.cost_per_resolved <= 6.50",
                                          "team/web.occupancy <= 0.9"])
        #expect(s.targets.map(\.metric) == ["sl_offered", "p_abandon", "asa", "response_time_p90", "cost_per_resolved", "occupancy"])
        #expect(s.targets.map(\.bound) == [0.8, 0.05, 30, 86_400, 6.5, 0.9])
        #expect(s.targets.map(\.comparison) == [.atLeast, .atMost, .atMost, .atMost, .atMost, .atMost])
        // sl(60s) gives the channel, which leaves sl_time out, its threshold.
        #expect(s.model.channels[0].slTime == 60)
    }

    @Test func slTargetIsSugarForATarget() throws {
        let s = try ScenarioLoader.parse(Self.scenario("  - chat.asa <= 30s", slTime: "\n    sl_time: 45s", extra: "\n    sl_target: 0.8"),
                                         file: "s.yaml")
        #expect(s.targets.map(\.text) == ["chat.asa <= 30s", "chat.sl(45s) >= 0.8"])
        #expect(s.targets[1].threshold == 45 && s.targets[1].bound == 0.8)
    }

    @Test func mistakesArePlacedAndExplained() {
        #expect(error(Self.scenario("  - chat.slx >= 0.8")) == "s.yaml:14:10: targets[0]: unknown figure 'slx' (did you mean 'sl'?)")
        #expect(error(Self.scenario("  - chat.sl(60s) >= 80"))
                == "s.yaml:14:21: targets[0]: 80 is outside 0…1 (sl is a share: write 0.8 or 80%)")
        #expect(error(Self.scenario("  - chat.asa <= 0.5")) == "s.yaml:14:17: targets[0]: '0.5' has no unit (asa is a duration: expected e.g. 0.5s, 5m or 24h)")
        #expect(error(Self.scenario("  - chta.asa <= 30s"))
                == "s.yaml:14:5: targets[0]: unknown channel 'chta' (did you mean 'chat'?)")
        #expect(error(Self.scenario("  - form.p_abandon <= 0.1"))
                == "s.yaml:14:5: targets[0]: p_abandon does not apply to form channel 'form' (expected a figure this channel reports)")
        #expect(error(Self.scenario("  - chat.asa < 30s")) == "s.yaml:14:14: targets[0]: uses a comparison other than >= or <= (expected SCOPE.FIGURE >= BOUND or <= BOUND, e.g. chat.sl(60s) >= 0.8)")
        #expect(error(Self.scenario("  - team/voice.occupancy <= 0.9"))?.hasPrefix("s.yaml:14:5: targets[0]: unknown team 'team/voice' (expected a channel (chat, form), team/NAME") == true)
        #expect(error(Self.scenario("  - chat.sl(60s) >= 0.8", slTime: "\n    sl_time: 20s"))
                == "s.yaml:15:5: targets[0]: channel 'chat' measures its service level within 20s, not 60s (set sl_time: 60s on the channel, or leave sl_time out)")
        #expect(error(Self.scenario("  chat.sl >= 0.8"))?.contains("targets: is 'chat.sl >= 0.8' (expected a list") == true)
    }

    @Test func strategiesCannotChangeTheTargets() {
        let text = Self.scenario("  - chat.asa <= 30s") + "\nstrategies:\n  lax: { targets: [\"chat.asa <= 60s\"] }\n"
        #expect(error(text)?.contains("cannot be overridden by a strategy") == true)
    }
}

/// A strategy that changes a channel's threshold under a target is caught, naming the strategy.
@Suite struct TargetStrategyTests {
    @Test func strategyThatBreaksATargetsThresholdIsAnError() {
        let text = TargetInputTests.scenario("  - chat.sl(60s) >= 0.8") + "\nstrategies:\n  quick: { channels.chat.sl_time: 30s }\n"
        #expect(scenarioError(text, file: "s.yaml")?.description
                == "s.yaml:14:5: targets[0]: channel 'chat' measures its service level within 30s, not 60s in strategy 'quick' (set sl_time: 60s on the channel, or leave sl_time out)")
    }
}
