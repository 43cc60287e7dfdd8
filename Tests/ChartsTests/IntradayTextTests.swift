import Charts
import Testing

/// The .dat and .gp text of the intraday chart: exact, deterministic, self-contained.
@Suite struct IntradayTextTests {
    @Test func dataMatchesGolden() throws {
        try Golden.expectMatch(IntradayChart.data(Fixtures.series), named: "intraday.dat")
    }

    @Test(arguments: ImageFormat.allCases)
    func scriptMatchesGolden(_ format: ImageFormat) throws {
        let script = IntradayChart.script(Fixtures.series, baseName: "intraday", format: format)
        try Golden.expectMatch(script, named: "intraday-\(format.rawValue).gp")
    }

    @Test func dataHasHeaderNamingColumnsAndNaNForMissing() {
        let lines = IntradayChart.data(Fixtures.series).split(separator: "\n")
        #expect(lines.count == 1 + Fixtures.series.intervalLabels.count)
        #expect(lines[0].hasPrefix("#"))
        #expect(lines[0].dropFirst().split(separator: " ").map(String.init) == IntradayChart.columns)
        // The interval without arrivals has no service level and no band.
        #expect(lines[6].split(separator: " ").suffix(3) == ["NaN", "NaN", "NaN"])
    }

    @Test func shortArraysAndNonFiniteValuesBecomeNaN() {
        var series = Fixtures.series
        series.staff = [3]
        series.meanQueue[0] = .infinity
        let rows = IntradayChart.data(series).split(separator: "\n").dropFirst()
            .map { $0.split(separator: " ") }
        #expect(rows[0][4] == "NaN")   // mean_queue of interval 0
        #expect(rows[1][3] == "NaN")   // staff past the end of the array
    }

    @Test func scriptReadsAndWritesOnlyRelativeFilesNamedAfterTheBase() {
        let script = IntradayChart.script(Fixtures.series, baseName: "day_chat", format: .png)
        #expect(script.contains("set output 'day_chat.png'"))
        #expect(script.contains("data = 'day_chat.dat'"))
        #expect(!script.contains("cd "))
        #expect(!script.contains("/tmp"))
    }

    @Test func targetLineOnlyWhenThereIsATarget() {
        var series = Fixtures.series
        #expect(IntradayChart.script(series, baseName: "x", format: .png).contains("target 80%"))
        series.serviceLevelTarget = nil
        #expect(!IntradayChart.script(series, baseName: "x", format: .png).contains("target"))
    }

    @Test func longDaysGetSparseLabels() {
        var series = Fixtures.series
        series.intervalLabels = (0..<96).map { String(format: "%02d:%02d", $0 / 4, $0 % 4 * 15) }
        let script = IntradayChart.script(series, baseName: "x", format: .png)
        // Every eighth quarter-hour, i.e. every two hours: 12 labels.
        #expect(script.contains("set xtics ('00:00' 0, '02:00' 8, '04:00' 16,"))
        #expect(script.contains("'22:00' 88) format ''"))
    }
}
