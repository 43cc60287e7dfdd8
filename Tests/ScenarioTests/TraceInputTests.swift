import ChannelModel
import Foundation
import Scenario
import Testing

/// `arrivals: { trace: FILE }`: recorded arrivals mapped onto the horizon's days and windows.
@Suite struct TraceInputTests {
    /// A scratch folder with `s.yaml` (two days 09:00–11:00 in hourly intervals, a phone
    /// channel replaying `t.csv` from `arrivals`) and `t.csv`.
    static func load(_ csv: String, arrivals: String = "{ trace: t.csv }") throws -> Scenario {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("channelsim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try csv.write(to: dir.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8)
        let path = dir.appendingPathComponent("s.yaml").path
        try """
            name: replay
            horizon: { start: "09:00", end: "11:00", interval: 1h, days: 2 }
            channels: { phone: { arrivals: \(arrivals), handle: 3m, patience: 2m } }
            teams: { t: { skills: [phone], headcount: 4 } }
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return try ScenarioLoader.load(path: path)
    }

    static let csv = """
        time,handle,patience
        1999-04-01 09:00:10,120,
        1999-04-01 10:59:59,60.5,
        1999-04-02 10:30:00,,45
        """

    @Test func rowsAreMappedOntoTheDays() throws {
        let s = try Self.load(Self.csv)
        let c = s.model.channels[0]
        // Day 1 (the first date) opens at 0; day 2 at 24 h. 10:30 on day 2 is 86,400 + 5,400.
        #expect(c.arrivalTimes == [10, 7199, 86_400 + 5400])
        #expect(c.arrivalWork == [120, 60.5, -1])
        #expect(c.arrivalPatience == [-1, -1, 45])
        #expect(c.arrivalRates == [1, 1, 0, 1].map { $0 / 3600 })
        #expect(s.inputFiles.count == 1)
    }

    @Test func theTracesBytesAreInTheHash() throws {
        let a = try Self.load(Self.csv), b = try Self.load(Self.csv + "\n1999-04-02 10:45:00,,\n")
        #expect(a.hash != b.hash && a.meaningHash != b.meaningHash)
        #expect(try Self.load(Self.csv).hash == a.hash)
    }

    @Test func startDateAndUseChooseTheMappingAndColumns() throws {
        let s = try Self.load(Self.csv, arrivals: "{ trace: t.csv, start_date: \"1999-04-01\", use: [handle] }")
        #expect(s.model.channels[0].arrivalTimes == [10, 7199, 86_400 + 5400])
        #expect(s.model.channels[0].arrivalPatience == nil)
        #expect(s.model.channels[0].arrivalWork == [120, 60.5, -1])
    }

    @Test func secondsFromTheStartAreEngineTimes() throws {
        let s = try Self.load("time\n5\n3600\n")
        #expect(s.model.channels[0].arrivalTimes == [5, 3600])
        #expect(s.model.channels[0].arrivalWork == nil)
    }

    @Test func rowsOutsideTheHorizonAreRefused() throws {
        let outside = "time\n1999-04-01 09:00:00\n1999-04-01 11:00:00\n1999-04-03 09:30:00\n"
        do {
            _ = try Self.load(outside)
            Issue.record("expected an error")
        } catch let e as ScenarioError {
            #expect(e.description.contains("has 2 row(s) outside the horizon's days and hours (first: line 3, 1999-04-01 11:00:00)"))
            #expect(e.description.contains("channels.phone.arrivals"))
        }
    }

    @Test func badCellsAreNamedByLine() throws {
        for (csv, message) in [("when\n5\n", "has no column 'time'"),
                               ("time,handle\n5,x\n", "line 2 of 't.csv': handle 'x' is not seconds ≥ 0"),
                               ("time\n1999-02-30 10:00:00\n", "line 2 of 't.csv': time '1999-02-30 10:00:00' is neither"),
                               ("time\n5\n99999\n", "line 3 of 't.csv': time '99999' (99999.0s) is outside the horizon's windows"),
                               ("time\n3600\n5\n", "line 3 of 't.csv': time '5' is before line 2's '3600' (expected rows in time order"),
                               ("time\n1999-04-02 10:30:00\n1999-04-01 09:00:10\n",
                                "line 3 of 't.csv': time '1999-04-01 09:00:10' is before line 2's '1999-04-02 10:30:00'"),
                               ("when,handle\n5,1\n", "has no column 'time' in its header (columns: when, handle)")] {
            do {
                _ = try Self.load(csv)
                Issue.record("expected an error for \(csv)")
            } catch let e as ScenarioError {
                #expect(e.description.contains(message), "\(e.description)")
            }
        }
        do {
            _ = try Self.load(Self.csv, arrivals: "{ trace: t.csv, use: [wait] }")
            Issue.record("expected an error")
        } catch let e as ScenarioError { #expect(e.description.contains("unknown column 'wait'")) }
    }
}
