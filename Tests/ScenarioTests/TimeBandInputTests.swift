import ChannelModel
import Scenario
import Testing
import Variates

/// `handle:` / `work:` / `patience:` given per time band or per interval of the day.
@Suite struct TimeBandInputTests {
    static let phone = """
        name: ok
        horizon: { start: "08:00", end: "10:00", interval: 30m }
        channels:
          phone:
            arrivals: { rate: 2/min }
            handle: 4m
            patience: { exponential: 2m }
        teams:
          calls: { skills: [phone], headcount: 10 }
        """

    static func with(handle: String) -> String {
        phone.replacingOccurrences(of: "handle: 4m", with: "handle: \(handle)")
    }

    @Test func bandsExpandToOneLawPerInterval() throws {
        let s = try ScenarioLoader.parse(Self.with(handle: """
            { bands: [ { from: "08:00", lognormal: { mean: 200s, cv: 1.2 } }, { from: "09:00", value: 3m } ] }
            """), file: "s.yaml")
        let ch = s.model.channels[0]
        let early = Distribution.lognormal(mean: 200, cv: 1.2)
        #expect(ch.workBands == [early, early, .deterministic(180), .deterministic(180)])
        #expect(ch.work == early)
        #expect(ch.patienceBands == nil && ch.patience == .exponential(mean: 120))
    }

    @Test func perIntervalAndPatienceBands() throws {
        let s = try ScenarioLoader.parse(Self.with(handle: "{ per_interval: [3m, 3m, 4m, { exponential: 5m }] }")
            .replacingOccurrences(of: "patience: { exponential: 2m }",
                                  with: "patience: { bands: [ { from: \"08:00\", value: none }, { from: \"08:30\", exponential: 1m } ] }"),
            file: "s.yaml")
        let ch = s.model.channels[0]
        #expect(ch.workBands == [.deterministic(180), .deterministic(180), .deterministic(240), .exponential(mean: 300)])
        #expect(ch.patienceBands == [.never, .exponential(mean: 60), .exponential(mean: 60), .exponential(mean: 60)])
    }

    @Test func oneLawAllDayIsNoBand() throws {
        let s = try ScenarioLoader.parse(Self.with(handle: "{ bands: [ { from: \"08:00\", value: 4m }, { from: \"09:00\", value: 4m } ] }"),
                                         file: "s.yaml")
        #expect(s.model.channels[0].workBands == nil && s.model.channels[0].work == .deterministic(240))
    }

    @Test func badBandsSayWhereAndWhy() {
        let cases: [(String, String)] = [
            ("{ bands: [ { from: \"08:00\", value: 3m }, { from: \"08:00\", value: 4m } ] }", "is not after the previous band's start"),
            ("{ bands: [ { from: \"09:00\", value: 3m }, { from: \"08:30\", value: 4m } ] }", "after the window opens"),
            ("{ bands: [ { from: \"08:00\", value: 3m }, { from: \"08:45\", value: 4m } ] }", "is not on an interval boundary"),
            ("{ bands: [ { from: \"08:00\", value: 3m }, { from: \"10:00\", value: 4m } ] }", "is outside the day's window 08:00–10:00"),
            ("{ bands: [ { from: \"08:00\" } ] }", "has no distribution"),
            ("{ bands: [] }", "is empty"),
            ("{ per_interval: [3m, 4m] }", "has 2 distributions"),
            ("{ bands: [ { from: \"08:00\", value: 3m } ], per_interval: [3m, 3m, 3m, 3m] }", "conflicts with"),
        ]
        for (handle, problem) in cases {
            let e = scenarioError(Self.with(handle: handle), file: "s.yaml")
            #expect(e?.description.contains(problem) == true, "\(handle): \(e?.description ?? "no error")")
            #expect(e?.file == "s.yaml" && (e?.line ?? 0) == 6, "\(handle)")
            #expect(e?.field.hasPrefix("channels.phone.handle") == true, "\(handle)")
        }
    }
}
