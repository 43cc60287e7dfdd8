import ChannelModel
import Experiments
import Foundation
import Testing

/// `run --trace`: exact event sequences on deterministic models, and figures untouched.
@Suite struct TraceTests {
    /// One agent, `k` chats at once; every chat has 2 exchanges, replies of 4 s and 10 s of
    /// customer typing, on a day starting at 08:00.
    static func chatSpec(arrivals: [Double], k: Int = 2) -> ModelSpec {
        var ch = ChannelSpec(name: "chat", kind: .chat, patience: .never, work: .deterministic(0), slTime: 20,
                             assignment: .leastLoaded, arrivalRates: [0], arrivalTimes: arrivals)
        ch.mode = .messages(MessageSpec(exchanges: .deterministic(2), customerTyping: .deterministic(10),
                                        agentReply: .deterministic(4), inChatPatience: .never))
        return ModelSpec(horizon: Horizon(intervalLength: 3600, intervalsPerDay: 1, dayStart: 8 * 3600), channels: [ch],
                         teams: [TeamSpec(name: "t", skills: [0], headcount: [1], concurrency: k,
                                          speeds: TeamSpec.speeds(concurrency: k, slowdown: 0))])
    }

    /// Phone calls of 30 s, one agent, patience 10 s: the second caller abandons.
    static func phoneSpec() -> ModelSpec {
        let ch = ChannelSpec(name: "phone", kind: .phone, patience: .deterministic(10), work: .deterministic(30), slTime: 20,
                             assignment: .leastLoaded, arrivalRates: [0], arrivalTimes: [5, 6])
        return ModelSpec(horizon: Horizon(intervalLength: 3600, intervalsPerDay: 1), channels: [ch],
                         teams: [TeamSpec(name: "t", skills: [0], headcount: [1], concurrency: 1, speeds: [1])])
    }

    static func text(_ spec: ModelSpec, exchangeEvery: Double = 60) -> TraceText {
        let traced = ReplicationRunner.trace(spec: spec, seed: 1, replication: 0,
                                             settings: TraceSettings(limit: 1000, exchangeEvery: exchangeEvery))
        #expect(!traced.trace.overflowed)
        return TraceText(spec: spec, capture: traced.trace)
    }

    @Test func messageChatEventsAtExactTimes() {
        // A at 0: message 0, reply 0–4, types 4–14, reply 14–18, done at 18.
        // B at 1: message 1 waits for A's reply; reply 4–8, types 8–18, reply 18–22, done at 22.
        let lines = Self.text(Self.chatSpec(arrivals: [0, 1])).jsonLines().split(separator: "\n").map(String.init)
        #expect(lines == [
            #"{"t":0.000,"clock":"d1 08:00:00.000","event":"arrived","contact":0,"channel":"chat"}"#,
            #"{"t":0.000,"clock":"d1 08:00:00.000","event":"answered","contact":0,"channel":"chat","wait":0.000,"callback":false,"team":"t","agent":0}"#,
            #"{"t":0.000,"clock":"d1 08:00:00.000","event":"customer_message","contact":0,"channel":"chat"}"#,
            #"{"t":1.000,"clock":"d1 08:00:01.000","event":"arrived","contact":1,"channel":"chat"}"#,
            #"{"t":1.000,"clock":"d1 08:00:01.000","event":"answered","contact":1,"channel":"chat","wait":0.000,"callback":false,"team":"t","agent":0}"#,
            #"{"t":1.000,"clock":"d1 08:00:01.000","event":"customer_message","contact":1,"channel":"chat"}"#,
            #"{"t":4.000,"clock":"d1 08:00:04.000","event":"agent_reply","contact":0,"channel":"chat","delay":4.000}"#,
            #"{"t":8.000,"clock":"d1 08:00:08.000","event":"agent_reply","contact":1,"channel":"chat","delay":7.000}"#,
            #"{"t":14.000,"clock":"d1 08:00:14.000","event":"customer_message","contact":0,"channel":"chat"}"#,
            #"{"t":18.000,"clock":"d1 08:00:18.000","event":"agent_reply","contact":0,"channel":"chat","delay":4.000}"#,
            #"{"t":18.000,"clock":"d1 08:00:18.000","event":"completed","contact":0,"channel":"chat","service":18.000}"#,
            #"{"t":18.000,"clock":"d1 08:00:18.000","event":"end","contact":0,"channel":"chat","ending":"resolved"}"#,
            #"{"t":18.000,"clock":"d1 08:00:18.000","event":"customer_message","contact":1,"channel":"chat"}"#,
            #"{"t":22.000,"clock":"d1 08:00:22.000","event":"agent_reply","contact":1,"channel":"chat","delay":4.000}"#,
            #"{"t":22.000,"clock":"d1 08:00:22.000","event":"completed","contact":1,"channel":"chat","service":21.000}"#,
            #"{"t":22.000,"clock":"d1 08:00:22.000","event":"end","contact":1,"channel":"chat","ending":"resolved"}"#,
        ])
        // Every line is a JSON object.
        for l in lines { #expect((try? JSONSerialization.jsonObject(with: Data(l.utf8))) as? [String: Any] != nil) }
    }

    @Test func abandonmentAndPerContactCSV() {
        let text = Self.text(Self.phoneSpec())
        #expect(text.events.map(\.kind) == [.arrived, .answered, .arrived, .queued, .abandoned, .completed, .ended])
        #expect(text.events.map(\.time) == [5, 5, 6, 6, 16, 35, 35])
        #expect(text.csv() == TraceText.csvHeader + "\n"
            + "0,,phone,5.000,d1 00:00:05.000,5.000,0.000,0,0,0,0,35.000,d1 00:00:35.000,resolved,t,0,0,\n"
            + "1,,phone,6.000,d1 00:00:06.000,,,0,0,0,0,16.000,d1 00:00:16.000,abandoned,,,0,\n")
    }

    @Test func tracingLeavesTheFiguresUnchanged() {
        let spec = Self.chatSpec(arrivals: [0, 1, 2, 30, 31], k: 2)
        let plain = ReplicationRunner.replicate(spec: spec, seed: 7, replication: 3)
        let traced = ReplicationRunner.trace(spec: spec, seed: 7, replication: 3, settings: TraceSettings(limit: 1000))
        #expect(traced.metrics == plain)
    }

    @Test func overflowStopsRecording() {
        let traced = ReplicationRunner.trace(spec: Self.chatSpec(arrivals: [0, 1]), seed: 1, replication: 0,
                                             settings: TraceSettings(limit: 5))
        #expect(traced.trace.overflowed)
        #expect(traced.trace.events.count == 5)
    }
}
