import Variates

/// The random attributes of one channel's customers: their streams and samplers.
///
/// A class so the hot path borrows it with one reference count instead of copying
/// sampler enums (whose empirical cases hold arrays) out of arrays on every arrival.
final class ChannelDraws {
    let arrivals: RandomStream
    let patienceStream: RandomStream
    let workStream: RandomStream
    let patience: Sampler
    let work: Sampler
    /// Per interval of the day, when the channel's work / patience change over the day
    /// (nil: `work` / `patience` all day). A banded attribute is one uniform per contact
    /// turned into a value by its band's inverse CDF, so a strategy that changes one band
    /// keeps every other contact's draw (docs/decisions.md).
    let patienceBands: [Sampler]?
    let workBands: [Sampler]?
    /// Message-level chats: each visitor's in-chat patience and the key of its message
    /// substream, from which the number of exchanges, the replies and the typing are drawn.
    let messages: MessageSamplers?
    /// Phone channels with callback: each caller's acceptance uniform.
    let callback: RandomStream?
    /// Channels with after-call work: its own stream, so no existing stream shifts.
    let wrapUpStream: RandomStream?
    let wrapUp: Sampler?
    /// Channels with classes: each direct arrival's class uniform (its own stream, so no
    /// other draw shifts), the classes' cumulative shares and their own samplers.
    let classStream: RandomStream?
    let classes: [ClassSamplers]
    let classCumulative: [Double]

    /// The laws of one class: its overrides, or the channel's samplers where it has none.
    struct ClassSamplers {
        let patience: Sampler
        let patienceBands: [Sampler]?
        let work: Sampler
        let workBands: [Sampler]?
        let wrapUp: Sampler?
    }

    /// Samplers and streams of a message-level chat channel.
    final class MessageSamplers {
        let inChatPatienceStream: RandomStream
        let keyStream: RandomStream
        let exchanges: Sampler
        let typing: Sampler
        let reply: Sampler
        let inChatPatience: Sampler

        init(_ spec: MessageSpec, stream: (StreamPurpose) -> RandomStream) {
            inChatPatienceStream = stream(.inChatPatience)
            keyStream = stream(.exchanges)
            exchanges = spec.exchanges.sampler()
            typing = spec.customerTyping.sampler()
            reply = spec.agentReply.sampler()
            inChatPatience = spec.inChatPatience.sampler()
        }
    }

    init(channel: ChannelSpec, index: Int, seed: UInt64, replication: Int) {
        func stream(_ p: StreamPurpose) -> RandomStream {
            RandomStream(StreamKey(seed: seed, replication: replication, purpose: p, index: index))
        }
        arrivals = stream(.arrivals)
        patienceStream = stream(.patience)
        workStream = stream(.work)
        patience = channel.patience.sampler()
        work = channel.work.sampler()
        patienceBands = channel.patienceBands.map { $0.map { $0.sampler() } }
        workBands = channel.workBands.map { $0.map { $0.sampler() } }
        callback = channel.callback == nil ? nil : stream(.callback)
        let anyWrapUp = channel.afterCallWork != nil || channel.classes.contains { $0.afterCallWork != nil }
        wrapUpStream = anyWrapUp ? stream(.wrapUp) : nil
        wrapUp = channel.afterCallWork?.sampler()
        classStream = channel.classes.isEmpty ? nil : stream(.contactClass)
        classes = channel.classes.indices.map { k in
            let cl = channel.forClass(k)
            return ClassSamplers(patience: cl.patience.sampler(), patienceBands: cl.patienceBands.map { $0.map { $0.sampler() } },
                                 work: cl.work.sampler(), workBands: cl.workBands.map { $0.map { $0.sampler() } },
                                 wrapUp: cl.afterCallWork?.sampler())
        }
        var sum = 0.0
        classCumulative = channel.classes.map { sum += $0.share; return sum }
        if channel.kind == .chat, case .messages(let spec) = channel.mode {
            messages = MessageSamplers(spec, stream: stream)
        } else {
            messages = nil
        }
    }

    /// An Exp(1) variate for the arrival process.
    func unitExponential() -> Double { -log(arrivals.uniform()) }

    /// A contact's after-call work on this channel, seconds (0 without it).
    @inline(__always)
    func wrapUpTime() -> Double {
        guard let wrapUp, let wrapUpStream else { return 0 }
        return max(0, wrapUp.sample(wrapUpStream))
    }

    /// A new customer's patience and work content, each from its own stream (both drawn
    /// for every customer, used or not, so strategies on one seed see the same customers).
    /// `interval` is the interval of the horizon the contact arrives in (for banded channels).
    func customer(interval: Int) -> (patience: Double, work: Double) {
        let p = patienceBands.map { $0[interval % $0.count].quantile(patienceStream.uniform()) }
            ?? patience.sample(patienceStream)
        let w = workBands.map { $0[interval % $0.count].quantile(workStream.uniform()) }
            ?? work.sample(workStream)
        return (p, w)
    }

    /// A direct arrival's class: the first whose cumulative share exceeds its uniform (the
    /// last with a positive share when rounding leaves the sum just below 1). `recorded`
    /// (a replayed contact's class, ≥ 0) replaces it; the uniform is drawn either way.
    @inline(__always)
    func drawClass(recorded: Int = -1) -> Int {
        guard let classStream else { return -1 }
        let u = classStream.uniform()
        if recorded >= 0 { return recorded }
        if let k = classCumulative.firstIndex(where: { u < $0 }) { return k }
        return classCumulative.lastIndex { $0 > 0 } ?? 0
    }

    /// A class-k contact's patience, work and after-call work: the class's laws, drawn from
    /// the channel's streams as `customer(interval:)` does.
    func customer(ofClass k: Int, interval: Int) -> (patience: Double, work: Double, wrap: Double) {
        let cl = classes[k]
        let p = cl.patienceBands.map { $0[interval % $0.count].quantile(patienceStream.uniform()) }
            ?? cl.patience.sample(patienceStream)
        let w = cl.workBands.map { $0[interval % $0.count].quantile(workStream.uniform()) }
            ?? cl.work.sample(workStream)
        // A class without after-call work (own or inherited) draws none.
        var wrap = 0.0
        if let s = cl.wrapUp, let wrapUpStream { wrap = max(0, s.sample(wrapUpStream)) }
        return (p, w, wrap)
    }

    /// The patience sampler for contacts arriving in `interval` (visitors invert their uniform).
    @inline(__always)
    func patience(inInterval interval: Int) -> Sampler {
        patienceBands.map { $0[interval % $0.count] } ?? patience
    }

    /// The work sampler for contacts arriving in `interval`.
    @inline(__always)
    func work(inInterval interval: Int) -> Sampler {
        workBands.map { $0[interval % $0.count] } ?? work
    }
}

import Foundation
