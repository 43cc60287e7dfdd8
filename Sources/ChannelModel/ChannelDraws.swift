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
    func customer() -> (patience: Double, work: Double) {
        (patience.sample(patienceStream), work.sample(workStream))
    }
}

import Foundation
