import ChannelModel
import Dispatch
import Variates

/// The full-model benchmark (issue 4): a realistic web customer-service day through the
/// whole engine — visitors in two segments with three enquiry types, self-serve, channel
/// choice, message-level chat, a secure-message backlog with re-contact, phone with
/// callback, chat escalation to phone, two teams — run as independent replications.
public enum FullDayBench {
    /// 50,000 help-seeking visitors between 08:00 and 20:00.
    public static var spec: ModelSpec {
        let horizon = Horizon(intervalLength: 1800, intervalsPerDay: 24, dayStart: 8 * 3600)
        let n = horizon.intervalCount
        var chat = ChannelSpec(name: "chat", kind: .chat, patience: .exponential(mean: 120), work: .deterministic(0),
                               slTime: 60, arrivalRates: Array(repeating: 0, count: n))
        chat.mode = .messages(MessageSpec(exchanges: .poisson(mean: 6), customerTyping: .exponential(mean: 40),
                                          agentReply: .lognormal(mean: 35, cv: 0.7),
                                          inChatPatience: .weibull(mean: 240, shape: 2)))
        var form = ChannelSpec(name: "form", kind: .form, patience: .never, work: .lognormal(mean: 600, cv: 0.5),
                               slTime: 86_400, arrivalRates: Array(repeating: 0, count: n))
        form.availability = Availability(hours: (8 * 3600)...(18 * 3600))
        form.recontactAfter = 4 * 3600
        form.recontact = .init(channels: [0, 0, 0.8], leave: 0.2)
        var phone = ChannelSpec(name: "phone", kind: .phone, patience: .exponential(mean: 180),
                                work: .lognormal(mean: 420, cv: 0.6), slTime: 20, arrivalRates: Array(repeating: 0, count: n))
        phone.callback = CallbackSpec(aboveWait: 60, accept: 0.5)
        phone.escalationPriority = true
        func enquiry(_ name: String, _ share: Double, _ success: Double, _ time: Double, chat: Double, form: Double,
                     phone: Double, toPhone: Double) -> VisitorSpec.Enquiry {
            var e = VisitorSpec.Enquiry(name: name, share: share, selfServeSuccess: success, selfServeTime: .exponential(mean: time),
                                        choice: .init(channels: [chat, form, phone], leave: 1 - chat - form - phone))
            e.endings = .init(resolved: 1 - toPhone, unresolved: 0, toPhone: toPhone)
            return e
        }
        var visitors = VisitorSpec(
            arrivalRates: Array(repeating: 50_000 / (12 * 3600.0), count: n), overdispersionCV: 0.08,
            segments: [.init(name: "mobile", share: 0.6), .init(name: "desktop", share: 0.4)],
            enquiries: [enquiry("order-status", 0.55, 0.85, 90, chat: 0.5, form: 0.1, phone: 0.3, toPhone: 0.05),
                        enquiry("returns", 0.30, 0.6, 120, chat: 0.45, form: 0.2, phone: 0.3, toPhone: 0.1),
                        enquiry("complaint", 0.15, 0.2, 60, chat: 0.35, form: 0.25, phone: 0.35, toPhone: 0.25)])
        visitors.escalationChannel = 2
        let web = TeamSpec(name: "web", skills: [0, 1], headcount: Array(repeating: 60, count: n), concurrency: 3,
                           speeds: TeamSpec.speeds(concurrency: 3, slowdown: 0))
        let voice = TeamSpec(name: "voice", skills: [2], headcount: Array(repeating: 62, count: n), concurrency: 1, speeds: [1])
        return ModelSpec(horizon: horizon, channels: [chat, form, phone], teams: [web, voice], visitors: visitors)
    }

    /// What one benchmark run measured.
    public struct Result: Sendable {
        public var replications: Int
        public var threads: Int
        public var visitors: Double
        public var wallSeconds: Double
        public var summary: ExperimentSummary
    }

    /// Runs `replications` replications on `threads` threads.
    public static func run(replications: Int, threads: Int, seed: UInt64) -> Result {
        let spec = spec
        let start = DispatchTime.now().uptimeNanoseconds
        let reps = ReplicationRunner.run(spec: spec, seed: seed, replications: replications, threads: threads)
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let visitors = reps.map { r in r.groups(.visitors).last?["visitors"] ?? 0 }.reduce(0, +)
        return Result(replications: replications, threads: threads, visitors: visitors, wallSeconds: wall,
                      summary: ExperimentSummary(replications: reps))
    }
}
