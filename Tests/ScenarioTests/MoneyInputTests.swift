import ChannelModel
import Scenario
import Testing

/// Shifts, costs, sales and the satisfaction proxy: what the loader builds, and the
/// precise error each bad value gives.
@Suite struct MoneyInputTests {
    static let valid = """
        name: m
        horizon: { start: "08:00", end: "12:00", interval: 30m, days: 2 }
        visitors:
          arrivals: { rate: 100/h }
          segments: { mobile: 0.6, desktop: 0.4 }
          enquiries:
            order: { share: 0.7, choice: { chat: 0.8, leave: 0.2 }, sale: { value: 80, conversion: { resolved: 0.3, chat.abandoned: 0.05 } } }
            returns: { share: 0.3, choice: { chat: 0.5, leave: 0.5 } }
        channels:
          chat: { work: 5m }
        teams:
          web:
            skills: [chat]
            shifts:
              - { start: "08:00", end: "10:00", agents: 2 }
              - { start: "09:00", end: "12:00", agents: 3, days: [2] }
            cost_per_hour: 25
        satisfaction:
          base: { chat.resolved: 80, self_served: 85, default: 40 }
          per_minute_wait: -2
          abandoned: -30
        """

    func error(_ a: String, _ b: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        #expect(Self.valid.contains(a), "the base has no '\(a)'", sourceLocation: sourceLocation)
        return scenarioError(Self.valid.replacingOccurrences(of: a, with: b), file: "m.yaml")?.description
    }

    @Test func validBuildsShiftsCostsSalesAndScores() throws {
        let s = try ScenarioLoader.parse(Self.valid, file: "m.yaml")
        let team = s.model.teams[0]
        // Day 1: 2 agents 08:00–10:00; day 2: 2 agents 08:00–10:00 plus 3 from 09:00 to 12:00.
        #expect(team.headcount == [2, 2, 2, 2, 0, 0, 0, 0] + [2, 2, 5, 5, 3, 3, 3, 3])
        #expect(team.costPerHour == 25 && team.overtimeCostPerHour == nil)
        let sale = try #require(s.model.visitors?.enquiries[0].sale)
        #expect(sale.value == .deterministic(80))
        #expect(sale.probability(.resolved, channel: 0) == 0.3)
        #expect(sale.probability(.abandoned, channel: 0) == 0.05)
        #expect(sale.probability(.abandoned, channel: -1) == 0)
        #expect(sale.probability(.selfServed, channel: -1) == 0)
        #expect(s.model.visitors?.enquiries[1].sale == nil)
        let satisfaction = try #require(s.model.satisfaction)
        #expect(satisfaction.baseScore("resolved", channel: "chat") == 80)
        #expect(satisfaction.baseScore("self_served", channel: nil) == 85)
        #expect(satisfaction.baseScore("unresolved", channel: "chat") == 40)
        #expect(satisfaction.perMinuteWait == [-2])
        #expect(satisfaction.abandoned == -30)
    }

    @Test func negativeMoney() {
        #expect(error("cost_per_hour: 25", "cost_per_hour: -25")
                == "m.yaml:17:20: teams.web.cost_per_hour: must not be negative, got -25.0 (expected an amount of money ≥ 0, e.g. 28.50)")
        #expect(error("value: 80", "value: -80")
                == "m.yaml:7:76: visitors.enquiries.order.sale.value: must not be negative, got -80.0 (expected an amount of money ≥ 0, e.g. 28.50)")
        #expect(error("value: 80", "value: { lognormal: { mean: -80, cv: 0.5 } }")
                == "m.yaml:7:97: visitors.enquiries.order.sale.value.lognormal.mean: must be positive, got -80.0 (expected an amount of money > 0, e.g. 28.50)")
        #expect(error("    cost_per_hour: 25", "    cost_per_hour: 25\n    overtime_cost_per_hour: -1")
                == "m.yaml:18:29: teams.web.overtime_cost_per_hour: must not be negative, got -1.0 (expected an amount of money ≥ 0, e.g. 28.50)")
    }

    @Test func overtimeRateNeedsTheRate() {
        #expect(error("cost_per_hour: 25", "overtime_cost_per_hour: 40")
                == "m.yaml:17:29: teams.web.overtime_cost_per_hour: is given without cost_per_hour (expected cost_per_hour as well, the rate of scheduled hours)")
    }

    @Test func conversionKeysAndProbabilities() {
        #expect(error("resolved: 0.3", "resolved: 1.3")
                == "m.yaml:7:104: visitors.enquiries.order.sale.conversion.resolved: 1.3 is outside 0…1 (expected a number between 0 and 1)")
        #expect(error("resolved: 0.3", "resolvd: 0.3")
                == "m.yaml:7:103: visitors.enquiries.order.sale.conversion.resolvd: 'resolvd' is not an outcome (did you mean 'resolved'?)")
        #expect(error("chat.abandoned", "caht.abandoned")
                == "m.yaml:7:125: visitors.enquiries.order.sale.conversion.caht.abandoned: unknown channel 'caht' (did you mean 'chat.abandoned'?)")
    }

    @Test func satisfactionKeys() {
        #expect(error("self_served: 85", "chat.self_served: 85")
                == "m.yaml:19:48: satisfaction.base.chat.self_served: 'self_served' involves no channel (expected self_served without a channel)")
        #expect(error("per_minute_wait: -2", "per_minute_wait: { phone: -2 }")
                == "m.yaml:20:29: satisfaction.per_minute_wait.phone: unknown channel 'phone' (expected one of: chat)")
        #expect(error("abandoned: -30", "abandoned: -3e13")
                == "m.yaml:21:14: satisfaction.abandoned: -30000000000000.0 is outside the supported ±10¹² (expected a score, e.g. 80 or -2)")
    }

    @Test func shiftsInsideTheHorizonOnBoundaries() {
        #expect(error("start: \"08:00\", end: \"10:00\"", "start: \"07:00\", end: \"10:00\"")
                == "m.yaml:15:18: teams.web.shifts[0].start: 07:00 is outside the horizon's day, 08:00–12:00 (expected a time within the opening window)")
        #expect(error("start: \"08:00\", end: \"10:00\"", "start: \"08:10\", end: \"10:00\"")
                == "m.yaml:15:18: teams.web.shifts[0].start: 08:10 is not on an interval boundary (expected a multiple of 30.0m after 08:00)")
        #expect(error("start: \"08:00\", end: \"10:00\"", "start: \"10:00\", end: \"10:00\"")
                == "m.yaml:15:32: teams.web.shifts[0].end: is not after start (expected an end later the same day; night shifts are not modelled)")
        #expect(error("days: [2]", "days: [3]")
                == "m.yaml:16:59: teams.web.shifts[1].days[0]: day 3 is outside the horizon (expected a day of the horizon, 1…2)")
        #expect(error("    cost_per_hour: 25", "    cost_per_hour: 25\n    headcount: 3")
                == "m.yaml:15:7: teams.web.shifts: conflicts with 'headcount' (give only one of headcount, shifts)")
    }

    @Test func namesUsedInOutputKeys() {
        #expect(error("  chat: { work: 5m }", "  totals: { kind: chat, work: 5m }")
                == "m.yaml:10:11: channels.totals: 'totals' is reserved (expected another channel name (outputs use it for visitor groups, teams and totals))")
        #expect(error("    returns:", "    re/turns:")
                == "m.yaml:8:15: visitors.enquiries.re/turns: enquiry name 're/turns' is empty or contains '/' (expected a name without '/' (outputs use it as a separator))")
    }
}
