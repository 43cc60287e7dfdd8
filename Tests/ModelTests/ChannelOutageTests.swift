import ChannelModel
import Testing

/// A channel outage: parsed against the model's names, applied to its rates, trace and
/// availability, and in the simulation nobody reaches the channel while it is down.
@Suite struct ChannelOutageTests {
    static let horizon = Horizon(intervalLength: 900, intervalsPerDay: 4, days: 1, dayStart: 0)

    /// chat and phone; teams `web` and `chat` (a name shared with a channel).
    static func model(chatTimes: [Double]? = nil) -> ModelSpec {
        ModelSpec(horizon: horizon,
                  channels: [ChannelSpec(name: "chat", kind: .chat, patience: .never, work: .deterministic(300), slTime: 20,
                                         arrivalRates: [1, 2, 3, 4], arrivalTimes: chatTimes),
                             ChannelSpec(name: "phone", kind: .phone, patience: .never, work: .deterministic(60), slTime: 20,
                                         arrivalRates: [5, 6, 7, 8])],
                  teams: [TeamSpec(name: "web", skills: [0], headcount: [2, 2, 2, 2], concurrency: 1, speeds: [1]),
                          TeamSpec(name: "voice", skills: [1], headcount: [1, 1, 1, 1], concurrency: 1, speeds: [1])])
    }

    @Test func parsesChannelsAndTeamsByName() throws {
        let m = Self.model()
        #expect(try Outage.parse("chat 00:15 15m", model: m).subject == .channel(0))
        let prefixed = try Outage.parse("channel phone 00:15 30m", model: m)
        #expect(prefixed.subject == .channel(1) && prefixed.first == 1 && prefixed.count == 2)
        #expect(try Outage.parse("team web 00:00 15m", model: m).subject == .team(0))
        var clash = m
        clash.teams[1].name = "chat"
        #expect(try Outage.parse("team chat 00:00 15m", model: clash).subject == .team(1))
        #expect(try Outage.parse("channel chat 00:00 15m", model: clash).subject == .channel(0))
        func problem(_ t: String, _ model: ModelSpec? = nil) -> String? {
            do { _ = try Outage.parse(t, model: model ?? m); return nil } catch { return "\(error.problem) (\(error.expected))" }
        }
        #expect(problem("chat 00:00 15m", clash) == "'chat' is both a team and a channel (expected 'team chat …' or 'channel chat …')")
        #expect(problem("chta 00:00 15m") == "unknown channel 'chta' (did you mean 'chat'?)")
        #expect(problem("channel fone 00:00 15m") == "unknown channel 'fone' (did you mean 'phone'?)")
        #expect(problem("web 00:00 15m") == "'web' is a team, not a channel (expected 'team web …')")
        #expect(problem("chat 00:50 15m")?.hasPrefix("00:50 for 15m is outside the day's window 00:00–01:00") == true)
        #expect(problem("chat d2 00:00 15m")?.hasPrefix("day 2 is outside the horizon") == true)
        #expect(problem("chat")?.hasPrefix("'chat' is not an outage") == true)
    }

    @Test func applyingZeroesRatesDropsTraceAndMarksTheWindow() throws {
        let m = Self.model(chatTimes: [100, 900, 1000, 1799, 1800, 2700])
        let out = m.applying(try Outage.parse("chat 00:15 15m", model: m))
        #expect(out.channels[0].arrivalRates == [1, 0, 3, 4])
        #expect(out.channels[0].arrivalTimes == [100, 1800, 2700])
        #expect(out.channels[0].availability.outOfService == [1..<2])
        #expect(out.channels[1] == m.channels[1] && out.teams == m.teams)
    }

    @Test func directArrivalsInTheWindowDoNotArriveAndServiceGoesOn() throws {
        // Chats at 800 (in service when the channel goes down at 900, 300 s of work) and in the window.
        let m = Self.model(chatTimes: [800, 1000, 1200, 1799, 1800, 2700])
        var direct = m
        direct.channels.removeLast()
        direct.teams.removeLast()
        let out = direct.applying(try Outage.parse("chat 00:15 15m", model: direct))
        let plan = Fixture.run(direct), down = Fixture.run(out)
        func arrivals(_ r: RecordingMonitor) -> [Double] {
            r.log.compactMap { if case .arrived(_, let t) = $0 { return t } else { return nil } }
        }
        #expect(arrivals(plan) == [800, 1000, 1200, 1799, 1800, 2700])
        #expect(arrivals(down) == [800, 1800, 2700])
        #expect(down.outcomes.contains(.completed(channel: 0, arrival: 800, service: 300)))
    }

    @Test func aTraceKeepsEachContactsRecordedValuesAcrossTheOutage() throws {
        // Recorded handle, patience and class travel with their arrival: the contacts left
        // after the window keep their own, not the dropped ones'.
        var m = Self.model(chatTimes: [100, 1000, 2000, 3000])
        m.channels.removeLast()
        m.teams.removeLast()
        m.channels[0].arrivalWork = [10, 20, 30, 40]
        m.channels[0].arrivalPatience = [1, 2, 3, 4]
        m.channels[0].classes = [ContactClass(name: "a", share: 0.5), ContactClass(name: "b", share: 0.5)]
        m.channels[0].arrivalClasses = [0, 1, 0, 1]
        let out = m.applying(try Outage.parse("chat 00:15 15m", model: m))
        #expect(out.channels[0].arrivalTimes == [100, 2000, 3000])
        #expect(out.channels[0].arrivalWork == [10, 30, 40])
        #expect(out.channels[0].arrivalPatience == [1, 3, 4])
        #expect(out.channels[0].arrivalClasses == [0, 0, 1])
        let r = Fixture.run(out)
        #expect(r.outcomes.filter { if case .completed = $0 { return true } else { return false } }
                == [.completed(channel: 0, arrival: 100, service: 10), .completed(channel: 0, arrival: 2000, service: 30),
                    .completed(channel: 0, arrival: 3000, service: 40)])
        #expect(r.arrivalGroups == [-2, -2, -3])
    }

    /// Visitors who fail self-serve choose chat or phone half and half; nobody leaves.
    static func visitors(chatDown: Bool, endings: VisitorSpec.ChatEndings = .allResolved) -> ModelSpec {
        var m = model()
        for c in m.channels.indices { m.channels[c].arrivalRates = [0, 0, 0, 0] }
        var v = VisitorSpec(arrivalRates: Array(repeating: 120.0 / 3600, count: 4), segments: [.init(name: "all", share: 1)],
                            enquiries: [.init(name: "q", share: 1, selfServeSuccess: 0, selfServeTime: .deterministic(30),
                                              choice: .init(channels: [0.5, 0.5], leave: 0))])
        v.enquiries[0].endings = endings
        v.escalationChannel = 1
        m.visitors = v
        if chatDown { m.channels[0].availability.outOfService = [0..<4] }
        return m
    }

    @Test func visitorsSpillOverToTheOtherChannel() {
        let plan = Fixture.run(Self.visitors(chatDown: false)), down = Fixture.run(Self.visitors(chatDown: true))
        #expect(plan.contacts.contains(0) && plan.contacts.contains(1))
        // Same visitors (common random numbers): every contact now goes to the phone.
        #expect(down.visitorsArrived == plan.visitorsArrived && down.contacts.count == plan.contacts.count)
        #expect(!down.contacts.isEmpty && down.contacts.allSatisfy { $0 == 1 })
    }

    @Test func transfersIntoAChannelThatIsDownEndUnresolved() {
        var m = Self.visitors(chatDown: false, endings: .init(resolved: 0, unresolved: 0, toPhone: 1))
        m.visitors!.enquiries[0].choice = .init(channels: [1, 0], leave: 0)
        // Every chat ends inside the horizon, while the phone is down: the window ends with
        // the horizon, and a transfer in the drain after it would go through.
        m.visitors!.arrivalRates[3] = 0
        m.channels[0].work = .deterministic(10)
        m.teams[0].headcount = [20, 20, 20, 20]
        let plan = Fixture.run(m)
        #expect(plan.endings.contains(.transferred) && plan.contacts.contains(1))
        m.channels[1].availability.outOfService = [0..<4]
        let down = Fixture.run(m)
        #expect(!down.endings.isEmpty && down.endings.allSatisfy { $0 == .unresolved } && !down.contacts.contains(1))
    }

    @Test func aFormThatIsDownIsNotOffered() {
        var m = Self.visitors(chatDown: false)
        m.channels[0].kind = .form
        m.visitors!.enquiries[0].choice = .init(channels: [1, 0], leave: 0)
        #expect(Fixture.run(m).contacts.contains(0))
        m.channels[0].availability.outOfService = [0..<4]
        let down = Fixture.run(m)
        #expect(down.contacts.isEmpty && down.visitorOutcomes.allSatisfy { $0.outcome == .left } && !down.visitorOutcomes.isEmpty)
    }
}
