import ChannelModel
import Experiments
import Foundation
import Testing

/// `run --trace`: who answered, the messages synthesised for fluid chats, the unanswered last
/// message of a mid-chat leaver, transfers, and the trace taken inside the experiment.
@Suite struct TraceContentTests {
    /// One agent of team "t", one chat at a time; fluid chats of `work` seconds arriving at `arrivals`.
    static func fluidSpec(work: Double, arrivals: [Double], headcount: Int = 1) -> ModelSpec {
        let ch = ChannelSpec(name: "chat", kind: .chat, patience: .never, work: .deterministic(work), slTime: 20,
                             assignment: .leastLoaded, arrivalRates: [0], arrivalTimes: arrivals)
        return ModelSpec(horizon: Horizon(intervalLength: 3600, intervalsPerDay: 1), channels: [ch],
                         teams: [TeamSpec(name: "t", skills: [0], headcount: [headcount], concurrency: 1, speeds: [1])])
    }

    /// Visitors who always fail self-serve and chat (fluid, 10 s); every chat escalates to phone (20 s).
    static func escalationSpec() -> ModelSpec {
        let chat = ChannelSpec(name: "chat", kind: .chat, patience: .never, work: .deterministic(10), slTime: 60, arrivalRates: [0])
        let phone = ChannelSpec(name: "phone", kind: .phone, patience: .never, work: .deterministic(20), slTime: 20,
                                arrivalRates: [0])
        var visitors = VisitorSpec(
            arrivalRates: [60.0 / 3600], segments: [.init(name: "all", share: 1)],
            enquiries: [.init(name: "q", share: 1, selfServeSuccess: 0, selfServeTime: .deterministic(30),
                              choice: .init(channels: [1, 0], leave: 0))])
        visitors.enquiries[0].endings = .init(resolved: 0, unresolved: 0, toPhone: 1)
        visitors.escalationChannel = 1
        return ModelSpec(horizon: Horizon(intervalLength: 3600, intervalsPerDay: 1), channels: [chat, phone],
                         teams: [TeamSpec(name: "web", skills: [0], headcount: [5], concurrency: 2,
                                          speeds: TeamSpec.speeds(concurrency: 2, slowdown: 0)),
                                 TeamSpec(name: "voice", skills: [1], headcount: [3], concurrency: 1, speeds: [1])],
                         visitors: visitors)
    }

    static func lines(_ text: TraceText) -> [String] { text.jsonLines().split(separator: "\n").map(String.init) }

    @Test func aFluidChatGetsSyntheticMessagesOverItsServiceSpan() {
        // 180 s of work at one exchange a minute: 3 exchanges, 6 messages 36 s apart.
        let text = TraceTests.text(Self.fluidSpec(work: 180, arrivals: [0]))
        let messages = text.events.filter { $0.kind == .customerMessage || $0.kind == .agentReply }
        #expect(messages.map(\.time) == [0, 36, 72, 108, 144, 180])
        #expect(messages.map(\.kind) == [.customerMessage, .agentReply, .customerMessage, .agentReply, .customerMessage, .agentReply])
        let lines = Self.lines(text)
        #expect(lines.contains(#"{"t":36.000,"clock":"d1 00:00:36.000","event":"agent_reply","contact":0,"channel":"chat","delay":36.000,"synthetic":true}"#))
        #expect(lines.contains(#"{"t":0.000,"clock":"d1 00:00:00.000","event":"customer_message","contact":0,"channel":"chat","synthetic":true}"#))
        // The last reply comes before `completed` at the same instant.
        #expect(lines.suffix(3).map { $0.contains("agent_reply") } == [true, false, false])
        #expect(text.csv().hasSuffix(",resolved,t,0,1,\n"))
        // 0s: no messages; a short chat still has one exchange.
        #expect(!TraceTests.text(Self.fluidSpec(work: 180, arrivals: [0]), exchangeEvery: 0).events
            .contains { $0.kind == .customerMessage })
        #expect(TraceTests.text(Self.fluidSpec(work: 10, arrivals: [0])).events.filter { $0.kind == .agentReply }.map(\.time) == [10])
    }

    @Test func theSpreadStretchesWithTheSpanNotTheCount() {
        // Two agents, the second chat waits 50 s: the count comes from the work (2 exchanges
        // of 120 s), the times from the span each chat actually had.
        #expect(TraceSettings(limit: 1, exchangeEvery: 60).exchanges(work: 120) == 2)
        #expect(TraceSettings(limit: 1, exchangeEvery: 60).exchanges(work: 89) == 1)
        #expect(TraceSettings(limit: 1, exchangeEvery: 60).exchanges(work: 1e300) == TraceSettings.maxSyntheticExchanges)
        let text = TraceTests.text(Self.fluidSpec(work: 120, arrivals: [0, 10]))
        let second = text.events.filter { $0.contact == 1 && ($0.kind == .customerMessage || $0.kind == .agentReply) }
        #expect(second.map(\.time) == [120, 160, 200, 240])
        #expect(text.events.contains { $0.kind == .queued && $0.contact == 1 && $0.time == 10 })
    }

    @Test func answeredNamesTheTeamAndAgent() {
        let text = TraceTests.text(Self.fluidSpec(work: 100, arrivals: [0, 1, 2], headcount: 3))
        let answered = Self.lines(text).filter { $0.contains(#""event":"answered""#) }
        #expect(answered.count == 3)
        #expect(Set(answered.map { $0.components(separatedBy: #""agent":"#).last ?? "" }) == ["0}", "1}", "2}"])
        #expect(answered.allSatisfy { $0.contains(#""team":"t""#) })
    }

    @Test func aMidChatLeaversLastMessageIsInTheTrace() {
        // Replies take 10 s, in-chat patience 5 s: the customer's opening message is never answered.
        var spec = TraceTests.chatSpec(arrivals: [0], k: 1)
        spec.channels[0].mode = .messages(MessageSpec(exchanges: .deterministic(2), customerTyping: .deterministic(10),
                                                      agentReply: .deterministic(10), inChatPatience: .deterministic(5)))
        let text = TraceTests.text(spec)
        #expect(text.events.map(\.kind) == [.arrived, .answered, .customerMessage, .leftMidChat])
        #expect(text.events.map(\.time) == [0, 0, 0, 5])
        #expect(text.contactRows().first?.messages == 1 && text.contactRows().first?.replies == 0)
    }

    @Test func aTransferNamesTheContactItBecame() throws {
        let text = TraceTests.text(Self.escalationSpec())
        let rows = text.contactRows()
        let chats = rows.filter { $0.channel == 0 }
        #expect(chats.count > 20)
        for chat in chats where chat.outcome == "transferred" {
            let to = try #require(chat.transferredTo)
            let phone = rows[Int(to)]
            #expect(phone.channel == 1 && phone.visitor == chat.visitor && abs(phone.arrival - (chat.end ?? -1)) < 1e-9)
            #expect(chat.agent?.team == 0 && phone.agent?.team == 1 && (phone.agent?.number ?? 9) < 3)
            #expect(chat.syntheticMessages && chat.messages == 1 && !phone.syntheticMessages && phone.messages == 0)
        }
        let ended = Self.lines(text).first { $0.contains(#""ending":"transferred""#) } ?? ""
        #expect(ended.contains(#","to_contact":"#) && ended.hasSuffix(#","to_channel":"phone"}"#), "\(ended)")
    }

    @Test func theExperimentTracesItsOwnReplication() throws {
        let spec = Self.escalationSpec()
        let design = ExperimentDesign(variants: [Variant(name: "base", model: spec)], seed: 11, replications: 4, confidence: 0.95)
        let request = TraceRequest(replication: 2, settings: TraceSettings(limit: 100_000))
        let plain = Experiment.run(design, threads: 2)
        let key = MetricKey(scope: "phone", metric: "mean_wait")
        for threads in [1, 2] {
            let traced = Experiment.run(design, threads: threads, trace: request)
            let capture = try #require(traced.trace)
            let alone = ReplicationRunner.trace(spec: spec, seed: 11, replication: 2, settings: request.settings).trace
            #expect(capture.events == alone.events && capture.agents == alone.agents && !capture.overflowed)
            #expect(traced.variants[0].figures.interval(of: key, level: 0.95) == plain.variants[0].figures.interval(of: key, level: 0.95))
            #expect(traced.variants[0].summary.replications == plain.variants[0].summary.replications)
        }
        #expect(plain.trace == nil)
    }
}
