import Charts
import Foundation
import Testing

/// The .dat and .gp text of the surge chart (goldens), and its rendering through gnuplot.
@Suite struct SurgeChartTextTests {
    /// Eight half-hours from 08:00, a ×3 surge at 10:00 for two intervals, two channels;
    /// one interval without an age (nobody waiting is still 0, a gap is NaN).
    static let series: SurgeSeries = {
        let labels = ["08:00", "08:30", "09:00", "09:30", "10:00", "10:30", "11:00", "11:30"]
        return SurgeSeries(title: "web-team-day", intervalLabels: labels,
                           windows: [.init(first: 4, count: 2, label: "x3 10:00 1h")], channels: [
            .init(channel: "chat", queuePlan: [0, 0.1, 0.1, 0.2, 0.1, 0.1, 0, 0], queueSurge: [0, 0.1, 0.1, 0.2, 3.5, 6, 1.2, 0.1],
                  oldestPlan: [0, 5, 8, 10, 7, 6, 0, .nan], oldestSurge: [0, 5, 8, 10, 120, 300, 60, 4]),
            .init(channel: "phone", queuePlan: [0.1, 0.2, 0.3, 0.2, 0.2, 0.1, 0.1, 0], queueSurge: [0.1, 0.2, 0.3, 0.2, 2.6, 4, 2, 0.3],
                  oldestPlan: [10, 12, 14, 12, 13, 9, 8, 2], oldestSurge: [10, 12, 14, 12, 90, 700, 240, 20]),
        ])
    }()

    @Test func dataMatchesGolden() throws {
        try Golden.expectMatch(SurgeChart.data(Self.series), named: "stress-surge.dat")
    }

    @Test(arguments: ImageFormat.allCases)
    func scriptMatchesGolden(_ format: ImageFormat) throws {
        try Golden.expectMatch(SurgeChart.script(Self.series, baseName: "stress-web-team-day-surge", format: format),
                               named: "stress-surge-\(format.rawValue).gp")
    }

    @Test func windowsScaleAndLabels() {
        let script = SurgeChart.script(Self.series, baseName: "s", format: .png)
        #expect(script.contains("set object 1 rect from first 3.5, graph 0 to first 5.5, graph 1"))
        // The longest age is 700 s: the panel reads in minutes.
        #expect(script.contains("oldest waiting (minutes)") && script.contains("($5*0.0166667)"))
        #expect(script.contains("'08:00' 0") && script.contains("title 'chat with surge'") && script.contains("title 'phone plan'"))
        #expect(SurgeChart.data(Self.series).components(separatedBy: "\n\n\n").count == 2)
    }

    @Test(.enabled(if: Gnuplot.isAvailable(), "gnuplot is not on PATH"), arguments: ImageFormat.allCases)
    func renders(_ format: ImageFormat) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = try SurgeChart.write(Self.series, to: "\(directory)/plots", baseName: "stress-web-team-day-surge", format: format)
        let size = try Data(contentsOf: URL(fileURLWithPath: files.image)).count
        #expect(size > 20_000, "\(files.image): \(size) bytes")
    }
}
