import ChannelModel
import Testing
import Variates

/// Which scenarios are steady-state (warm-up `auto` by default; docs/model.md, "Automatic
/// warm-up"): one 24-hour day with nothing that changes over it.
@Suite struct SteadyStateTests {
    /// One 24-hour day in two 12-hour intervals, constant rate and head-count.
    static var model: ModelSpec {
        let ch = ChannelSpec(name: "phone", kind: .phone, patience: .never, work: .exponential(mean: 240), slTime: 20,
                             arrivalRates: [0.01, 0.01])
        let team = TeamSpec(name: "t", skills: [0], headcount: [10, 10], concurrency: 1, speeds: [1])
        return ModelSpec(horizon: Horizon(intervalLength: 12 * 3600, intervalsPerDay: 2), channels: [ch], teams: [team])
    }

    @Test func aConstantDayIsSteady() {
        #expect(Self.model.isSteadyState)
        var m = Self.model
        m.teams[0].shrinkage = 0.3
        #expect(m.isSteadyState)
    }

    @Test func shrinkageThatChangesTheAgentsOnDutyIsADay() {
        // 10 scheduled: 7 on duty, then 6. The agents on duty change over the day as with
        // a changing head-count.
        var m = Self.model
        m.teams[0].shrinkageBands = [0.3, 0.4]
        #expect(!m.isSteadyState)
        // Bands that round to the same agents on duty (7 and 7) change nothing.
        m.teams[0].shrinkageBands = [0.3, 0.32]
        #expect(m.isSteadyState)
    }

    @Test func aClassWhoseHandleChangesOverTheDayIsADay() {
        var m = Self.model
        var cl = ContactClass(name: "a", share: 1)
        cl.work = .exponential(mean: 200)
        cl.workBands = [.exponential(mean: 200), .exponential(mean: 300)]
        m.channels[0].classes = [cl]
        #expect(!m.isSteadyState)
    }
}
