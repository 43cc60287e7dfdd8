import Charts
import Foundation
import Testing

/// Rendering the two comparison charts through the real gnuplot. Skipped, with the reason
/// shown, where it is not installed.
@Suite(.enabled(if: Gnuplot.isAvailable(), "gnuplot is not on PATH, so nothing can be rendered"))
struct CompareRenderTests {
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Checks an image is a real, non-trivial PNG or SVG (a blank canvas compresses to a
    /// few kilobytes; a chart with text and bars is well above).
    static func expectImage(_ files: ChartFiles, format: ImageFormat, mentions names: [String],
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: files.image))
        switch format {
        case .png:
            #expect(Array(bytes.prefix(8)) == pngSignature, sourceLocation: sourceLocation)
            #expect(bytes.count > 20_000, "\(files.image): \(bytes.count) bytes", sourceLocation: sourceLocation)
        case .svg:
            let svg = String(decoding: bytes, as: UTF8.self)
            #expect(svg.contains("<svg"), sourceLocation: sourceLocation)
            #expect(bytes.count > 20_000, "\(files.image): \(bytes.count) bytes", sourceLocation: sourceLocation)
            for name in names {
                #expect(svg.contains(name), "\(name) not in \(files.image)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test(arguments: ImageFormat.allCases)
    func strategyBarsRender(_ format: ImageFormat) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let files = try StrategyBarsChart.write(title: "bank", confidence: 0.9, metrics: CompareFixtures.bars,
                                                to: "\(directory)/plots", baseName: "compare-bank-metrics",
                                                format: format)

        #expect(files == ChartFiles(data: "\(directory)/plots/compare-bank-metrics.dat",
                                    script: "\(directory)/plots/compare-bank-metrics.gp",
                                    image: "\(directory)/plots/compare-bank-metrics.\(format.rawValue)"))
        #expect(try String(contentsOfFile: files.data, encoding: .utf8)
                == StrategyBarsChart.data(metrics: CompareFixtures.bars))
        try Self.expectImage(files, format: format,
                             mentions: ["forms-for-complex", "satisfaction_proxy", "90% CI"])
    }

    @Test(arguments: ImageFormat.allCases)
    func pairedDifferencesRender(_ format: ImageFormat) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let files = try PairedDifferencesChart.write(title: "bank", baseline: "base", confidence: 0.95,
                                                     adjustment: "Holm", rows: CompareFixtures.differences,
                                                     to: directory, baseName: "compare-bank-differences",
                                                     format: format)

        #expect(files.image == "\(directory)/compare-bank-differences.\(format.rawValue)")
        try Self.expectImage(files, format: format,
                             mentions: ["phone-first: cost per resolved", "95% CI per comparison; verdicts Holm-adjusted", "no interval"])
    }

    /// Quotes, `%`, `_`, a backslash and a newline in names must not break the scripts.
    @Test func awkwardNamesRender() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let bars = try StrategyBarsChart.write(title: "Bob's \"bank\"", confidence: 0.95,
                                               metrics: CompareFixtures.awkwardBars, to: directory,
                                               baseName: "bars", format: .svg)
        let differences = try PairedDifferencesChart.write(title: "Bob's \"bank\"", baseline: "b_ase",
                                                           confidence: 0.95, adjustment: nil,
                                                           rows: CompareFixtures.awkwardDifferences,
                                                           to: directory, baseName: "differences", format: .svg)

        // The name arrives in the image literally: quotes kept, % single, _ not a subscript.
        for files in [bars, differences] {
            let svg = try String(contentsOfFile: files.image, encoding: .utf8)
            #expect(svg.contains(CompareFixtures.awkwardVariant), "\(files.image)")
        }
    }

    /// Undefined values draw as gaps: a metric whose every mean is NaN, a single strategy,
    /// rows without any interval.
    @Test func degenerateInputStillRenders() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let undefined = StrategyMetricBars(metric: "chat asa", unit: .seconds, target: 30, bars: [
            .init(variant: "base", mean: .nan, low: nil, high: nil, isBaseline: true),
            .init(variant: "other", mean: .nan, low: 1, high: 2),
        ])
        let single = StrategyMetricBars(metric: "cost", unit: .money, bars: [
            .init(variant: "only", mean: 0, low: 0, high: 0),
        ])
        let rows = [CompareFixtures.row("other", "chat asa", .seconds, .nan, nil, nil, .undetermined),
                    CompareFixtures.row("other", "cost", .money, 0, 0, 0, .noDifference)]

        let bars = try StrategyBarsChart.write(title: "", confidence: 0.95, metrics: [undefined, single],
                                               to: directory, baseName: "bars", format: .png)
        let differences = try PairedDifferencesChart.write(title: "", baseline: "base", confidence: 0.95,
                                                           adjustment: nil, rows: rows, to: directory,
                                                           baseName: "differences", format: .png)

        for files in [bars, differences] {
            let png = try Data(contentsOf: URL(fileURLWithPath: files.image))
            #expect(Array(png.prefix(8)) == Self.pngSignature, "\(files.image)")
            #expect(png.count > 5_000, "\(files.image): \(png.count) bytes")
        }
    }

    @Test func emptyInputAndBadConfidenceAreRefusedBeforeWritingAnything() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }

        let noMetrics = #expect(throws: ChartError.self) {
            try StrategyBarsChart.write(title: "x", confidence: 0.95, metrics: [], to: directory,
                                        baseName: "bars", format: .png)
        }
        let noRows = #expect(throws: ChartError.self) {
            try PairedDifferencesChart.write(title: "x", baseline: "base", confidence: 0.95, adjustment: nil,
                                             rows: [], to: directory, baseName: "differences", format: .png)
        }
        let percentage = #expect(throws: ChartError.self) {
            try StrategyBarsChart.write(title: "x", confidence: 95, metrics: CompareFixtures.bars,
                                        to: directory, baseName: "bars", format: .png)
        }
        #expect(noMetrics?.description.contains("at least one bar") == true)
        #expect(noRows?.description.contains("no differences") == true)
        #expect(percentage?.description.contains("between 0 and 1") == true)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
    }
}
