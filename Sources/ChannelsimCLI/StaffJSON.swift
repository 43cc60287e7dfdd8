import ChannelModel
import Experiments
import Foundation

/// `staff --format json|csv`, and the summary stored with the experiment.
extension StaffReport {
    func json() -> JSON {
        .object([
            ("scenario", .string(scenario.name)), ("strategy", .string(strategy)),
            ("seed", .string(String(result.design.seed))), ("replications", .int(result.replications)),
            ("confidence", .num(result.design.confidence)),
            ("staffing", summaryJSON()),
            ("intervals", .array(plan.teams.indices.flatMap { k in (0..<horizon.intervalCount).map { intervalJSON(team: k, interval: $0) } })),
            ("whole_horizon", .array(planResult.verdicts.map { v in
                .object([("target", .string(v.target.text)), ("mean", .num(v.interval?.mean)),
                         ("low", .num(v.interval?.low)), ("high", .num(v.interval?.high)), ("verdict", .string(v.outcome.rawValue))])
            })),
        ])
    }

    /// The plan without per-interval figures (those are stored as the variants' interval metrics).
    func summaryJSON() -> JSON {
        .object([
            ("feasible", .bool(plan.feasible)), ("rounds", .int(plan.rounds)), ("round_limit_hit", .bool(plan.hitRoundLimit)),
            ("rates_from_pilot", .bool(plan.ratesFromPilot)),
            ("targets", .array(targets.entries.map { e in
                .object([("target", .string(e.target.text)), ("team", .string(model.teams[e.team].name))])
            })),
            ("whole_horizon_only", .array(targets.wholeHorizon.map { .string($0.text) })),
            ("teams", .array(plan.teams.enumerated().map { k, t in
                let spec = model.teams[t]
                var fields: [(String, JSON)] = [
                    ("team", .string(spec.name)), ("formulas", .string(methods(team: k))),
                    ("formulas_headcount", .array(plan.analytic[k].map { .int($0) })),
                    ("plan_headcount", .array(plan.simulated[k].map { .int($0) })),
                    ("formulas_agent_hours", .num(hours(plan.analytic[k]))), ("plan_agent_hours", .num(hours(plan.simulated[k]))),
                    ("plan_cost", .num(hours(plan.simulated[k]) * spec.costPerHour)),
                ]
                if let s = shifts[k], let patterns = spec.shifts {
                    fields.append(("shifts", .array(zip(patterns, s.agents).map { p, n in
                        let (start, end) = p.clock(in: horizon)
                        return .object([("start", .string(start)), ("end", .string(end)), ("days", .array(p.days.map { .int($0) })),
                                        ("agents", .int(n))])
                    })))
                    fields.append(("shifts_headcount", .array(s.headcount.map { .int($0) })))
                    fields.append(("shifts_agent_hours", .num(hours(s.headcount))))
                    fields.append(("shifts_gap", .num(s.gap)))
                }
                return .object(fields)
            })),
            ("impossible", .array(plan.impossible.map { .string(targets.entries[$0].target.text) })),
            ("missed", .array(plan.missed.map { m in
                .object([("target", .string(targets.entries[m.entry].target.text)),
                         ("interval", .string(horizon.label(ofInterval: m.interval))), ("at_cap", .bool(m.atCap))])
            })),
        ])
    }

    func intervalJSON(team k: Int, interval i: Int) -> JSON {
        var fields: [(String, JSON)] = [
            ("team", .string(model.teams[plan.teams[k]].name)), ("interval", .string(horizon.label(ofInterval: i))),
            ("formulas", .int(plan.analytic[k][i])), ("plan", .int(plan.simulated[k][i])),
        ]
        if let s = shifts[k] { fields.append(("shifts", .int(s.headcount[i]))) }
        fields.append(("figures", .array(entries(ofTeam: k).map { e in
            let v = figure(entry: e, interval: i)
            return .object([("target", .string(v.target.text)), ("mean", .num(v.interval?.mean)), ("low", .num(v.interval?.low)),
                            ("high", .num(v.interval?.high)), ("verdict", .string(v.outcome.rawValue))])
        })))
        fields.append(("reason", reason(team: k, interval: i).map { .string($0.rawValue) } ?? .null))
        return .object(fields)
    }

    /// One row per team, interval and staffed target.
    func csv() -> String {
        var rows = [["team", "interval", "formulas", "plan", "shifts", "target", "mean", "low", "high", "verdict", "reason"]]
        for k in plan.teams.indices {
            for i in 0..<horizon.intervalCount {
                for e in entries(ofTeam: k) {
                    let v = figure(entry: e, interval: i)
                    rows.append([model.teams[plan.teams[k]].name, horizon.label(ofInterval: i), String(plan.analytic[k][i]),
                                 String(plan.simulated[k][i]), shifts[k].map { String($0.headcount[i]) } ?? "",
                                 v.target.text, ExperimentCSV.cell(v.interval?.mean), ExperimentCSV.cell(v.interval?.low),
                                 ExperimentCSV.cell(v.interval?.high), v.outcome.rawValue, reason(team: k, interval: i)?.rawValue ?? ""])
                }
            }
        }
        return rows.map { $0.map(CSVField.quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
