import Charts
import Foundation
import Testing

/// The .dat and .gp text of the load chart (goldens), and its rendering through gnuplot.
@Suite struct LoadCurveTextTests {
    /// Three targets of web-team-day's kinds against m = 0.6 … 1.8: a service level, an
    /// abandonment share and a waiting time; one point without an interval.
    static let curve: LoadCurve = {
        let xs = [0.6, 0.9, 1.0, 1.2, 1.5, 1.8]
        func points(_ means: [Double], _ half: Double) -> [SweepCurve.Point] {
            zip(xs, means).map { x, m in .init(x: x, mean: m, low: x == 1.8 ? nil : m - half, high: x == 1.8 ? nil : m + half) }
        }
        return LoadCurve(title: "web-team-day", panels: [
            .init(title: "chat.sl(60s) >= 0.8", unit: .probability, bound: 0.8, points: points([0.98, 0.93, 0.9, 0.83, 0.7, 0.55], 0.02)),
            .init(title: "phone.p_abandon <= 5%", unit: .probability, bound: 0.05, points: points([0.01, 0.02, 0.025, 0.04, 0.07, 0.11], 0.005)),
            .init(title: "phone.asa <= 30s", unit: .seconds, bound: 30, points: points([4, 9, 12, 21, 44, 80], 3)),
        ], breakingPoint: .init(mean: 1.21, low: 1.17, high: 1.26))
    }()

    @Test func dataMatchesGolden() throws {
        try Golden.expectMatch(LoadCurveChart.data(Self.curve), named: "stress-load.dat")
    }

    @Test(arguments: ImageFormat.allCases)
    func scriptMatchesGolden(_ format: ImageFormat) throws {
        try Golden.expectMatch(LoadCurveChart.script(Self.curve, confidence: 0.95, baseName: "stress-web-team-day-load", format: format),
                               named: "stress-load-\(format.rawValue).gp")
    }

    @Test func levelBoundsAndBreakingPoint() {
        let data = LoadCurveChart.data(Self.curve)
        #expect(data.components(separatedBy: "\n\n\n").count == 3)
        #expect(data.contains("1.8        0.55 NaN   NaN\n") || data.contains("0.55 NaN"))
        let script = LoadCurveChart.script(Self.curve, confidence: 0.9, baseName: "c", format: .png)
        #expect(script.contains("mean with 90% CI band") && script.contains("(90% CI 1.17–1.26)"))
        #expect(!script.contains("95%"))
        #expect(script.contains("set arrow 1 from first 1.21, graph 0 to first 1.21, graph 1"))
        #expect(script.contains("set object 1 rect from first 1.17, graph 0 to first 1.26, graph 1"))
        #expect(script.contains("'target 80.0%'") && script.contains("'target 30.0 s'"))
        #expect(script.contains("set multiplot layout 1,3"))
        // Without an interval (one replication) the line is drawn, no band.
        var bare = Self.curve
        bare.breakingPoint = .init(mean: 1.21, low: nil, high: nil)
        let one = LoadCurveChart.script(bare, confidence: 0.95, baseName: "c", format: .svg)
        #expect(one.contains("set arrow 1") && !one.contains("set object 1"))
    }

    @Test func refusesBadInputBeforeWriting() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var empty = Self.curve
        empty.panels = []
        #expect(throws: ChartError.self) { try LoadCurveChart.write(empty, confidence: 0.95, to: directory, baseName: "x", format: .png) }
        #expect(throws: ChartError.self) { try LoadCurveChart.write(Self.curve, confidence: 95, to: directory, baseName: "x", format: .png) }
        #expect(!FileManager.default.fileExists(atPath: "\(directory)/x.dat"))
    }

    @Test(.enabled(if: Gnuplot.isAvailable(), "gnuplot is not on PATH"), arguments: ImageFormat.allCases)
    func renders(_ format: ImageFormat) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = try LoadCurveChart.write(Self.curve, confidence: 0.95, to: "\(directory)/plots",
                                             baseName: "stress-web-team-day-load", format: format)
        let size = try Data(contentsOf: URL(fileURLWithPath: files.image)).count
        #expect(size > 20_000, "\(files.image): \(size) bytes")
    }
}
