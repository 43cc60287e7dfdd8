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
        wrapUpStream = channel.afterCallWork == nil ? nil : stream(.wrapUp)
        wrapUp = channel.afterCallWork?.sampler()
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
