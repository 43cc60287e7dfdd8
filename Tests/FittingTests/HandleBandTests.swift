import ChannelModel
import Fitting
import Foundation
import Scenario
import Testing
import Variates

/// `fit --handle-by hour`: handle time per clock hour, hours with too small a sample pooled,
/// written as bands the loader reads and the model runs.
@Suite struct HandleBandTests {
    /// Served calls on 1999-04-04 (day 10685): `n` at each listed hour, handle times
    /// alternating `a` and `b` seconds, 10 s waits; one abandoner per hour.
    static func log(_ hours: [(hour: Int, n: Int, a: Double, b: Double)]) -> LogAccumulator {
        var acc = LogAccumulator(intervalLength: 3600, selection: FitSelection())
        for h in hours {
            for k in 0..<h.n {
                acc.add(.contact(ContactRecord(day: 10685, second: Double(h.hour * 3600 + k * 3600 / h.n), channel: "phone", contactClass: "PS",
                                               outcome: .served, wait: 10, handle: k % 2 == 0 ? h.a : h.b, agent: "A\(k % 5)")))
            }
            acc.add(.contact(ContactRecord(day: 10685, second: Double(h.hour * 3600 + 1800), channel: "phone", contactClass: "PS",
                                           outcome: .abandoned, wait: 30, handle: 0, agent: nil)))
        }
        return acc
    }

    @Test func twoHoursWithDifferentMeansGiveTwoBands() throws {
        let acc = Self.log([(9, 600, 100, 200), (14, 600, 300, 600)])
        let fit = try Estimator.fit(acc, files: ["log"], layout: .generic, classedBy: "class", handleBy: .hour)
        let bands = try #require(fit.channels[0].handleBands)
        // 00:00–10:00 holds the 09:00 hour's 600 calls; 10:00–24:00 the 14:00 hour's.
        #expect(bands.map(\.start) == [0, 10] && bands.map(\.end) == [10, 24])
        #expect(bands.map { $0.handle!.count } == [600, 600])
        #expect(bands.map { $0.handle!.mean } == [150, 450])
        let text = ScenarioText.render(fit, name: "bands")
        #expect(text.contains("      bands:\n        - { from: \"00:00\", ") && text.contains("        - { from: \"10:00\", "))
        let spec = try ScenarioLoader.parse(text, file: "bands.yaml").model
        let laws = try #require(spec.channels[0].workBands)
        #expect(laws.count == 24 && laws[9] == laws[0] && laws[14] == laws[10] && laws[9] != laws[14])
        // The written laws are the bands' best fits (means to the 0.1 s the file keeps).
        for (hour, band) in [(9, bands[0]), (14, bands[1])] {
            #expect(abs(laws[hour].mean - band.handle!.best!.distribution.mean) < 0.051)
        }
        #expect(abs(laws[9].mean - 150) < 15 && abs(laws[14].mean - 450) < 45)
        // It runs: every offered call has its outcome.
        let rec = MetricsRecorder(spec: spec)
        var sim = Simulation(spec: spec, seed: 1, replication: 0, monitor: rec)
        sim.run()
        let day = rec.metrics(replication: 0).channels[0].intervals
        #expect(day[9][.offered] > 0 && day[14][.offered] > 0)
    }

    @Test func hoursWithTooFewCallsArePooledAndOneBandIsNoBand() throws {
        // 07:00 has 20 calls: too few alone, so it joins 09:00 in the first band.
        let acc = Self.log([(7, 20, 60, 60), (9, 600, 100, 200), (14, 600, 300, 600)])
        let bands = try #require(try Estimator.fit(acc, files: ["log"], layout: .generic, classedBy: "class", handleBy: .hour)
            .channels[0].handleBands)
        #expect(bands.map { $0.handle!.count } == [620, 600])
        // Under the minimum in every hour but one: one band, the whole-day law.
        let small = Self.log([(9, 600, 100, 200), (14, 400, 300, 600)])
        let fit = try Estimator.fit(small, files: ["log"], layout: .generic, classedBy: "class", handleBy: .hour)
        #expect(fit.channels[0].handleBands == nil)
        #expect(try Estimator.fit(acc, files: ["log"], layout: .generic, classedBy: "class").channels[0].handleBands == nil)
    }
}
