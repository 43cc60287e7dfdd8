import ChannelModel
import Experiments
import Foundation
import Scenario
import Statistics

/// What `staff` prints, stores and writes: per team and interval the formulas' and the
/// simulated head-counts, the figures the plan reaches with their verdicts, the likely
/// reason where the two plans differ, and the totals.
struct StaffReport {
    var plan: StaffingPlan
    var targets: StaffedTargets
    /// The final experiment: variants `formulas`, `plan` and (with --shifts) `shifts`.
    var result: ExperimentResult
    /// Whole-shift plans by team position.
    var shifts: [Int: ShiftPlanner.Plan]
    var scenario: Scenario
    var strategy: String

    var model: ModelSpec { result.variants[1].variant.model }
    var horizon: Horizon { model.horizon }
    var planResult: VariantResult { result.variants[1] }

    /// One staffed figure in one interval with the plan: its interval and verdict.
    func figure(entry k: Int, interval i: Int) -> TargetVerdict {
        let e = targets.entries[k]
        let ci = IntervalJudge.series(planResult.summary, e)[i][e.metric.index]
        return TargetVerdict(target: e.target, interval: ci ?? nil)
    }

    /// Entries (indices) team position `k` answers for.
    func entries(ofTeam k: Int) -> [Int] { targets.entries.indices.filter { targets.entries[$0].team == plan.teams[k] } }

    func reason(team k: Int, interval i: Int) -> StaffingReason? {
        StaffingReason.of(plan: plan, team: k, interval: i, model: scenario.model, targets: targets)
    }

    /// Scheduled agent-hours of a head-count list.
    func hours(_ counts: [Int]) -> Double { Double(counts.reduce(0, +)) * horizon.intervalLength / 3600 }

    /// How each channel's need was computed ("chat chain", "Erlang A, workload").
    func methods(team k: Int) -> String {
        let used = targets.channels(of: plan.teams[k]).flatMap { c in plan.needs[c]?.map(\.method) ?? [] }.filter { $0 != .idle }
        var names: [String] = []
        for m in used where !names.contains(m.rawValue) { names.append(m.rawValue) }
        return names.isEmpty ? "nobody arrives" : names.joined(separator: ", ")
    }

    func infeasibleLine() -> String {
        if let k = plan.impossible.first {
            let t = targets.entries[k].target
            return "infeasible: \(t.text) cannot be met by any finite team (with random arrivals someone sometimes finds "
                + "every agent busy, waits or leaves); the best plan found is reported, and meets it only in the replications run"
        }
        let first = plan.missed.first.map { m in
            let e = targets.entries[m.entry]
            return "e.g. \(e.target.text) at \(horizon.label(ofInterval: m.interval))"
                + (m.atCap ? " even with team \(model.teams[e.team].name) at its cap" : "")
        } ?? ""
        let capped = plan.missed.contains(where: \.atCap)
        return "infeasible: \(plan.missed.count) target-interval\(plan.missed.count == 1 ? "" : "s") still missed after \(plan.rounds) simulation round\(plan.rounds == 1 ? "" : "s"), \(first); "
            + (capped ? "no head-count up to the cap (twice the workload + 20 agents) meets it"
                      : "raise --max-rounds or check the targets")
            + "; the best plan found (fewest misses, then fewest agents) is reported"
    }

    func table(allMetrics: Bool) -> String {
        let level = FigureFormat.level(result.design.confidence)
        var out = "\(scenario.name)\(strategy == ScenarioSet.baseName ? "" : " [\(strategy)]"): staffing plan, "
            + "\(result.replications) replications, seed \(result.design.seed), \(level) confidence intervals\n"
        out += "staffed interval by interval (the mean of the replications must meet each bound): "
            + targets.entries.map { "\($0.target.text) [team \(model.teams[$0.team].name)]" }.joined(separator: ", ") + "\n"
        out += "arrival rates " + (plan.ratesFromPilot ? "measured by a pilot simulation (visitors or re-contacts feed the channels)" : "from the scenario") + "\n"
        out += plan.feasible ? "every interval meets every target after \(plan.rounds) simulation round\(plan.rounds == 1 ? "" : "s")"
                               + (plan.hitRoundLimit ? " (the round limit: more rounds might trim further; see --max-rounds)" : "") + "\n"
                             : infeasibleLine() + "\n"
        for (k, t) in plan.teams.enumerated() {
            let team = model.teams[t], mine = entries(ofTeam: k)
            let channels = targets.channels(of: t).map { model.channels[$0].name }.joined(separator: ", ")
            out += "\nteam \(team.name) (\(channels); formulas: \(methods(team: k)))\n"
            let hasShifts = shifts[k] != nil
            var columns = ["interval", "formulas", "plan"] + (hasShifts ? ["shifts"] : [])
            columns += mine.map { targets.entries[$0].target.text } + ["why the plan differs"]
            var table = TextTable(columns: columns, rightAligned: columns.indices.map { $0 > 0 && $0 < 3 + (hasShifts ? 1 : 0) })
            var quiet = 0
            for i in 0..<horizon.intervalCount {
                // Closed hours: nobody needed, nobody planned, nothing measured.
                let idle = plan.analytic[k][i] == 0 && plan.simulated[k][i] == 0 && (shifts[k]?.headcount[i] ?? 0) == 0
                    && mine.allSatisfy { figure(entry: $0, interval: i).outcome == .undefined }
                if idle {
                    quiet += 1
                    continue
                }
                var row = [horizon.label(ofInterval: i), String(plan.analytic[k][i]), String(plan.simulated[k][i])]
                if let s = shifts[k] { row.append(String(s.headcount[i])) }
                for e in mine { row.append(Self.cell(figure(entry: e, interval: i))) }
                row.append(reason(team: k, interval: i)?.rawValue ?? "")
                table.add(row)
            }
            out += table.render()
            if quiet > 0 { out += "(\(quiet) interval\(quiet == 1 ? "" : "s") with no arrivals and no agents not shown)\n" }
        }
        out += "why: the likely cause, from what the model holds there; a difference of one agent is often the replications' noise\n"
        out += "\n" + totals()
        out += "\nwhole horizon with the plan\n" + wholeHorizon()
        return out
    }

    /// `0.8512 [0.8123, 0.8901] met`.
    static func cell(_ v: TargetVerdict) -> String {
        guard let ci = v.interval, ci.mean.isFinite else { return "-" }
        let unit = MetricCatalog.info(v.target.metric).unit, s = FigureFormat.scale(for: ci.mean)
        let range = ci.halfWidth == nil ? "" : " [\(FigureFormat.value(ci.low, unit, scale: s)), \(FigureFormat.value(ci.high, unit, scale: s))]"
        return FigureFormat.value(ci.mean, unit, scale: s) + range + " " + v.outcome.rawValue
    }

    func totals() -> String {
        let hasShifts = !shifts.isEmpty
        var columns = ["team", "formulas agent-h", "plan agent-h", "change", "plan cost"]
        if hasShifts { columns += ["shifts agent-h", "gap to plan"] }
        var t = TextTable(columns: columns, rightAligned: columns.indices.map { $0 > 0 })
        for (k, team) in plan.teams.enumerated() {
            let a = hours(plan.analytic[k]), p = hours(plan.simulated[k]), spec = model.teams[team]
            var row = [spec.name, String(format: "%.2f", a), String(format: "%.2f", p),
                       a > 0 ? FigureFormat.percent(p / a - 1) : "-",
                       spec.costPerHour > 0 ? String(format: "%.2f", p * spec.costPerHour) : "-"]
            if hasShifts {
                row += shifts[k].map { [String(format: "%.2f", hours($0.headcount)), FigureFormat.percent($0.gap)] } ?? ["-", "-"]
            }
            t.add(row)
        }
        return t.render()
    }

    /// Every target of the experiment judged on the whole horizon with the plan.
    func wholeHorizon() -> String {
        var t = TextTable(columns: ["target", "mean", "interval", "verdict"], rightAligned: [false, true, false, false])
        for v in planResult.verdicts {
            let unit = MetricCatalog.info(v.target.metric).unit
            let cells = FigureFormat.cells(v.interval, unit)
            t.add([v.target.text, cells[0], cells[2], v.outcome.rawValue])
        }
        return t.render()
    }

    /// The scenario file of the plan (the shifts where planned, else the per-interval plan).
    func scenarioText(source: String, destination: String) throws -> String {
        var w = PlanWriter()
        for (k, t) in plan.teams.enumerated() {
            let name = model.teams[t].name
            if let s = shifts[k], let patterns = model.teams[t].shifts {
                w.shifts[name] = zip(patterns, s.agents).map { p, n in
                    var q = p
                    q.agents = n
                    return q
                }
            } else {
                w.headcounts[name] = plan.simulated[k]
            }
        }
        // The scenario's own targets (and sl_target) are in the file already; --target ones are added.
        w.targets = result.design.targets.filter { t in !scenario.targets.contains { $0.text == t.text } }.map(\.text)
        w.header = ["Written by channelsim staff from \((source as NSString).lastPathComponent): the head-counts of "
                    + plan.teams.map { model.teams[$0].name }.joined(separator: ", ")
                    + (plan.feasible ? " meet every target interval by interval" : " are the best plan found; some targets are still missed")
                    + " (seed \(result.design.seed), \(result.replications) replications)."]
        do { return try w.text(source: source, destination: destination, horizon: horizon) } catch {
            throw CLIFailure(status: .runtime, description: "--write-scenario: \(error)")
        }
    }
}
