import Analytic
import ChannelModel
import Experiments
import Testing

/// The pieces of `staff` with exact answers: rostering with shrinkage, which targets are
/// staffed by which team, the formulas' start, and whole shifts.
@Suite struct StaffingTests {
    @Test func rosteringWithShrinkage() {
        // 30 % shrinkage: round(h · 0.7) on duty.
        #expect(Rostering.headcount(onDuty: 7, shrinkage: 0.3) == 10)     // 7.0
        #expect(Rostering.headcount(onDuty: 6, shrinkage: 0.3) == 8)      // 5.6 → 6
        #expect(Rostering.headcount(onDuty: 0, shrinkage: 0.3) == 0)
        #expect(Rostering.headcount(onDuty: 5, shrinkage: 0) == 5)
        #expect(Rostering.up(8, shrinkage: 0.3) == 10)                     // 6 → 7 on duty
        #expect(Rostering.down(10, shrinkage: 0.3) == 8)
        #expect(Rostering.down(0, shrinkage: 0.3) == 0)
        for s in [0.0, 0.1, 0.25, 0.33] {
            for n in 0...40 {
                let h = Rostering.headcount(onDuty: n, shrinkage: s)
                #expect(Rostering.onDuty(h, shrinkage: s) >= n)
                #expect(h == 0 || Rostering.onDuty(h - 1, shrinkage: s) < n)
            }
        }
    }

    static func model() -> ModelSpec {
        let chat = ChannelSpec(name: "chat", kind: .chat, patience: .exponential(mean: 90), work: .exponential(mean: 300),
                               slTime: 60, arrivalRates: [0, 0.05])
        let phone = ChannelSpec(name: "phone", kind: .phone, patience: .exponential(mean: 120), work: .exponential(mean: 240),
                                slTime: 20, arrivalRates: [0.02, 0.02])
        let web = TeamSpec(name: "web", skills: [0, 1], headcount: [3, 3], concurrency: 2, speeds: [1, 0.8])
        let voice = TeamSpec(name: "voice", skills: [1], headcount: [2, 2], concurrency: 1, speeds: [1])
        return ModelSpec(horizon: Horizon(intervalLength: 1800, intervalsPerDay: 2), channels: [chat, phone], teams: [web, voice])
    }

    @Test func targetsAreChargedToTheTeamThatServesTheChannelFirst() throws {
        let targets = try ["chat.sl(60s) >= 0.8", "phone.asa <= 30s", "totals.agent_cost <= 500", "team/web.occupancy <= 0.9"]
            .map { try Target.parse($0) }
        let staffed = try StaffedTargets(targets: targets, model: Self.model())
        #expect(staffed.entries.map(\.target.text) == ["chat.sl(60s) >= 0.8", "phone.asa <= 30s"])
        #expect(staffed.entries.map(\.team) == [0, 1])        // phone is voice's first skill, not web's
        #expect(staffed.wholeHorizon.map(\.text) == ["totals.agent_cost <= 500", "team/web.occupancy <= 0.9"])
        #expect(staffed.teams == [0, 1])
        #expect(throws: StaffingError.self) { try StaffedTargets(targets: [targets[2]], model: Self.model()) }
    }

    @Test func formulasStartFromErlangAAndTheChatChain() throws {
        let m = Self.model()
        let sl = try Target.parse("phone.sl(20s) >= 0.8")
        let need = AnalyticNeed.of(channel: m.channels[1], team: m.teams[1], rate: 0.02, targets: [sl], cap: 50)
        let exact = try Staffing.smallest(from: 1, evaluate: { n in
            try Erlang.a(arrivalRate: 0.02, meanService: 240, meanPatience: 120, agents: n, slTime: 20)
        }, meets: { $0.slOffered >= 0.8 }).agents
        #expect(need == AnalyticNeed(agents: exact, method: .erlangA, reachable: true))
        let chatSL = try Target.parse("chat.sl(60s) >= 0.8")
        let chat = AnalyticNeed.of(channel: m.channels[0], team: m.teams[0], rate: 0.05, targets: [chatSL], cap: 50)
        let chain = try Staffing.smallest(from: 1, evaluate: { n in
            try ChatMarkovChain.solve(arrivalRate: 0.05, agents: n, concurrency: 2, meanWork: 300, speeds: [1, 0.8],
                                      meanPatience: 90, slTime: 60)
        }, meets: { $0.queue.slOffered >= 0.8 }).agents
        #expect(chat == AnalyticNeed(agents: chain, method: .chatChain, reachable: true))
        #expect(AnalyticNeed.of(channel: m.channels[0], team: m.teams[0], rate: 0, targets: [chatSL], cap: 50)
                == AnalyticNeed(agents: 0, method: .idle, reachable: true))
        // Everyone answered in time is no finite team's service level: impossible, the cap.
        let all = try Target.parse("phone.sl(20s) >= 1")
        #expect(AnalyticNeed.of(channel: m.channels[1], team: m.teams[1], rate: 0.02, targets: [all], cap: 31)
                == AnalyticNeed(agents: 31, method: .erlangA, reachable: false, impossible: true))
        // Possible, but not within a cap below the answer: the cap, unreachable.
        #expect(AnalyticNeed.of(channel: m.channels[1], team: m.teams[1], rate: 0.02, targets: [sl], cap: exact - 1)
                == AnalyticNeed(agents: exact - 1, method: .erlangA, reachable: false))
        // A figure no formula gives: the workload, ceil(0.02 × 240) = 5.
        let delay = try Target.parse("phone.wait_p90 <= 60s")
        #expect(AnalyticNeed.of(channel: m.channels[1], team: m.teams[1], rate: 0.02, targets: [delay], cap: 50)
                == AnalyticNeed(agents: 5, method: .workload, reachable: true))
        // The cap: twice the workload (rounded up) plus 20.
        #expect(AnalyticNeed.cap(channel: m.channels[1], team: m.teams[1], rate: 0.02) == 2 * 5 + 20)
    }

    @Test func afterCallWorkIsPartOfTheServiceTimeTheFormulasSizeFor() throws {
        // Handle 180 s + wrap-up 60 s sizes like a 240 s handle (Erlang A on the total);
        // the workload and the cap count it too.
        let m = Self.model()
        var wrapped = m.channels[1]
        wrapped.work = .exponential(mean: 180)
        wrapped.afterCallWork = .deterministic(60)
        let sl = try Target.parse("phone.sl(20s) >= 0.8")
        let need = AnalyticNeed.of(channel: wrapped, team: m.teams[1], rate: 0.02, targets: [sl], cap: 50)
        let exact = try Staffing.smallest(from: 1, evaluate: { n in
            try Erlang.a(arrivalRate: 0.02, meanService: 240, meanPatience: 120, agents: n, slTime: 20)
        }, meets: { $0.slOffered >= 0.8 }).agents
        #expect(need == AnalyticNeed(agents: exact, method: .erlangA, reachable: true))
        let without = AnalyticNeed.of(channel: { var c = wrapped; c.afterCallWork = nil; return c }(), team: m.teams[1],
                                      rate: 0.02, targets: [sl], cap: 50)
        #expect(without.agents < need.agents)
        let delay = try Target.parse("phone.wait_p90 <= 60s")
        #expect(AnalyticNeed.of(channel: wrapped, team: m.teams[1], rate: 0.02, targets: [delay], cap: 50)
                == AnalyticNeed(agents: 5, method: .workload, reachable: true))   // ceil(0.02 × 240)
        #expect(AnalyticNeed.cap(channel: wrapped, team: m.teams[1], rate: 0.02) == 2 * 5 + 20)
    }

    @Test func theFormulasUseEachIntervalsHandleTimeAndPatience() throws {
        // Phone handle 120 s in interval 1 and 480 s in interval 2 (patience 60 s, then
        // none): each interval's formula need is Erlang A / C on that interval's means.
        var model = Self.model()
        model.channels[0].arrivalRates = [0, 0]
        model.channels[1].workBands = [.exponential(mean: 120), .exponential(mean: 480)]
        model.channels[1].patienceBands = [.exponential(mean: 60), .never]
        let sl = try Target.parse("phone.sl(20s) >= 0.8")
        let search = StaffingSearch(model: model, targets: try StaffedTargets(targets: [sl], model: model), seed: 3,
                                    replications: 2, confidence: 0.95)
        let needs = try #require(search.run(threads: 1).needs[1])
        let exact = try [(120.0, 60.0), (480.0, Double.infinity)].map { aht, patience in
            try Staffing.smallest(from: 1, evaluate: { n in
                try Erlang.a(arrivalRate: 0.02, meanService: aht, meanPatience: patience, agents: n, slTime: 20)
            }, meets: { $0.slOffered >= 0.8 }).agents
        }
        #expect(needs.map(\.agents) == exact)
        #expect(exact[0] < exact[1])
    }

    @Test func theAnalyticPlanUsesEachIntervalsShrinkage() throws {
        // The same need in both intervals; shrinkage 0 then 0.5 (per band): the scheduled
        // head-count of the second is the smallest h with round(h · 0.5) ≥ the need.
        var model = Self.model()
        model.channels[0].arrivalRates = [0, 0]
        model.teams[1].shrinkage = 0
        model.teams[1].shrinkageBands = [0, 0.5]
        let sl = try Target.parse("phone.sl(20s) >= 0.8")
        let plan = StaffingSearch(model: model, targets: try StaffedTargets(targets: [sl], model: model), seed: 3,
                                  replications: 2, confidence: 0.95).run(threads: 1)
        let need = try #require(plan.needs[1]).map(\.agents)
        #expect(need[0] == need[1])
        let voice = try #require(plan.teams.firstIndex(of: 1))
        #expect(plan.analytic[voice] == [need[0], Rostering.headcount(onDuty: need[1], shrinkage: 0.5)])
        #expect(plan.analytic[voice][1] > plan.analytic[voice][0])
    }

    @Test func wholeShiftsCoverTheNeedAndSayTheGap() throws {
        let h = Horizon(intervalLength: 3600, intervalsPerDay: 8)
        // Early 0–4, late 4–8, middle 2–6.
        let patterns = [ShiftPattern(start: 0, end: 4, days: [1], agents: 0, daysGiven: false),
                        ShiftPattern(start: 4, end: 8, days: [1], agents: 0, daysGiven: false),
                        ShiftPattern(start: 2, end: 6, days: [1], agents: 0, daysGiven: false)]
        let need = [2, 2, 5, 5, 5, 5, 2, 2]
        let plan = try ShiftPlanner.plan(need: need, patterns: patterns, horizon: h)
        #expect(plan.agents == [2, 2, 3])
        #expect(plan.headcount == need)
        #expect(plan.paid == 28 && plan.lowerBound == 28 && plan.gap == 0)
        // A peak the shifts cannot follow: paid beyond the need, gap reported.
        let peaked = try ShiftPlanner.plan(need: [1, 1, 1, 6, 1, 1, 1, 1], patterns: patterns, horizon: h)
        #expect(zip(peaked.headcount, [1, 1, 1, 6, 1, 1, 1, 1]).allSatisfy { $0 >= $1 })
        #expect(peaked.paid > peaked.lowerBound && peaked.gap > 0)
        // An interval with a need that no shift covers.
        #expect(throws: ShiftPlanner.Uncovered(intervals: [7])) {
            try ShiftPlanner.plan(need: [0, 0, 0, 0, 0, 0, 0, 1], patterns: [patterns[0], patterns[2]], horizon: h)
        }
    }
}
