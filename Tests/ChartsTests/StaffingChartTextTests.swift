import Charts
import Foundation
import Testing

/// The .dat and .gp text of the staffing chart (goldens), and its rendering through gnuplot.
@Suite struct StaffingChartTextTests {
    /// Six half-hours, two teams (one with whole shifts), chat's service level with a
    /// target and one interval without an interval estimate.
    static let chart = StaffingChartData(
        title: "web-team-day", intervals: ["08:00", "08:30", "09:00", "09:30", "10:00", "10:30"], intervalLength: "30m",
        teams: [.init(name: "web", analytic: [3, 4, 6, 6, 5, 4], plan: [3, 4, 6, 7, 5, 4], shifts: [4, 4, 7, 7, 5, 5]),
                .init(name: "voice", analytic: [2, 2, 3, 3, 2, 2], plan: [2, 2, 2, 3, 2, 2])],
        levels: [.init(channel: "chat", threshold: "60s", target: 0.8, points: [0.85, 0.82, 0.9, 0.81, 0.86, 0.95].enumerated().map { i, m in
            SweepCurve.Point(x: 0, mean: m, low: i == 5 ? nil : m - 0.05, high: i == 5 ? nil : min(1, m + 0.05))
        })])

    @Test func dataMatchesGolden() throws {
        try Golden.expectMatch(StaffingChart.data(Self.chart), named: "staffing.dat")
    }

    @Test(arguments: ImageFormat.allCases)
    func scriptMatchesGolden(_ format: ImageFormat) throws {
        try Golden.expectMatch(StaffingChart.script(Self.chart, confidence: 0.95, baseName: "staff-web-team-day", format: format),
                               named: "staffing-\(format.rawValue).gp")
    }

    @Test func stepsShiftsAndTheConfidenceUsed() {
        let data = StaffingChart.data(Self.chart)
        // The head-count block repeats the last interval so its step is drawn to the end;
        // a team without shifts has NaN there.
        #expect(data.contains("6          4            4        5          2              2          NaN\n"))
        #expect(data.contains("5.5        0.95 NaN  NaN"))
        let script = StaffingChart.script(Self.chart, confidence: 0.9, baseName: "s", format: .png)
        #expect(script.contains("mean with 90% CI band"))
        #expect(script.contains("title 'web shifts'") && !script.contains("title 'voice shifts'"))
        #expect(script.contains("title 'chat target 80%'"))
        #expect(script.contains("set yrange [70:100]"))
    }

    @Test func mismatchedLengthsAreRefused() {
        var bad = Self.chart
        bad.teams[1].plan.removeLast()
        #expect(throws: ChartError.self) { try StaffingChart.write(bad, confidence: 0.95, to: "/nonexistent", baseName: "x", format: .png) }
    }

    @Test(.enabled(if: Gnuplot.isAvailable(), "gnuplot is not on PATH"), arguments: ImageFormat.allCases)
    func renders(_ format: ImageFormat) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = try StaffingChart.write(Self.chart, confidence: 0.95, to: "\(directory)/plots", baseName: "staff-web-team-day",
                                            format: format)
        let size = try Data(contentsOf: URL(fileURLWithPath: files.image)).count
        #expect(size > 20_000, "\(files.image): \(size) bytes")
    }
}
