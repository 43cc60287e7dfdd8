import Charts
import Foundation
import Testing

/// The .dat and .gp text of the sweep curve (goldens), and its rendering through gnuplot.
@Suite struct SweepCurveTextTests {
    /// Head-count 8 to 12 on two channels: chat with targets, phone without a service-level
    /// target; one point without an interval (as with one replication).
    static let curve: SweepCurve = {
        let xs = [8.0, 9, 10, 11, 12]
        func points(_ means: [Double], _ half: Double) -> [SweepCurve.Point] {
            zip(xs, means).map { x, m in .init(x: x, mean: m, low: x == 12 ? nil : m - half, high: x == 12 ? nil : m + half) }
        }
        return SweepCurve(title: "web-team-day", parameter: "teams.web.headcount", labels: ["8", "9", "10", "11", "12"],
                          positions: xs, series: [
            .init(channel: "chat", panel: .serviceLevel, target: 0.8, points: points([0.52, 0.66, 0.78, 0.87, 0.93], 0.04)),
            .init(channel: "chat", panel: .abandonment, target: 0.05, points: points([0.14, 0.09, 0.055, 0.032, 0.018], 0.01)),
            .init(channel: "phone", panel: .serviceLevel, points: points([0.71, 0.75, 0.78, 0.8, 0.81], 0.03)),
            .init(channel: "phone", panel: .abandonment, points: points([0.08, 0.07, 0.065, 0.06, 0.058], 0.01)),
        ])
    }()

    @Test func dataMatchesGolden() throws {
        try Golden.expectMatch(SweepCurveChart.data(Self.curve), named: "sweep-curve.dat")
    }

    @Test(arguments: ImageFormat.allCases)
    func scriptMatchesGolden(_ format: ImageFormat) throws {
        try Golden.expectMatch(SweepCurveChart.script(Self.curve, confidence: 0.95, baseName: "sweep-web-team-day-curve", format: format),
                               named: "sweep-curve-\(format.rawValue).gp")
    }

    @Test func blocksTargetsAndTics() {
        let data = SweepCurveChart.data(Self.curve)
        #expect(data.components(separatedBy: "\n\n\n").count == 4)
        #expect(data.contains("12  0.93 NaN  NaN\n"))
        let script = SweepCurveChart.script(Self.curve, confidence: 0.9, baseName: "c", format: .png)
        #expect(script.contains("mean with 90% CI band"))
        #expect(script.contains("set xtics ('8' 8, '9' 9, '10' 10, '11' 11, '12' 12)"))
        #expect(script.contains("title 'chat target 80%'") && script.contains("title 'chat target 5%'"))
        #expect(!script.contains("phone target"))
        // A channel keeps its colour in both panels.
        #expect(script.components(separatedBy: "lc rgb 0xf28e2b title 'phone'").count == 3)
    }

    @Test(.enabled(if: Gnuplot.isAvailable(), "gnuplot is not on PATH"), arguments: ImageFormat.allCases)
    func renders(_ format: ImageFormat) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = try SweepCurveChart.write(Self.curve, confidence: 0.95, to: "\(directory)/plots",
                                              baseName: "sweep-web-team-day-curve", format: format)
        let size = try Data(contentsOf: URL(fileURLWithPath: files.image)).count
        #expect(size > 20_000, "\(files.image): \(size) bytes")
    }
}
