import ChannelModel
import Scenario
import Testing

/// Durations take the unit words rates take (`90 seconds`, `1.5 hours`, `2 days`), in
/// scenario files as on the command line, and a scenario may leave its horizon out.
@Suite struct UnitWordTests {
    @Test func durationsAcceptUnitWords() {
        let cases: [(String, Double)] = [
            ("90 sec", 90), ("90 secs", 90), ("90 seconds", 90), ("1 second", 1), ("30 min", 1800), ("30 minutes", 1800),
            ("1 minute", 60), ("5 mins", 300), ("1 hour", 3600), ("1.5 hours", 5400), ("2 hrs", 7200), ("2 days", 172_800),
            ("1 day", 86_400), ("5m", 300), ("5 M", 300), ("250ms", 0.25), ("1e3s", 1000), ("2D", 172_800),
        ]
        for (text, seconds) in cases { #expect(Units.parseDuration(text) == seconds, "\(text)") }
        for bad in ["90", "abc", "5 fortnights", "m", "1h30m", "inf s", ""] { #expect(Units.parseDuration(bad) == nil, "\(bad)") }
        #expect(Units.parseRate("2/minutes") == 2.0 / 60 && Units.parseRate("48/days") == 48.0 / 86_400)
        #expect(Units.parseRate("30/15 minutes") == 2.0 / 60 && Units.parseRate("2/") == nil && Units.parseRate("2/0m") == nil)
    }

    @Test func problemsSayWhyAndListTheUnits() {
        func why(_ body: () throws(UnitProblem) -> Double) -> String? {
            do throws(UnitProblem) { _ = try body(); return nil } catch { return error.description }
        }
        let units = "ms; s, sec, second(s); m, min, minute(s); h, hr, hour(s); d, day(s)"
        #expect(why { () throws(UnitProblem) in try Units.duration("90", example: "20s") } == "'90' has no unit (expected 90s, or 90m for minutes)")
        #expect(why { () throws(UnitProblem) in try Units.duration("abc", example: "4m") } == "'abc' is not a duration (expected e.g. 4m; units: \(units))")
        #expect(why { () throws(UnitProblem) in try Units.duration("5 fortnights", example: "4m") }
                == "'5 fortnights': 'fortnights' is not a unit of time (expected one of: \(units))")
        #expect(why { () throws(UnitProblem) in try Units.duration("-4m", example: "4m") } == "'-4m' must not be negative (expected e.g. 4m)")
        #expect(why { () throws(UnitProblem) in try Units.rate("-2/min", example: "2/min") } == "'-2/min' must not be negative (expected e.g. 2/min)")
        #expect(why { () throws(UnitProblem) in try Units.rate("0/h", example: "2/min") } == "'0/h' must be positive (expected e.g. 2/min)")
        #expect(why { () throws(UnitProblem) in try Units.rate("2", example: "2/min") } == "'2' has no unit (expected COUNT/UNIT, e.g. 2/min or 2/h)")
    }

    @Test func scenarioFilesReadTheSameWords() throws {
        let words = BadInputTests.valid
            .replacingOccurrences(of: "interval: 30m", with: "interval: 30 minutes")
            .replacingOccurrences(of: "mean: 90s", with: "mean: 90 seconds")
            .replacingOccurrences(of: "work: 6m", with: "work: 0.1 hours")
        let a = try ScenarioLoader.parse(words, file: "s.yaml"), b = try ScenarioLoader.parse(BadInputTests.valid, file: "s.yaml")
        #expect(a.model == b.model)
        let bad = BadInputTests.valid.replacingOccurrences(of: "work: 6m", with: "work: 6 fortnights")
        #expect(scenarioError(bad, file: "s.yaml")?.description
                == "s.yaml:7:11: channels.chat.work: '6 fortnights' is not a duration (expected a number and a unit: "
                   + "ms; s, sec, second(s); m, min, minute(s); h, hr, hour(s); d, day(s))")
    }

    @Test func horizonMayBeLeftOut() throws {
        let without = BadInputTests.valid.replacingOccurrences(of: "horizon: { start: \"08:00\", end: \"10:00\", interval: 30m }\n", with: "")
        #expect(!without.contains("horizon"))
        let empty = BadInputTests.valid.replacingOccurrences(of: "horizon: { start: \"08:00\", end: \"10:00\", interval: 30m }", with: "horizon: {}")
        let a = try ScenarioLoader.parse(without, file: "s.yaml"), b = try ScenarioLoader.parse(empty, file: "s.yaml")
        #expect(a.model.horizon == Horizon(intervalLength: 900, intervalsPerDay: 96, days: 1, dayStart: 0))
        #expect(a.model == b.model)
    }
}
