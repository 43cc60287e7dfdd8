import ChannelModel
import Foundation
import Scenario
import Testing

/// A channel's `classes:` and `arrivals.overdispersion_cv`: read into the model, refused
/// with `file:line:col` where they have no meaning.
@Suite struct ClassInputTests {
    static let phone = """
        name: ok
        horizon: { start: "08:00", end: "10:00", interval: 30m }
        channels:
          phone:
            arrivals: { rate: 2/min }
            patience: { exponential: { mean: 2m } }
            handle: 4m
            classes:
              priority: { share: 0.2, head_start: 90s, patience: { exponential: { mean: 5m } } }
              regular: { share: 0.75 }
              vip: { share: 0.05, priority: strict, handle: { exponential: { mean: 6m } }, after_call_work: 30s }
        teams:
          calls: { skills: [phone], headcount: 10 }
        """

    func expectError(_ text: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(scenarioError(text, file: "s.yaml")?.description == expected, sourceLocation: sourceLocation)
    }

    @Test func classesAreRead() throws {
        let s = try ScenarioLoader.parse(Self.phone, file: "s.yaml")
        let c = s.model.channels[0].classes
        #expect(c.map(\.name) == ["priority", "regular", "vip"])
        #expect(c.map(\.share) == [0.2, 0.75, 0.05])
        #expect(c[0].queueing == .headStart(90) && c[1].queueing == .fifo && c[2].queueing == .strict)
        #expect(c[0].patience == .exponential(mean: 300) && c[0].work == nil)
        #expect(c[2].work == .exponential(mean: 360) && c[2].afterCallWork == .deterministic(30))
        #expect(s.model.channels[0].overdispersionCV == 0)
        // head_start: 0 is FIFO.
        let zero = try ScenarioLoader.parse(Self.phone.replacingOccurrences(of: "head_start: 90s", with: "head_start: 0s"), file: "s.yaml")
        #expect(zero.model.channels[0].classes[0].queueing == .fifo)
    }

    @Test func fieldsRefusedByTheChannelsKind() {
        let form = AfterCallWorkInputTests.phone.replacingOccurrences(of: "  phone:", with: "  phone:\n    kind: form")
            .replacingOccurrences(of: "handle: 4m", with: "handle: 4m\n    classes: { a: { share: 1, patience: 1m } }")
            .replacingOccurrences(of: "skills: [phone]", with: "skills: [phone]")
        #expect(scenarioError(form, file: "s.yaml")?.description.contains("channels.phone.classes.a.patience: does not apply to a form") == true)
        let messages = BadInputTests.valid.replacingOccurrences(of: "    work: 6m", with: """
                mode: messages
                exchanges: 4
                customer_typing: 30s
                agent_reply: 40s
                classes: { a: { share: 1, work: 3m } }
            """)
        #expect(scenarioError(messages, file: "s.yaml")?.description
            .contains("channels.chat.classes.a.work: does not apply to a chat in messages mode") == true)
        let wrap = messages.replacingOccurrences(of: "work: 3m", with: "after_call_work: 30s")
        #expect(scenarioError(wrap, file: "s.yaml")?.description
            .contains("channels.chat.classes.a.after_call_work: does not apply to a chat in messages mode") == true)
    }

    @Test func atMost64Classes() {
        let many = (0..<65).map { "c\($0): { share: \($0 == 0 ? 1 : 0) }" }.joined(separator: ", ")
        let text = AfterCallWorkInputTests.phone.replacingOccurrences(of: "handle: 4m", with: "handle: 4m\n    classes: { \(many) }")
        #expect(scenarioError(text, file: "s.yaml")?.description.contains("channels.phone.classes: has 65 classes (expected at most 64)") == true)
    }

    @Test func strictBesideAZeroHeadStartIsAccepted() throws {
        // What a strategy switching a head-start class to strict writes (maps merge).
        let s = try ScenarioLoader.parse(Self.phone.replacingOccurrences(of: "head_start: 90s", with: "head_start: 0s, priority: strict"),
                                         file: "s.yaml")
        #expect(s.model.channels[0].classes[0].queueing == .strict)
    }

    @Test func classesNeedDirectArrivalsAndVisitorsKeepTheirOwnCV() {
        let visitorsOnly = MoneyInputTests.valid.replacingOccurrences(
            of: "chat: { work: 5m }", with: "chat: { work: 5m, classes: { a: { share: 1 } } }")
        let e = scenarioError(visitorsOnly, file: "s.yaml")?.description ?? ""
        #expect(e.contains("channels.chat.classes: applies to direct arrivals, and this channel has none"))
        let visitorCV = MoneyInputTests.valid.replacingOccurrences(of: "arrivals: { rate: 100/h }",
                                                                   with: "arrivals: { rate: 100/h, overdispersion_cv: 0.1 }")
        let v = scenarioError(visitorCV, file: "s.yaml")?.description ?? ""
        #expect(v.contains("visitors.arrivals.overdispersion_cv: belongs beside visitors' arrivals"))
    }

    @Test func overdispersionIsRead() throws {
        let s = try ScenarioLoader.parse(Self.phone.replacingOccurrences(of: "{ rate: 2/min }", with: "{ rate: 2/min, overdispersion_cv: 0.1 }"),
                                         file: "s.yaml")
        #expect(s.model.channels[0].overdispersionCV == 0.1)
    }

    @Test func badClassesAreRefusedWhereTheyAre() {
        func with(_ a: String, _ b: String) -> String { Self.phone.replacingOccurrences(of: a, with: b) }
        expectError(with("share: 0.75", "share: 0.7"),
                    "s.yaml:9:7: channels.phone.classes: class shares sum to 0.95 (expected shares that sum to 1)")
        expectError(with("share: 0.75", "share: 1.75"),
                    "s.yaml:10:25: channels.phone.classes.regular.share: 1.75 is outside 0…1 (expected a number between 0 and 1)")
        expectError(with("regular: { share: 0.75 }", "regular: { weight: 0.75 }"),
                    "s.yaml:10:16: channels.phone.classes.regular: missing required field 'share' (expected share: a number 0…1 (this class's part of the arrivals))")
        expectError(with("head_start: 90s", "head_start: 90s, priority: strict"),
                    "s.yaml:9:58: channels.phone.classes.priority.priority: goes with head_start (give a class either head_start (credit in the queue) or priority: strict, not both)")
        expectError(with("priority: strict", "priority: high"),
                    "s.yaml:11:37: channels.phone.classes.vip.priority: unknown priority 'high' (expected strict (ahead of the queue) or fifo)")
        expectError(with("head_start: 90s", "head_start: soon"),
                    "s.yaml:9:43: channels.phone.classes.priority.head_start: 'soon' is not a duration (expected a number and a unit: ms; s, sec, second(s); m, min, minute(s); h, hr, hour(s); d, day(s))")
        expectError(with("vip: { share: 0.05, priority: strict, handle:", "vip: { share: 0.05, priority: strict, work:"),
                    "s.yaml:11:51: channels.phone.classes.vip.work: is not a field of a phone channel's class (expected 'handle' for phone)")
        expectError(with("regular: { share: 0.75 }", "regular: { share: 0.75, colour: red }"),
                    "s.yaml:10:31: channels.phone.classes.regular.colour: unknown field 'colour' (expected one of: after_call_work, handle, head_start, patience, priority, share, work)")
        expectError(with("regular:", "re/gular:"),
                    "s.yaml:10:17: channels.phone.classes.re/gular: class name 're/gular' is empty or contains '/' (expected a name without '/' (outputs use it as a separator))")
        expectError(with("{ rate: 2/min }", "{ rate: 2/min, overdispersion_cv: 2 }"),
                    "s.yaml:5:49: channels.phone.arrivals.overdispersion_cv: 2.0 is above the supported 1 (expected a coefficient of variation 0…1, e.g. 0.08)")
        expectError(with("{ rate: 2/min }", "{ rate: 2/min, overdispersion_cv: -0.1 }"),
                    "s.yaml:5:49: channels.phone.arrivals.overdispersion_cv: must not be negative, got -0.1 (expected a number ≥ 0)")
    }
}

/// Targets on a class's figures: `CHANNEL/CLASS.FIGURE`.
@Suite struct ClassTargetTests {
    static func model() throws -> ModelSpec { try ScenarioLoader.parse(ClassInputTests.phone, file: "s.yaml").model }

    @Test func aClassFigureIsATarget() throws {
        let spec = try Self.model()
        try Target.parse("phone/priority.p_abandon <= 5%").check(against: spec)
        try Target.parse("phone/vip.sl(20s) >= 0.9").check(against: spec)
    }

    @Test func unknownClassesAndTimeAveragesAreRefused() throws {
        let spec = try Self.model()
        #expect(throws: TargetError.self) { try Target.parse("phone/gold.asa <= 30s").check(against: spec) }
        #expect(throws: TargetError.self) { try Target.parse("phone/vip.occupancy <= 0.9").check(against: spec) }
        do {
            try Target.parse("phone/priorty.asa <= 30s").check(against: spec)
            Issue.record("accepted an unknown class")
        } catch {
            #expect(error.problem == "unknown class 'phone/priorty'")
            #expect(error.expected == "did you mean 'phone/priority'?")
        }
    }
}

/// A replayed trace's `class` column: each row's recorded class, mapped onto the channel's.
@Suite struct ClassTraceInputTests {
    static func load(_ csv: String, arrivals: String = "{ trace: t.csv }", classes: Bool = true) throws -> Scenario {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("channelsim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try csv.write(to: dir.appendingPathComponent("t.csv"), atomically: true, encoding: .utf8)
        let path = dir.appendingPathComponent("s.yaml").path
        let cls = classes ? ", classes: { vip: { share: 0.1, priority: strict }, std: { share: 0.9 } }" : ""
        try """
            name: replay
            horizon: { start: "09:00", end: "11:00", interval: 1h }
            channels: { phone: { arrivals: \(arrivals), handle: 3m, patience: 2m\(cls) } }
            teams: { t: { skills: [phone], headcount: 4 } }
            """.write(toFile: path, atomically: true, encoding: .utf8)
        return try ScenarioLoader.load(path: path)
    }

    static let csv = "time,class\n10,vip\n20,\n30,std\n"

    @Test func theClassColumnIsReadInTimeOrder() throws {
        let c = try Self.load(Self.csv).model.channels[0]
        #expect(c.arrivalTimes == [10, 20, 30])
        #expect(c.arrivalClasses == [0, -1, 1])
        // Left out of use, or on a channel without classes, the column is not read.
        #expect(try Self.load(Self.csv, arrivals: "{ trace: t.csv, use: [handle] }").model.channels[0].arrivalClasses == nil)
        #expect(try Self.load(Self.csv, classes: false).model.channels[0].arrivalClasses == nil)
    }

    @Test func unknownClassesAndAClassColumnWithoutClassesAreRefused() {
        #expect(throws: ScenarioError.self) { try Self.load("time,class\n10,gold\n") }
        do {
            _ = try Self.load("time,class\n10,gold\n")
        } catch {
            #expect("\(error)".hasSuffix("channels.phone.arrivals.trace: line 2 of 't.csv': class 'gold' is not one of the channel's classes (expected one of: vip, std, or an empty cell)"))
        }
        #expect(throws: ScenarioError.self) { try Self.load(Self.csv, arrivals: "{ trace: t.csv, use: [class] }", classes: false) }
        #expect(throws: ScenarioError.self) { try Self.load(Self.csv, arrivals: "{ trace: t.csv, overdispersion_cv: 0.1 }") }
    }
}
