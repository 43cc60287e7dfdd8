import ChannelModel
import Testing

/// Surges and load scaling change exactly the rates they say, in exactly the intervals.
@Suite struct SurgeTests {
    static let horizon = Horizon(intervalLength: 900, intervalsPerDay: 40, days: 2, dayStart: 8 * 3600)

    @Test func surgeCoversWholeIntervals() throws {
        let s = try Surge.parse("x3 12:00 30m", horizon: Self.horizon)
        #expect(s.multiplier == 3 && s.first == 16 && s.count == 2)
        let d2 = try Surge.parse("x1.5 d2 08:00 1h", horizon: Self.horizon)
        #expect(d2.first == 40 && d2.count == 4)
        func problem(_ t: String) -> String? {
            do { _ = try Surge.parse(t, horizon: Self.horizon); return nil } catch { return error.problem }
        }
        #expect(problem("x3 12:10 30m") == "the surge does not start and end on interval boundaries")
        #expect(problem("x3 17:45 30m") == "17:45 for 30m is outside the day's window 08:00–18:00")
        #expect(problem("x0 12:00 30m") == "'x0' is not a multiplier > 0")
        #expect(problem("x2 d3 12:00 30m") == "day 3 is outside the horizon")
        #expect(problem("3 12:00 30m") == "'3 12:00 30m' is not a surge")
    }

    @Test func applyingAndScalingChangeOnlyTheirRates() throws {
        let rates = (0..<80).map { Double($0) }
        var model = ModelSpec(horizon: Self.horizon,
                              channels: [ChannelSpec(name: "chat", kind: .chat, patience: .never, work: .deterministic(60), slTime: 20,
                                                     arrivalRates: rates)],
                              teams: [TeamSpec(name: "t", skills: [0], headcount: Array(repeating: 1, count: 80), concurrency: 1, speeds: [1])])
        model = model.applying(try Surge.parse("x3 12:00 30m", horizon: Self.horizon))
        let r = model.channels[0].arrivalRates
        #expect(r[15] == 15 && r[16] == 48 && r[17] == 51 && r[18] == 18 && r[56] == 56)
        #expect(model.scalingArrivals(by: 2).channels[0].arrivalRates[17] == 102)
    }
}

/// An outage takes one team away on whole intervals, and is named exactly when wrong.
@Suite struct OutageTests {
    @Test func outageZeroesOneTeamsHeadcount() throws {
        let h = SurgeTests.horizon
        let model = ModelSpec(horizon: h,
                              channels: [ChannelSpec(name: "chat", kind: .chat, patience: .never, work: .deterministic(60), slTime: 20,
                                                     arrivalRates: Array(repeating: 1, count: 80))],
                              teams: [TeamSpec(name: "web", skills: [0], headcount: Array(repeating: 4, count: 80), concurrency: 2, speeds: [1, 1]),
                                      TeamSpec(name: "back", skills: [0], headcount: Array(repeating: 2, count: 80), concurrency: 1, speeds: [1])])
        let o = try Outage.parse("team web d2 14:00 45m", model: model)
        #expect(o.subject == .team(0) && o.first == 64 && o.count == 3)
        let m = model.applying(o)
        #expect(m.teams[0].headcount[63] == 4 && m.teams[0].headcount[64...66].allSatisfy { $0 == 0 } && m.teams[0].headcount[67] == 4)
        #expect(m.teams[1].headcount == model.teams[1].headcount && m.channels == model.channels)
        func problem(_ t: String) -> String? {
            do { _ = try Outage.parse(t, model: model); return nil } catch { return "\(error.problem) (\(error.expected))" }
        }
        #expect(problem("team wab 14:00 45m") == "unknown team 'wab' (did you mean 'web'?)")
        #expect(problem("team chat 14:00 45m")?.hasPrefix("unknown team 'chat'") == true)
        #expect(problem("14:00 45m")?.hasPrefix("'14:00 45m' is not an outage") == true)
        #expect(problem("team web 14:05 45m")?.hasPrefix("the outage does not start and end on interval boundaries") == true)
    }
}
