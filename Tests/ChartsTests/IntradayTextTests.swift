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
        #expect(lines[6].split(separator: " ").dropLast().suffix(3) == ["NaN", "NaN", "NaN"])
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

    @Test func axesNameTheThresholdAndUnitsAndTheLegendTheLevel() {
        var series = Fixtures.series
        let script = IntradayChart.script(series, baseName: "x", format: .png)
        #expect(script.contains("set ylabel 'service level within 60 s'"))
        #expect(script.contains("set ylabel 'contacts per interval · agents on duty'"))
        #expect(script.contains("title '90% CI'"))
        #expect(!script.contains("95%"))
        #expect(script.contains("using 1:9 with histeps"))
        #expect(script.contains("chat slots (agents × concurrency)"))
        series.slots = []
        series.serviceLevelThreshold = nil
        series.confidence = 0.95
        let plain = IntradayChart.script(series, baseName: "x", format: .png)
        #expect(!plain.contains("using 1:9"))
        #expect(plain.contains("set ylabel 'service level (offered)'"))
        #expect(plain.contains("title '95% CI'"))
    }

    @Test func queueAxisStartsAtZeroWithAFloorOfOne() {
        var series = Fixtures.series
        // The fixture's largest mean queue is 3.125: a tenth of headroom.
        #expect(IntradayChart.script(series, baseName: "x", format: .png).contains("set y2range [0:3.4375]"))
        // Noise of a few hundredths keeps a one-contact axis instead of tall spikes.
        series.meanQueue = [0, 0.01, 0.03, 0.02, 0, .nan]
        #expect(IntradayChart.script(series, baseName: "x", format: .png).contains("set y2range [0:1]"))
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
