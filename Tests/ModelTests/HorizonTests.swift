import ChannelModel
import Testing

@Suite struct HorizonTests {
    @Test func singleDay() {
        let h = Horizon(intervalLength: 900, intervalsPerDay: 48, days: 1, dayStart: 8 * 3600)
        #expect(h.intervalCount == 48)
        #expect(h.start(ofInterval: 4) == 3600)
        #expect(h.interval(at: 3599.9) == 3 && h.interval(at: 3600) == 4)
        #expect(h.interval(at: 43_200) == nil)
        #expect(h.label(ofInterval: 0) == "08:00" && h.label(ofInterval: 47) == "19:45")
        #expect(h.end == 43_200)
    }

    @Test func multiDayWithGaps() {
        let h = Horizon(intervalLength: 3600, intervalsPerDay: 12, days: 3, dayStart: 8 * 3600)
        #expect(h.start(ofInterval: 12) == 86_400)
        #expect(h.interval(at: 50_000) == nil)             // night
        #expect(h.interval(at: 86_400 + 3600) == 13)
        #expect(h.label(ofInterval: 13) == "d2 09:00")
        #expect(!h.isContinuous)
    }

    @Test func units() {
        #expect(Units.parseDuration("45s") == 45)
        #expect(Units.parseDuration("5m") == 300)
        #expect(Units.parseDuration("1.5h") == 5400)
        #expect(Units.parseDuration("2d") == 172_800)
        #expect(Units.parseDuration("250ms") == 0.25)
        #expect(Units.parseDuration("3min") == 180)
        #expect(Units.parseDuration("45") == nil)
        #expect(Units.parseDuration("abc") == nil)
        #expect(Units.parseRate("2/min") == 2.0 / 60)
        #expect(Units.parseRate("120/h") == 120.0 / 3600)
        #expect(Units.parseRate("0.5/s") == 0.5)
        #expect(Units.parseRate("3000/d") == 3000.0 / 86_400)
        #expect(Units.parseRate("2") == nil && Units.parseRate("2/fortnight") == nil)
        #expect(Units.parseClock("08:30") == 30_600 && Units.parseClock("25:00") == nil && Units.parseClock("8") == nil)
    }

    @Test func nonHomogeneousArrivalCountsFollowRates() {
        // Rates 0, 10/min, 0, 30/min over four 1-hour intervals: counts are Poisson(600) and
        // Poisson(1800); the zero-rate intervals must stay empty.
        let ch = ChannelSpec(name: "phone", kind: .phone, patience: .never, work: .deterministic(1), slTime: 20,
                             arrivalRates: [0, 10.0 / 60, 0, 30.0 / 60])
        let spec = ModelSpec(horizon: Horizon(intervalLength: 3600, intervalsPerDay: 4), channels: [ch],
                             teams: [TeamSpec(name: "t", skills: [0], headcount: [50, 50, 50, 50], concurrency: 1, speeds: [1])])
        var totals = [0.0, 0, 0, 0]
        let reps = 20
        for r in 0..<reps {
            let m = Fixture.metrics(spec, seed: 9, replication: r)
            for i in 0..<4 { totals[i] += m.channels[0].intervals[i][.offered] }
        }
        #expect(totals[0] == 0 && totals[2] == 0)
        // Means over 20 replications: standard error √(600/20) ≈ 5.5 and √(1800/20) ≈ 9.5; allow 4 s.e.
        #expect(abs(totals[1] / Double(reps) - 600) < 4 * 5.5)
        #expect(abs(totals[3] / Double(reps) - 1800) < 4 * 9.5)
    }
}
