import ChannelModel
import Scenario
import Testing

/// A team's `shrinkage` per time band or per interval of the day: the agents on duty follow
/// the interval's share; one share all day stays the plain number.
@Suite struct ShrinkageBandTests {
    static let base = """
        name: ok
        horizon: { start: "08:00", end: "10:00", interval: 30m, days: 2 }
        channels:
          phone:
            arrivals: { rate: 2/min }
            handle: 4m
        teams:
          calls: { skills: [phone], headcount: 10, shrinkage: SHRINK }
        """

    static func with(_ shrinkage: String) -> String { base.replacingOccurrences(of: "SHRINK", with: shrinkage) }

    @Test func bandsSetTheAgentsOnDutyPerIntervalOnEveryDay() throws {
        let t = try ScenarioLoader.parse(Self.with("{ bands: [ { from: \"08:00\", value: 0.3 }, { from: \"09:00\", value: 0.1 } ] }"),
                                         file: "s.yaml").model.teams[0]
        #expect(t.shrinkageBands == [0.3, 0.3, 0.1, 0.1])
        #expect(t.shrinkage == 0.3)
        // round(10 × 0.7) = 7 before 09:00, round(10 × 0.9) = 9 after, on both days.
        #expect((0..<8).map { t.onDuty($0) } == [7, 7, 9, 9, 7, 7, 9, 9])
    }

    @Test func perIntervalAndOneShareAllDay() throws {
        let t = try ScenarioLoader.parse(Self.with("{ per_interval: [0, 0.5, 0.2, 0] }"), file: "s.yaml").model.teams[0]
        #expect((0..<4).map { t.onDuty($0) } == [10, 5, 8, 10])
        let same = try ScenarioLoader.parse(Self.with("{ bands: [ { from: \"08:00\", value: 0.2 }, { from: \"09:30\", value: 0.2 } ] }"),
                                            file: "s.yaml").model.teams[0]
        let plain = try ScenarioLoader.parse(Self.with("0.2"), file: "s.yaml").model.teams[0]
        #expect(same == plain && same.shrinkageBands == nil)
    }

    @Test func badSharesSayWhereAndWhy() {
        let cases: [(String, String)] = [
            ("{ per_interval: [0.1, 0.2] }", "has 2 values"),
            ("{ bands: [ { from: \"08:00\", value: 1 } ] }", "must be below 1"),
            ("{ bands: [ { from: \"08:30\", value: 0.1 } ] }", "after the window opens"),
            ("{ bands: [ { from: \"08:00\" } ] }", "value"),
            ("{ hourly: [0.1] }", "expected a number, bands"),
        ]
        for (shrinkage, problem) in cases {
            let e = scenarioError(Self.with(shrinkage), file: "s.yaml")
            #expect(e?.description.contains(problem) == true, "\(shrinkage): \(e?.description ?? "no error")")
            #expect(e?.field.hasPrefix("teams.calls.shrinkage") == true, "\(shrinkage): \(e?.field ?? "")")
        }
    }
}
