import Foundation
import Testing

/// `channelsim staff`: a plan printed, stored, drawn and written back as a scenario that
/// meets its targets on a fresh seed; infeasible targets and mistakes.
@Suite(.serialized) struct StaffCLITests {
    @Test func planIsStoredDrawnAndWrittenBack() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path, plots = dir.appendingPathComponent("plots").path
        let out = dir.appendingPathComponent("plan.yaml").path
        let r = try CLI.run(["staff", CLI.scenario("tiny.yaml"), "--target", "phone.sl(20s) >= 80%", "--replications", "20",
                             "--db", db, "--plots", plots, "--write-scenario", out, "--format", "json", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let staffing = try #require(doc["staffing"] as? [String: Any])
        #expect(staffing["feasible"] as? Bool == true)
        let teams = try #require(staffing["teams"] as? [[String: Any]])
        #expect(teams.map { $0["team"] as? String } == ["web", "voice"])
        let plan = try #require(teams[0]["plan_headcount"] as? [Int])
        #expect(plan.count == 4)
        // Every staffed figure in every interval: the mean meets its bound.
        for row in try #require(doc["intervals"] as? [[String: Any]]) {
            for f in try #require(row["figures"] as? [[String: Any]]) {
                guard let mean = f["mean"] as? Double else { continue }
                #expect(mean >= 0.8, "\(row)")
            }
        }
        // Stored as one experiment of kind staff with the formulas' and the simulated plan.
        let list = try CLI.run(["results", "list", "--db", db, "--format", "csv"])
        #expect(list.stdout.contains(",staff,tiny,\"formulas,plan\""), "\(list.stdout)")
        for ext in ["gp", "dat", "png", "svg"] {
            #expect(FileManager.default.fileExists(atPath: "\(plots)/staff-tiny.\(ext)"), "\(ext)")
        }
        // The written scenario carries the plan and the --target, and meets the targets
        // over the day with a seed the search never saw.
        let check = try CLI.run(["run", out, "--seed", "987654", "--replications", "30", "--no-store", "--no-charts", "--format", "json"])
        #expect(check.status == 0, "\(check.stderr)")
        let run = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let variants = try #require(run["variants"] as? [[String: Any]])
        let verdicts = try #require(variants.first?["targets"] as? [[String: Any]])
        #expect(verdicts.count == 2)
        for v in verdicts {
            #expect(v["verdict"] as? String != "missed", "\(v)")
            #expect((v["mean"] as? Double ?? 0) >= 0.8, "\(v)")
        }
        // Same seed, any thread count: the same plan.
        let one = try CLI.run(["staff", CLI.scenario("tiny.yaml"), "--no-store", "--no-charts", "--quiet", "--format", "csv", "--threads", "1"])
        let two = try CLI.run(["staff", CLI.scenario("tiny.yaml"), "--no-store", "--no-charts", "--quiet", "--format", "csv", "--threads", "2"])
        #expect(one.status == 0 && one.stdout == two.stdout)
    }

    @Test func wholeShiftsFromTheScenariosShifts() throws {
        let r = try CLI.run(["staff", CLI.scenario("shop.yaml"), "--shifts", "--no-store", "--no-charts", "--quiet", "--format", "json"])
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let staffing = try #require(doc["staffing"] as? [String: Any])
        #expect(staffing["rates_from_pilot"] as? Bool == true)       // visitors feed the channels
        #expect(staffing["whole_horizon_only"] as? [String] == ["totals.cost_per_resolved <= 4"])
        let web = try #require((staffing["teams"] as? [[String: Any]])?.first)
        let need = try #require(web["plan_headcount"] as? [Int]), shifts = try #require(web["shifts_headcount"] as? [Int])
        #expect(zip(shifts, need).allSatisfy { $0 >= $1 }, "\(need) → \(shifts)")
        let agents = try #require((web["shifts"] as? [[String: Any]])?.map { $0["agents"] as? Int ?? -1 })
        // 09:00–11:00 and 10:00–11:00: the interval counts are their sums.
        #expect(shifts == [agents[0], agents[0] + agents[1]])
    }

    @Test func anImpossibleTargetIsInfeasibleWithTheBestPlan() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("zero.yaml")
        try String(contentsOfFile: CLI.scenario("tiny.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "    handle: { exponential: { mean: 4m } }\n", with: "    handle: { exponential: { mean: 4m } }\n    sl_time: 0s\n")
            .write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["staff", file.path, "--target", "phone.sl(0s) >= 100%", "--no-store", "--no-charts", "--quiet"])
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("infeasible: phone.sl(0s) >= 100% cannot be met by any finite team"), "\(r.stderr)")
        #expect(r.stdout.contains("team voice"))          // the best plan is still printed
        // A figure no head-count changes (calls of 4 minutes on average kept under one):
        // agents are added up to the cap, then it stops and says so, exit 1.
        let capped = try CLI.run(["staff", CLI.scenario("tiny.yaml"), "--target", "phone.handle <= 60s", "--no-store", "--no-charts",
                                  "--quiet", "--format", "json"])
        #expect(capped.status == 1 && capped.stderr.contains("even with team voice at its cap"), "\(capped.stderr)")
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(capped.stdout.utf8)) as? [String: Any])
        let staffing = try #require(doc["staffing"] as? [String: Any])
        let voice = try #require((staffing["teams"] as? [[String: Any]])?.last)
        // Every plan up to the cap misses all four intervals: the cheapest of them is the
        // best, the formulas' workload of ceil(20/h × 4m) = 2 agents.
        #expect(voice["plan_headcount"] as? [Int] == [2, 2, 2, 2], "\(voice)")
        #expect((staffing["missed"] as? [[String: Any]])?.allSatisfy { $0["at_cap"] as? Bool == true } == true)
    }

    @Test func mistakesExitTwo() throws {
        let tiny = CLI.scenario("tiny.yaml")
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (args, message) in [
            (["--target", "mail.sl(60s) >= 0.8"], "mail"),
            (["--max-rounds", "0"], "--max-rounds must be 1…1000"),
            (["--shifts"], "--shifts: no staffed team (web) lists shifts"),
            (["--write-scenario", "/nonexistent/dir/x.yaml"], "--write-scenario: folder '/nonexistent/dir' does not exist"),
            (["--precision", "chat.sl=0.01"], "--precision does not apply to staff"),
        ] {
            let r = try CLI.run(["staff", tiny, "--no-store", "--no-charts", "--quiet"] + args)
            #expect(r.status == 2 && r.stderr.contains(message), "\(args): \(r.stderr)")
        }
        // Only whole-horizon targets: nothing to staff interval by interval.
        let plain = dir.appendingPathComponent("plain.yaml")
        try String(contentsOfFile: tiny, encoding: .utf8).replacingOccurrences(of: "    sl_target: 0.8\n", with: "")
            .write(to: plain, atomically: true, encoding: .utf8)
        let r = try CLI.run(["staff", plain.path, "--no-store", "--target", "totals.agent_cost <= 100"])
        #expect(r.status == 2 && r.stderr.contains("no target on a channel to staff to"), "\(r.stderr)")
        // Shifts that leave an interval with a need uncovered.
        let gap = dir.appendingPathComponent("gap.yaml")
        try String(contentsOfFile: tiny, encoding: .utf8)
            .replacingOccurrences(of: "headcount: [3, 4, 4, 3]", with: "shifts: [{ start: \"09:00\", end: \"10:00\", agents: 3 }]")
            .write(to: gap, atomically: true, encoding: .utf8)
        let g = try CLI.run(["staff", gap.path, "--shifts", "--no-store", "--no-charts", "--quiet"])
        #expect(g.status == 2 && g.stderr.contains("--shifts: team web needs agents at 10:00") && g.stderr.contains("none of its shifts covers them"),
                "\(g.stderr)")
    }
}
