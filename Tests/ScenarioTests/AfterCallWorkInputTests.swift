import ChannelModel
import Scenario
import Testing

/// `after_call_work` on channels: read as a distribution, refused where it has no meaning.
@Suite struct AfterCallWorkInputTests {
    static let phone = """
        name: ok
        horizon: { start: "08:00", end: "10:00", interval: 30m }
        channels:
          phone:
            arrivals: { rate: 2/min }
            handle: 4m
        teams:
          calls: { skills: [phone], headcount: 10 }
        """

    @Test func readAsADistributionAndAbsentByDefault() throws {
        let none = try ScenarioLoader.parse(Self.phone, file: "s.yaml")
        #expect(none.model.channels[0].afterCallWork == nil)
        let det = try ScenarioLoader.parse(Self.phone.replacingOccurrences(of: "handle: 4m", with: "handle: 4m\n    after_call_work: 30s"),
                                           file: "s.yaml")
        #expect(det.model.channels[0].afterCallWork == .deterministic(30))
        let exp = try ScenarioLoader.parse(
            Self.phone.replacingOccurrences(of: "handle: 4m", with: "handle: 4m\n    after_call_work: { exponential: { mean: 1m } }"),
            file: "s.yaml")
        #expect(exp.model.channels[0].afterCallWork == .exponential(mean: 60))
    }

    @Test func refusedOnMessageLevelChatAndWhenNotADuration() {
        let messages = BadInputTests.valid.replacingOccurrences(of: "    work: 6m", with: """
                mode: messages
                exchanges: 4
                customer_typing: 30s
                agent_reply: 40s
                after_call_work: 30s
            """)
        let e = scenarioError(messages, file: "s.yaml")?.description ?? ""
        #expect(e.contains("channels.chat.after_call_work: does not apply to a chat in messages mode"))
        let bad = scenarioError(Self.phone.replacingOccurrences(of: "handle: 4m", with: "handle: 4m\n    after_call_work: soon"),
                                file: "s.yaml")?.description ?? ""
        #expect(bad.contains("channels.phone.after_call_work"))
    }
}

/// A team's `unavailability`: share and mean spell, refused out of range.
@Suite struct UnavailabilityInputTests {
    static let base = AfterCallWorkInputTests.phone

    @Test func readWithShareAndMeanSpell() throws {
        let s = try ScenarioLoader.parse(Self.base.replacingOccurrences(
            of: "headcount: 10 }", with: "headcount: 10, unavailability: { share: 0.1, mean_spell: 10m } }"), file: "s.yaml")
        #expect(s.model.teams[0].unavailability == Unavailability(share: 0.1, meanSpell: 600))
        #expect(try ScenarioLoader.parse(Self.base, file: "s.yaml").model.teams[0].unavailability == nil)
    }

    @Test func refusedOutOfRange() {
        for bad in ["{ share: 0, mean_spell: 10m }", "{ share: 1, mean_spell: 10m }", "{ share: 0.1 }",
                    "{ share: 0.1, mean_spell: 0s }", "{ share: 0.1, mean_spell: 10m, often: yes }"] {
            let e = scenarioError(Self.base.replacingOccurrences(of: "headcount: 10 }", with: "headcount: 10, unavailability: \(bad) }"),
                                  file: "s.yaml")?.description ?? ""
            #expect(e.contains("teams.calls.unavailability"), "\(bad): \(e)")
        }
    }
}

/// Spells so short that a run would be flooded with events are refused, not run.
@Suite struct UnavailabilityBoundsTests {
    @Test func spellsShorterThanASecondAreRefused() {
        let base = AfterCallWorkInputTests.phone
        let tiny = scenarioError(base.replacingOccurrences(
            of: "headcount: 10 }", with: "headcount: 10, unavailability: { share: 0.999, mean_spell: 0.5s } }"), file: "s.yaml")
        #expect(tiny?.description.contains("teams.calls.unavailability: gives spells of") == true)
        let rare = scenarioError(base.replacingOccurrences(
            of: "headcount: 10 }", with: "headcount: 10, unavailability: { share: 0.9999, mean_spell: 1h } }"), file: "s.yaml")
        #expect(rare?.description.contains("teams.calls.unavailability: gives spells of") == true)   // available spells of 0.36 s
        #expect(scenarioError(base.replacingOccurrences(
            of: "headcount: 10 }", with: "headcount: 10, unavailability: { share: 0.5, mean_spell: 1s } }"), file: "s.yaml") == nil)
    }
}
