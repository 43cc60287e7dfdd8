import ChannelModel
import Fitting
import Foundation
import Scenario
import Testing
import Variates

/// `fit` writes the log's classes as the channel's `classes:` (share, own handle time and
/// patience), the bank's priority customers with their head start, and `fit --replay` gives
/// each replayed contact its recorded class.
@Suite struct ClassFitTests {
    /// 1999-04-04 (day 10685), 09:00–10:00: 100 "high" calls of 300 s and 300 "regular" of
    /// 100 s, one served every 9 s; 10 abandoners per class after 60 s.
    static func log() -> LogAccumulator {
        var acc = LogAccumulator(intervalLength: 1800, selection: FitSelection())
        for k in 0..<400 {
            let high = k % 4 == 0
            acc.add(.contact(ContactRecord(day: 10685, second: Double(9 * 3600 + k * 9), channel: "phone", contactClass: high ? "high" : "regular",
                                           outcome: .served, wait: Double(k % 7), handle: high ? 300 + Double(k % 3) : 100 + Double(k % 3), agent: "A\(k % 6)")))
        }
        for k in 0..<20 {
            acc.add(.contact(ContactRecord(day: 10685, second: Double(9 * 3600 + 100 + k * 170), channel: "phone", contactClass: k % 2 == 0 ? "high" : "regular",
                                           outcome: .abandoned, wait: 60, handle: 0, agent: nil)))
        }
        return acc
    }

    @Test func classesAreWrittenWithSharesLawsAndTheBanksHeadStart() throws {
        let fit = try Estimator.fit(Self.log(), files: ["log"], layout: .anonymousBank, classedBy: "priority")
        let text = ScenarioText.render(fit, name: "classes")
        #expect(text.contains("head_start: 90s"))
        let ch = try ScenarioLoader.parse(text, file: "c.yaml").model.channels[0]
        #expect(ch.classes.map(\.name) == ["high", "regular"])
        // 110 of 420 offered are high, 310 regular.
        #expect(abs(ch.classes[0].share - 110.0 / 420) < 1e-9 && abs(ch.classes[0].share + ch.classes[1].share - 1) < 1e-12)
        #expect(ch.classes[0].queueing == .headStart(90) && ch.classes[1].queueing == .fifo)
        // Own handle times: means 301 s and 101 s (to the fit's precision).
        let high = try #require(ch.classes[0].work), regular = try #require(ch.classes[1].work)
        #expect(abs(high.mean - 301) < 3 && abs(regular.mean - 101) < 1)
        #expect(ch.classes.allSatisfy { $0.patience != nil })
        // Classed by type (or any other classification), no head start.
        let byType = try Estimator.fit(Self.log(), files: ["log"], layout: .generic, classedBy: "class")
        #expect(!ScenarioText.render(byType, name: "t").contains("head_start"))
    }

    @Test func theReplayKeepsEachContactsClass() throws {
        // Records are kept only when asked before reading.
        var withRecords = LogAccumulator(intervalLength: 1800, selection: FitSelection())
        withRecords.keepsRecords = true
        for k in 0..<400 {
            let high = k % 4 == 0
            withRecords.add(.contact(ContactRecord(day: 10685, second: Double(9 * 3600 + k * 9), channel: "phone", contactClass: high ? "high" : "regular",
                                                   outcome: .served, wait: 0, handle: high ? 300 : 100, agent: "A\(k % 6)")))
        }
        let fit = try Estimator.fit(withRecords, files: ["log"], layout: .anonymousBank, classedBy: "priority")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("channelsim-classfit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let trace = ReplayText.trace(withRecords.records, channel: "phone", classes: true)
        #expect(trace.hasPrefix("time,handle,patience,class\n1999-04-04 09:00:00,300,,high\n1999-04-04 09:00:09,100,,regular\n"))
        try trace.write(to: dir.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8)
        let text = ReplayText.render(fit, name: "r", traces: ["phone": "t.csv"])
        #expect(text.contains("use: [handle, class]"))
        let ch = try ScenarioLoader.parse(text, file: dir.appendingPathComponent("r.yaml").path, baseDirectory: dir.path).model.channels[0]
        let classes = try #require(ch.arrivalClasses)
        #expect(classes.count == 400 && classes.prefix(4) == [0, 1, 1, 1])
    }
}
