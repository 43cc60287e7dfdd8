import Charts
import Foundation
import Testing

/// The .dat and .gp text of the soak chart (goldens), and its rendering through gnuplot.
@Suite struct SoakChartTextTests {
    /// Four days, a growing form backlog and a stable chat queue; one day without a band.
    static let series = SoakSeries(title: "form-week", channels: [
        .init(channel: "message", points: [.init(x: 1, mean: 40, low: 35, high: 45), .init(x: 2, mean: 80.5, low: 74, high: 87),
                                           .init(x: 3, mean: 121, low: 112, high: 130), .init(x: 4, mean: 160, low: nil, high: nil)],
              growth: "+40.00/day (growing)"),
        .init(channel: "chat", points: [.init(x: 1, mean: 0.2, low: 0, high: 0.4), .init(x: 2, mean: 0.1, low: 0, high: 0.3),
                                        .init(x: 3, mean: .nan, low: nil, high: nil), .init(x: 4, mean: 0.2, low: 0.1, high: 0.3)],
              growth: "+0.00/day (stable)"),
    ])

    @Test func dataMatchesGolden() throws {
        try Golden.expectMatch(SoakChart.data(Self.series), named: "stress-soak.dat")
    }

    @Test(arguments: ImageFormat.allCases)
    func scriptMatchesGolden(_ format: ImageFormat) throws {
        try Golden.expectMatch(SoakChart.script(Self.series, confidence: 0.95, baseName: "stress-form-week-soak", format: format),
                               named: "stress-soak-\(format.rawValue).gp")
    }

    @Test func legendBandAndDays() {
        let script = SoakChart.script(Self.series, confidence: 0.9, baseName: "s", format: .png)
        #expect(script.contains("title 'message: +40.00/day (growing)'") && script.contains("title 'chat: +0.00/day (stable)'"))
        #expect(script.contains("with 90% CI band") && script.contains("over 4 days") && script.contains("set xrange [0.5:4 + 0.5]"))
        let data = SoakChart.data(Self.series)
        #expect(data.components(separatedBy: "\n\n\n").count == 2)
        // An undefined mean leaves a gap, band included.
        #expect(data.split(separator: "\n").contains { $0.split(separator: " ") == ["3", "NaN", "NaN", "NaN"] }, "\(data)")
    }

    @Test func refusesNothingToDraw() {
        #expect(throws: ChartError.self) {
            try SoakChart.write(SoakSeries(title: "x", channels: []), confidence: 0.95, to: "/nonexistent", baseName: "s", format: .png)
        }
    }

    @Test(.enabled(if: Gnuplot.isAvailable(), "gnuplot is not on PATH"), arguments: ImageFormat.allCases)
    func renders(_ format: ImageFormat) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = try SoakChart.write(Self.series, confidence: 0.95, to: "\(directory)/plots", baseName: "stress-form-week-soak", format: format)
        let size = try Data(contentsOf: URL(fileURLWithPath: files.image)).count
        #expect(size > 10_000, "\(files.image): \(size) bytes")
    }
}
