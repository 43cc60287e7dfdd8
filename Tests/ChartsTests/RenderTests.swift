import Charts
import Foundation
import Testing

/// Rendering through the real gnuplot. Skipped, with the reason shown, where it is not installed.
@Suite(.enabled(if: Gnuplot.isAvailable(), "gnuplot is not on PATH, so nothing can be rendered"))
struct RenderTests {
    @Test func writeProducesDataScriptAndPNG() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let target = "\(directory)/plots"   // created by write

        let files = try IntradayChart.write(Fixtures.series, to: target, baseName: "intraday_web_chat",
                                            format: .png)

        #expect(files == ChartFiles(data: "\(target)/intraday_web_chat.dat",
                                    script: "\(target)/intraday_web_chat.gp",
                                    image: "\(target)/intraday_web_chat.png"))
        #expect(try String(contentsOfFile: files.data, encoding: .utf8) == IntradayChart.data(Fixtures.series))
        let png = try Data(contentsOf: URL(fileURLWithPath: files.image))
        #expect(png.count > 1000)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    @Test func writeProducesSVG() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let files = try IntradayChart.write(Fixtures.series, to: directory, baseName: "day", format: .svg)

        let svg = try String(contentsOfFile: files.image, encoding: .utf8)
        #expect(files.image.hasSuffix("/day.svg"))
        #expect(svg.contains("<svg"))
        #expect(svg.contains("web_chat"))
    }

    /// Degenerate input must still render: a channel with no arrivals at all (no service
    /// level anywhere), no target, and a single interval.
    @Test func degenerateSeriesStillRender() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var empty = Fixtures.series
        empty.arrivals = Array(repeating: 0, count: 6)
        empty.serviceLevel = Array(repeating: nil, count: 6)
        empty.serviceLevelLow = empty.serviceLevel
        empty.serviceLevelHigh = empty.serviceLevel
        empty.serviceLevelTarget = nil
        let single = IntradaySeries(title: "", intervalLabels: ["09:00"], arrivals: [5], staff: [1],
                                    meanQueue: [0.1], serviceLevel: [0.5], serviceLevelLow: [nil],
                                    serviceLevelHigh: [nil], serviceLevelTarget: 0.9, channel: "email")

        for (series, name) in [(empty, "empty"), (single, "single")] {
            let files = try IntradayChart.write(series, to: directory, baseName: name, format: .png)
            let png = try Data(contentsOf: URL(fileURLWithPath: files.image))
            #expect(png.count > 1000, "\(name): \(png.count) bytes")
            #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "\(name)")
        }
    }

    @Test func seriesWithoutIntervalsIsRefusedBeforeWritingAnything() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var series = Fixtures.series
        series.intervalLabels = []

        let error = #expect(throws: ChartError.self) {
            try IntradayChart.write(series, to: directory, baseName: "none", format: .png)
        }
        #expect(error?.description.contains("no intervals") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }
}
