import Foundation
import ResultStore
import Testing

/// `plot ID` of a `staff` experiment: the staffing chart redrawn from the stored rows is the
/// one `staff` drew, byte for byte (with shifts too), and an experiment stored without the
/// chart's settings is refused with a clear message.
@Suite(.serialized) struct StaffPlotCLITests {
    @Test func staffingChartRedrawsIdentically() throws {
        try PlotCLITests.expectRedrawIdentical(["staff", CLI.scenario("tiny.yaml"), "--replications", "4"], charts: ["staff-tiny"])
    }

    @Test func staffingChartWithShiftsRedrawsIdentically() throws {
        try PlotCLITests.expectRedrawIdentical(["staff", CLI.scenario("shop.yaml"), "--shifts", "--replications", "4"],
                                               charts: ["staff-shop"])
    }

    @Test func theChartDrawsTheStoredPlanAndServiceLevel() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("r.sqlite").path, plots = dir.appendingPathComponent("plots").path
        let r = try CLI.run(["staff", CLI.scenario("tiny.yaml"), "--replications", "4", "--db", db, "--no-charts", "--quiet",
                             "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let p = try CLI.run(["plot", "1", "--kind", "staffing", "--db", db, "--plots", plots, "--quiet"])
        #expect(p.status == 0, "\(p.stderr)")
        // The .dat's head-count block holds the formulas' and the plan's counts the report
        // printed; the .gp labels the intervals.
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let teams = try #require((doc["staffing"] as? [String: Any])?["teams"] as? [[String: Any]])
        let web = try #require(teams.first { $0["team"] as? String == "web" })
        let formulas = try #require(web["formulas_headcount"] as? [Int]), plan = try #require(web["plan_headcount"] as? [Int])
        let dat = try String(contentsOfFile: "\(plots)/staff-tiny.dat", encoding: .utf8)
        let rows = dat.split(separator: "\n").drop { !$0.hasPrefix("# interval web_formulas web_plan") }.dropFirst().prefix(4)
        #expect(rows.map { $0.split(separator: " ").map(String.init) }
                == zip(formulas, plan).enumerated().map { ["\($0.offset)", "\($0.element.0)", "\($0.element.1)", "NaN"] }, "\(dat)")
        let gp = try String(contentsOfFile: "\(plots)/staff-tiny.gp", encoding: .utf8)
        #expect(gp.contains("09:00") && gp.contains("10:30"))
        let settings = try #require(try ResultDatabase(path: db).experiment(id: 1)?.settings)
        #expect(settings.contains(#""staffing_chart":{"interval_length":"30.0m","intervals":["09:00","09:30","10:00","10:30"],"#)
                && settings.contains(#""levels":[{"channel":"chat","threshold":"60.0s"}]"#), "\(settings)")
        #expect(formulas.count == 4 && plan.count == 4)
    }

    @Test func anExperimentStoredWithoutTheChartSettingsIsRefused() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("old.sqlite").path
        let run = RunRecord(scenarioName: "tiny", scenarioPath: "tiny.yaml", scenarioHash: "ab", strategy: "plan", seed: 5,
                            replications: 2, threads: 1, version: "0.2.0", startedAt: "2025-11-24T08:00:01Z", wallSeconds: 1,
                            command: "staff", replicationMetrics: [], intervalSeries: [], summaries: [], parameters: "{}")
        try ResultDatabase(path: db).write(ExperimentRecord(
            kind: "staff", scenarioName: "tiny", scenarioPath: "tiny.yaml", scenarioHash: "ab", seed: 5, replications: 2,
            threads: 1, version: "0.2.0", startedAt: "2025-11-24T08:00:00Z", wallSeconds: 1, command: "channelsim staff tiny.yaml",
            confidence: 0.95, baseline: nil, settings: #"{"staffing":{"teams":[]}}"#, variants: [run], targetVerdicts: [],
            comparisons: []))
        let p = try CLI.run(["plot", "1", "--kind", "staffing", "--db", db, "--plots", dir.appendingPathComponent("p").path])
        #expect(p.status == 2 && p.stderr.contains("stored by an older channelsim without them; run staff again") && p.stdout.isEmpty,
                "\(p.stderr)")
        let all = try CLI.run(["plot", "1", "--db", db, "--plots", dir.appendingPathComponent("p").path])
        #expect(all.status == 2 && all.stderr.contains("has no chart that can be redrawn"), "\(all.stderr)")
    }
}
