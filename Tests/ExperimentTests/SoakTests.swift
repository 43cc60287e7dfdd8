import ChannelModel
import Experiments
import Scenario
import Statistics
import Testing

/// Soak tests: the slope and the verdict rule exactly, then a form backlog whose growth per
/// day is known from the inputs, and one that an ample team keeps empty.
@Suite struct SoakTests {
    @Test func slopeAndVerdictRule() {
        #expect(Soak.slope([1, 3, 5, .nan, 9]) == 2)
        #expect(Soak.slope([4, 4, 4]) == 0)
        #expect(Soak.slope([.nan, 7]).isNaN)
        #expect(Soak.verdict(ConfidenceInterval(mean: 3, halfWidth: 2, count: 5, level: 0.95)) == .growing)
        #expect(Soak.verdict(ConfidenceInterval(mean: -3, halfWidth: 2, count: 5, level: 0.95)) == .shrinking)
        #expect(Soak.verdict(ConfidenceInterval(mean: 1, halfWidth: 2, count: 5, level: 0.95)) == .stable)
        #expect(Soak.verdict(ConfidenceInterval(mean: 0, halfWidth: 0, count: 5, level: 0.95)) == .stable)
        #expect(Soak.verdict(ConfidenceInterval(mean: 3, halfWidth: nil, count: 1, level: 0.95)) == .undetermined)
        #expect(Soak.verdict(nil) == .undetermined)
    }

    /// A form worked 08:00–16:00 by `agents` agents, 2 minutes an item, 100 items an hour
    /// arriving in the window (its hours: without them closing agents would work the backlog
    /// down at every close); and a chat channel listed first (forms are analysed first).
    static func soak(agents: Int, days: Int) throws -> Soak {
        let text = """
            name: soak
            seed: 8
            replications: 8
            horizon: { start: "08:00", end: "16:00", interval: 30m }
            channels:
              chat:
                arrivals: { rate: 10/h }
                patience: { exponential: { mean: 2m } }
                work: 3m
              message:
                kind: form
                arrivals: { rate: 100/h }
                handle: 2m
                hours: "08:00-16:00"
            teams:
              office: { skills: [message], headcount: \(agents) }
              web: { skills: [chat], headcount: 3 }
            """
        let s = try ScenarioLoader.parseSet(text, file: "soak.yaml").base
        let design = ExperimentDesign(variants: [Variant(name: "soak", model: s.model.repeatingDays(days))], seed: s.seed,
                                      replications: s.replications, confidence: 0.95)
        return Soak.analyse(Experiment.run(design, threads: 2).variants[0], level: 0.95)
    }

    @Test func overloadedFormGrowsByTheDailyExcess() throws {
        // 800 items arrive a day; 2 agents finish 2 × 8 h ÷ 2 min = 480: the backlog grows by 320 a day.
        let soak = try Self.soak(agents: 2, days: 5)
        #expect(soak.days == 5 && soak.channels.map(\.channel) == ["message", "chat"])
        let form = soak.channels[0]
        let g = try #require(form.growth)
        #expect(form.verdict == .growing && form.slopes.count == 8 && form.perDay.count == 5)
        #expect(abs(g.mean - 320) < max(3 * (g.halfWidth ?? 0), 10), "\(g)")
        #expect(form.perDay[4]!.mean > form.perDay[0]!.mean + 4 * 300)
    }

    @Test func ampleTeamKeepsTheBacklogStable() throws {
        // 6 agents finish 1440 items a day, far above the 800 that arrive.
        let soak = try Self.soak(agents: 6, days: 4)
        let form = soak.channels[0]
        #expect(form.verdict == .stable, "\(String(describing: form.growth))")
        #expect(abs(form.growth?.mean ?? 99) < 1)
    }
}
