import Charts
import Foundation
import Testing

/// The .dat and .gp text of the wait-survival, channel-mix, heat-map and concurrency charts
/// (goldens), their mechanics, and their rendering through gnuplot.
@Suite struct NewChartsTextTests {
    static let survival = WaitSurvivalCurves(title: "bank", panels: [
        .init(channel: "chat", lines: [
            .init(variant: "base", points: [.init(x: 0, mean: 0.4, low: 0.35, high: 0.45), .init(x: 30, mean: 0.2, low: 0.15, high: 0.25),
                                            .init(x: 60, mean: 0.05, low: 0.03, high: 0.07), .init(x: 120, mean: 0.001, low: 0, high: 0.003),
                                            .init(x: 3600, mean: 0, low: 0, high: 0)]),
            .init(variant: "more-agents", points: [.init(x: 0, mean: 0.2, low: nil, high: nil), .init(x: 30, mean: 0.05, low: nil, high: nil),
                                                   .init(x: 60, mean: 0.004, low: nil, high: nil), .init(x: 120, mean: 0, low: nil, high: nil),
                                                   .init(x: 3600, mean: 0, low: nil, high: nil)]),
        ], markers: [.init(seconds: 60, bound: 0.1, text: "chat.wait_over_1m <= 10%")]),
        .init(channel: "form", lines: [
            .init(variant: "base", points: [.init(x: 0, mean: 1, low: 1, high: 1), .init(x: 3600, mean: 0.7, low: 0.6, high: 0.8),
                                            .init(x: 28800, mean: 0.2, low: 0.1, high: 0.3), .init(x: 86400, mean: 0.01, low: 0, high: 0.02)]),
        ]),
    ])

    static let mix = ChannelMix(title: "bank", categories: [
        .init(name: "self-served", role: .selfServed), .init(name: "chat", role: .channel), .init(name: "phone", role: .channel),
        .init(name: "phone callback", role: .callback), .init(name: "gave up", role: .gaveUp), .init(name: "left without contact", role: .left),
    ], rows: [
        .init(variant: "base", shares: [0.5, 0.2, 0.15, 0.05, 0.07, 0.03]),
        .init(variant: "a strategy with a very long name indeed", shares: [0.45, 0.3, 0.1, 0.02, 0.1, 0.03]),
    ])

    static let heatmap = Heatmap(
        title: "pair", xName: "teams.web.concurrency", yName: "teams.web.headcount", xLabels: ["1", "2", "3"], yLabels: ["4", "5", "6"],
        figure: "chat.sl_offered", unit: .probability, higherIsBetter: true,
        values: [[0.2, 0.5, 0.7], [0.4, 0.75, 0.85], [0.6, 0.82, .nan]],
        bound: .init(value: 0.8, atLeast: true, text: "chat.sl(60s) >= 0.8"))

    static let tradeoff = ConcurrencyTradeoff(
        title: "concurrency-tradeoff", channel: "chat", parameter: "teams.web.concurrency", concurrency: [1, 2, 3, 4],
        queueAbandon: [.init(x: 1, mean: 0.3, low: 0.25, high: 0.35), .init(x: 2, mean: 0.12, low: 0.1, high: 0.14),
                       .init(x: 3, mean: 0.05, low: 0.04, high: 0.06), .init(x: 4, mean: 0.03, low: 0.02, high: 0.04)],
        midChatAbandon: [.init(x: 1, mean: 0, low: nil, high: nil), .init(x: 2, mean: 0.02, low: nil, high: nil),
                         .init(x: 3, mean: 0.06, low: nil, high: nil), .init(x: 4, mean: 0.12, low: nil, high: nil)],
        replyDelay: [.init(x: 1, mean: 35, low: 33, high: 37), .init(x: 2, mean: 52, low: 49, high: 55),
                     .init(x: 3, mean: 75, low: 70, high: 80), .init(x: 4, mean: 101, low: 95, high: 107)],
        agentsNeeded: [9, 6, 5, nil], agentsRule: "smallest teams.web.headcount meeting every target", abandonTarget: 0.05)

    @Test func dataMatchesGolden() throws {
        try Golden.expectMatch(WaitSurvivalChart.data(Self.survival), named: "wait-survival.dat")
        try Golden.expectMatch(ChannelMixChart.data(Self.mix), named: "channel-mix.dat")
        try Golden.expectMatch(HeatmapChart.data(Self.heatmap), named: "heatmap.dat")
        try Golden.expectMatch(ConcurrencyChart.data(Self.tradeoff), named: "concurrency.dat")
    }

    @Test(arguments: ImageFormat.allCases)
    func scriptsMatchGolden(_ format: ImageFormat) throws {
        try Golden.expectMatch(WaitSurvivalChart.script(Self.survival, confidence: 0.9, baseName: "compare-bank-wait-survival", format: format),
                               named: "wait-survival-\(format.rawValue).gp")
        try Golden.expectMatch(ChannelMixChart.script(Self.mix, baseName: "compare-bank-channel-mix", format: format),
                               named: "channel-mix-\(format.rawValue).gp")
        try Golden.expectMatch(HeatmapChart.script(Self.heatmap, baseName: "sweep-pair-heatmap", format: format),
                               named: "heatmap-\(format.rawValue).gp")
        try Golden.expectMatch(ConcurrencyChart.script(Self.tradeoff, confidence: 0.95, baseName: "sweep-c-concurrency", format: format),
                               named: "concurrency-\(format.rawValue).gp")
    }

    @Test func survivalAxisEndsWhereEveryLineHasFallen() {
        // chat: both lines are below 0.5 % (upper limits too) from 120 s on; form: never before its last threshold.
        #expect(WaitSurvivalChart.axisEnd(Self.survival.panels[0]) == 120)
        #expect(WaitSurvivalChart.axisEnd(Self.survival.panels[1]) == 86400)
        let script = WaitSurvivalChart.script(Self.survival, confidence: 0.9, baseName: "w", format: .png)
        #expect(script.contains("mean with 90% CI band · red cross: target"))
        #expect(script.contains("set xrange [0:120]") && script.contains("set xlabel 'wait t (seconds)'"))
        #expect(script.contains("set xrange [0:24]") && script.contains("set xlabel 'wait t (hours)'"))
    }

    @Test func mixLabelsOnlyInSegmentsOfAtLeastFourPercent() {
        let data = ChannelMixChart.data(Self.mix)
        let labels = data.components(separatedBy: "# block 1: labels\n")[1]
        // base: 50, 20, 15, 5, 7 (3 % is too thin); the other: 45, 30, 10, 10 (2 % and 3 % are too thin).
        #expect(labels.split(separator: "\n").count == 1 + 5 + 4)
        #expect(labels.contains("\"50%\"") && !labels.contains("\"3%\""))
    }

    @Test func heatmapContourSeparatesMetFromMissed() {
        let segments = Self.heatmap.contour()
        // Met: (x1,y1) 0.85, (x1,y2) 0.82 ... and (x2,y1); missed elsewhere (NaN counts as missed).
        #expect(segments.count == 6)
        #expect(segments.contains { $0 == (1.5, 0.5, 1.5, 1.5) })
        let table = HeatmapChart.textTable(Self.heatmap)
        #expect(table.contains("85.0%*") && table.contains("75.0%") && !table.contains("75.0%*"))
        #expect(table.split(separator: "\n").count == 5)
    }

    @Test func concurrencyWithoutAgentsDropsThePanel() {
        var t = Self.tradeoff
        t.agentsNeeded = []
        let script = ConcurrencyChart.script(t, confidence: 0.8, baseName: "c", format: .png)
        #expect(script.contains("set multiplot layout 1,2"))
        #expect(script.contains("agents needed: sweep a head-count as well"))
        #expect(script.contains("mean with 80% CI band"))
        #expect(ConcurrencyChart.script(Self.tradeoff, confidence: 0.95, baseName: "c", format: .png).contains("set multiplot layout 1,3"))
    }

    @Test(.enabled(if: Gnuplot.isAvailable(), "gnuplot is not on PATH"), arguments: ImageFormat.allCases)
    func renders(_ format: ImageFormat) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let plots = "\(directory)/plots"
        let images = [
            try WaitSurvivalChart.write(Self.survival, confidence: 0.9, to: plots, baseName: "w", format: format).image,
            try ChannelMixChart.write(Self.mix, to: plots, baseName: "m", format: format).image,
            try HeatmapChart.write(Self.heatmap, to: plots, baseName: "h", format: format).image,
            try ConcurrencyChart.write(Self.tradeoff, confidence: 0.95, to: plots, baseName: "c", format: format).image,
        ]
        for image in images {
            let size = try Data(contentsOf: URL(fileURLWithPath: image)).count
            #expect(size > 10_000, "\(image): \(size) bytes")
        }
        // The preview renders the same script as text and leaves the directory as it was.
        let before = try FileManager.default.contentsOfDirectory(atPath: plots).sorted()
        let text = try ChartPreview.render(baseName: "w", in: plots)
        #expect(text.contains("wait distribution") && text.contains("chat"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: plots).sorted() == before)
    }
}
