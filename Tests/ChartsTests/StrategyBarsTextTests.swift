import Charts
import Testing

/// The .dat and .gp text of the strategy bars chart: exact, deterministic, self-contained.
@Suite struct StrategyBarsTextTests {
    static func script(confidence: Double = 0.95, metrics: [StrategyMetricBars] = CompareFixtures.bars,
                       format: ImageFormat = .png) -> String {
        StrategyBarsChart.script(title: "bank-complex-enquiries", confidence: confidence, metrics: metrics,
                                 baseName: "compare-bank-metrics", format: format)
    }

    @Test func dataMatchesGolden() throws {
        try Golden.expectMatch(StrategyBarsChart.data(metrics: CompareFixtures.bars),
                               named: "compare-metrics.dat")
    }

    @Test(arguments: ImageFormat.allCases)
    func scriptMatchesGolden(_ format: ImageFormat) throws {
        try Golden.expectMatch(Self.script(format: format), named: "compare-metrics-\(format.rawValue).gp")
    }

    @Test(arguments: [(0.9, "90% CI"), (0.95, "95% CI"), (0.975, "97.5% CI"), (0.99, "99% CI")])
    func legendStatesTheConfidenceLevelUsed(_ level: Double, _ text: String) {
        let script = Self.script(confidence: level)
        #expect(script.contains("mean with \(text)"))
        if level != 0.95 { #expect(!script.contains("95%")) }
    }

    @Test func dataHasHeaderNamingColumnsAndNaNForMissingInterval() {
        let lines = StrategyBarsChart.data(metrics: CompareFixtures.bars).split(separator: "\n")
        #expect(lines.count == 1 + 4 * 3)
        #expect(lines[0].dropFirst().split(separator: " ").map(String.init) == StrategyBarsChart.columns)
        // phone-first's satisfaction: a NaN and a nil limit, both written NaN, the bar kept.
        let last = lines[12].split(separator: " ")
        #expect(last[6...8] == ["58", "NaN", "NaN"])
        #expect(last.last == "\"58.0\"")
    }

    @Test func unitsScaleForDisplayOnly() {
        let data = StrategyBarsChart.data(metrics: CompareFixtures.bars)
        let script = Self.script()
        #expect(data.contains(" 0.12 "))             // raw probability in the data...
        #expect(data.contains("\"12.0%\""))          // ...shown in percent
        #expect(script.contains("scale = 100\n"))
        #expect(script.contains("set format y '%g%%'"))
        #expect(script.contains("set ylabel 'money'"))
        // Long durations are shown in minutes, short ones in seconds.
        let waits = [StrategyMetricBars(metric: "email response_time", unit: .seconds, bars: [
            .init(variant: "base", mean: 1800, low: 1700, high: 1900, isBaseline: true)]),
                     StrategyMetricBars(metric: "chat asa", unit: .seconds, bars: [
            .init(variant: "base", mean: 42, low: 40, high: 44, isBaseline: true)])]
        let timed = Self.script(metrics: waits)
        #expect(timed.contains("set ylabel 'minutes'"))
        #expect(timed.contains("set ylabel 'seconds'"))
    }

    @Test func targetLineAndTitleOnlyWhereThereIsATarget() {
        let script = Self.script()
        #expect(script.contains("set title 'chat sl_offered (target 80%)'"))
        #expect(script.contains("target = 0.8\n"))
        #expect(script.components(separatedBy: "target*scale with lines dt 2").count == 2)
        #expect(!script.contains("set title 'chat p_abandon ("))
    }

    @Test func baselineIsGreyAndOtherStrategiesKeepTheirColourInEveryPanel() {
        let script = Self.script()
        #expect(script.contains("array colour[3] = [0xb0b0b0, 0x4e79a7, 0xf28e2b]"))
        #expect(script.contains("grey: base (baseline)"))
        let data = StrategyBarsChart.data(metrics: CompareFixtures.bars).split(separator: "\n").dropFirst()
        let phoneFirst = data.filter { $0.contains("\"phone-first\"") }.map { $0.split(separator: " ")[2] }
        #expect(phoneFirst == ["3", "3", "3", "3"])
    }

    @Test func awkwardNamesAreEscaped() {
        let script = Self.script(metrics: CompareFixtures.awkwardBars)
        let data = StrategyBarsChart.data(metrics: CompareFixtures.awkwardBars)
        #expect(script.contains("noenhanced"))
        // Tic labels are format strings: % doubled; single quotes doubled; no raw newline.
        #expect(script.contains("set xtics ('base' 0, 'Bob''s \"best\" 50%% plan_b' 1)"))
        #expect(script.contains("set title 'chat p_abandon \\ night shift (target 10%)'"))
        // In the data a double quote would end the string: it becomes an apostrophe.
        #expect(data.contains("\"Bob's 'best' 50% plan_b\""))
        #expect(data.contains("\"chat p_abandon \\ night shift\""))
        #expect(data.split(separator: "\n").count == 3)
    }

    @Test func manyStrategiesWidenPanelsAndRotateLongNames() {
        let names = ["base", "forms-for-complex", "phone-first", "callback-heavy", "bot-deflection"]
        let metric = StrategyMetricBars(metric: "chat p_abandon", unit: .probability, bars: names.map {
            .init(variant: $0, mean: 0.1, low: 0.09, high: 0.11, isBaseline: $0 == "base")
        })
        let script = Self.script(metrics: Array(repeating: metric, count: 5))
        #expect(script.contains("set multiplot layout 2,3 "))
        #expect(script.contains("set xtics rotate by 30 right"))
        #expect(script.contains("size 1310,"))
    }
}
