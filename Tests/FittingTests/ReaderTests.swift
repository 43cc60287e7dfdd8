import Foundation
import Testing
import Fitting

/// The log reader and layouts on small fixtures: every drop reason, gzip and plain, CRLF,
/// midnight roll-over, a column map, and the day-interval table.
@Suite struct ReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    func bank(_ file: String, selection: FitSelection = FitSelection()) throws -> LogAccumulator {
        var acc = LogAccumulator(intervalLength: 1800, selection: selection)
        try acc.read(paths: [Self.fixture(file)], layout: LogLayout(name: .anonymousBank))
        return acc
    }

    @Test(arguments: ["bank-sample.tsv", "bank-sample.tsv.gz"])
    func bankFixtureCountsEachDropReason(file: String) throws {
        let acc = try bank(file)
        #expect(acc.rowsRead == 12)
        #expect(acc.dropped == [.phantom: 1, .negativeTime: 1, .zeroService: 1, .noAgent: 1, .outlier: 1, .malformed: 1])
        let all = acc.channelSamples("phone")
        // Served: rows 1, 2, 10 (agent NO_SERVERAMA is a real one), 12 (CRLF); abandoned: row 3; left in the VRU: row 4.
        #expect(all.served == 4 && all.abandoned == 1 && all.leftBeforeQueue == 1)
        #expect(all.handle.counts == [180: 1, 120: 1, 240: 1, 300: 1])
        #expect(all.abandonWaits.counts == [90: 1])
        #expect(all.servedWaits.counts == [60: 1, 0: 2, 30: 1])
        #expect(Set(acc.groups.keys.map(\.contactClass)) == ["PS", "NW"])
    }

    @Test func offeredTimeRollsPastMidnightIntoTheNextDay() throws {
        let table = try #require(try bank("bank-sample.tsv").tables["phone"])
        let jan3 = CivilDate.dayNumber(year: 1999, month: 1, day: 3)
        #expect(table.sortedDays == [jan3, jan3 + 1, jan3 + 2])
        // Row 10: entered 23:59:50 on the 4th, left the VRU 20 s later: offered 00:00:10 on the 5th.
        let first = try #require(table.days[jan3 + 2]?[0])
        #expect(first.offered == 1 && first.served == 1 && first.waitSum == 30)
        #expect(first.busySeconds == 240 && table.agentNames[first.agents.first!] == "NO_SERVERAMA")
        // Row 1 offered 10:00:10 (interval 20), served 10:01:10 to 10:04:10.
        let ten = try #require(table.days[jan3]?[20])
        #expect(ten.offered == 3 && ten.served == 2 && ten.abandoned == 1 && ten.leftBeforeQueue == 0)
        #expect(table.days[jan3]?[21].leftBeforeQueue == 1)   // row 4, offered 10:30:20
        #expect(ten.waitSum == 150 && ten.busySeconds == 300 && ten.agents.count == 2)
    }

    @Test func dayIntervalCSVHasARowPerSeenDayAndInterval() throws {
        let acc = try bank("bank-sample.tsv")
        let lines = DayIntervalCSV.text(acc.tables).split(separator: "\n")
        #expect(lines.count == 1 + 3 * 48)
        #expect(lines[0] == Substring(DayIntervalCSV.header))
        // 3 January, 10:00-10:30: rows 1, 2 and 3 offered; waits 60 + 0 + 90; service 180 + 120 s by two agents.
        #expect(lines.contains("phone,1999-01-03,sun,10:00,3,2,1,0,150,300,2"))
        #expect(lines.contains("phone,1999-01-03,sun,10:30,0,0,0,1,0,0,0"))
    }

    @Test func serviceAcrossAnIntervalBoundarySplitsBusyTime() {
        var t = DayIntervalTable(intervalLength: 1800)
        t.add(ContactRecord(day: 10, second: 1680, channel: "phone", contactClass: "all", outcome: .served,
                            wait: 60, handle: 180, agent: "A"))   // service 00:29:00 to 00:32:00
        #expect(t.days[10]![0].busySeconds == 60 && t.days[10]![1].busySeconds == 120)
        #expect(t.days[10]![0].agents == [0] && t.days[10]![1].agents == [0])
        #expect(t.days[10]![1].offered == 0 && t.days[10]![0].offered == 1)
    }

    @Test func selectionByDatesAndWeekdays() throws {
        let jan3 = CivilDate.dayNumber(year: 1999, month: 1, day: 3)   // a Sunday
        let acc = try bank("bank-sample.tsv", selection: FitSelection(weekdays: [0]))
        #expect(acc.outsideSelection == 2 && acc.channelSamples("phone").served == 2)
        let late = try bank("bank-sample.tsv", selection: FitSelection(from: jan3 + 1, to: jan3 + 1))
        #expect(late.channelSamples("phone").served == 1)
        #expect(throws: FitError.self) { _ = try Estimator.fit(try bank("bank-sample.tsv", selection: FitSelection(from: jan3 + 5)),
                                                               files: [], layout: .anonymousBank, classedBy: "type") }
    }

    @Test func genericLayoutWithAColumnMapAndQuotedCells() throws {
        let map = try LogLayout.parseMap(["arrival=start,outcome=result", "wait=queue_s,handle=talk_s,agent=who,channel=line"], layout: .generic)
        var acc = LogAccumulator(intervalLength: 900, selection: FitSelection())
        try acc.read(paths: [Self.fixture("generic-sample.csv")], layout: LogLayout(name: .generic, columnMap: map))
        #expect(acc.dropped == [.phantom: 1])
        #expect(acc.channels == ["chat", "phone"])
        #expect(acc.channelSamples("chat").served == 1 && acc.channelSamples("chat").abandoned == 1)
        #expect(acc.tables["phone"]!.agentNames == ["bo, jr"])
    }

    @Test func badMapsAndHeadersSayWhatIsWrong() throws {
        #expect(throws: FitError("--map: unknown field 'arival' for layout generic (expected one of: arrival, date, time, outcome, wait, handle, agent, channel, class)")) {
            _ = try LogLayout.parseMap(["arival=start"], layout: .generic)
        }
        #expect(throws: FitError.self) { _ = try LogLayout.parseMap(["arrival"], layout: .generic) }
        var acc = LogAccumulator(intervalLength: 900, selection: FitSelection())
        let path = Self.fixture("generic-sample.csv")
        #expect(throws: FitError("\(path): the header has no 'arrival' column, nor 'date' and 'time' (columns: start, result, queue_s, talk_s, who, line; map yours with --map arrival=COLUMN)")) {
            try acc.read(paths: [path], layout: LogLayout(name: .generic))
        }
        #expect(throws: FitError("/nonexistent.tsv: file does not exist (expected a contact log, CSV or TSV, gzipped or not)")) {
            try acc.read(paths: ["/nonexistent.tsv"], layout: LogLayout(name: .generic))
        }
    }

    @Test func datesClocksAndWeekdays() throws {
        let d = CivilDate.dayNumber(year: 1999, month: 1, day: 1)
        #expect(CivilDate.weekday(d) == 5)   // a Friday
        #expect(CivilDate.iso(d) == "1999-01-01")
        let c = CivilDate.civil(d + 59)
        #expect(c.year == 1999 && c.month == 3 && c.day == 1)
        for text in ["990101", "19990101", "1999-01-01"] { #expect(CivilDate.parseDate(Array(text.utf8)[...]) == d) }
        #expect(CivilDate.parseDate(Array("990230".utf8)[...]) == nil)
        #expect(CivilDate.parseClock(Array("7:02:47".utf8)[...]) == 25367)
        #expect(CivilDate.parseClock(Array("7:62:47".utf8)[...]) == nil)
        #expect(try FitSelection.parseWeekdays("sun-thu") == [0, 1, 2, 3, 4])
        #expect(try FitSelection.parseWeekdays("fri-sun,tue") == [5, 6, 0, 2])
        #expect(throws: FitError.self) { _ = try FitSelection.parseWeekdays("funday") }
    }

    @Test func delimitedLinesKeepEmptyAndQuotedFields() {
        let l = DelimitedLine(Array("a,\"b,\"\"c\"\"\",,d,".utf8), delimiter: 44)
        #expect(l.count == 5)
        #expect((0..<5).map(l.string) == ["a", "b,\"c\"", "", "d", ""])
        #expect(DelimitedLine.number(Array("-12.5".utf8)[...]) == -12.5 && DelimitedLine.number(Array("3.06E+08".utf8)[...]) == nil)
    }
}
