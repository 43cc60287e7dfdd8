import Variates

/// The random attributes of website visitors, each from its own stream.
///
/// Everything a visitor could need is drawn when it arrives, used or not: the segment,
/// the enquiry, the self-serve time and outcome, the choice, and uniform quantiles for the
/// patience, work and in-chat patience of whichever channel it will choose (turned into
/// values by that channel's distributions when it joins). Two strategies on one seed
/// therefore see the same visitors making the same-quantile choices (common random numbers).
final class VisitorDraws {
    let arrivals: RandomStream
    let segment: RandomStream
    let enquiry: RandomStream
    /// One stream per enquiry type, so changing one type's self-serve time leaves the
    /// others' draws alone.
    let selfServeTime: [RandomStream]
    let selfServeOutcome: RandomStream
    let choice: RandomStream
    let patience: RandomStream
    let work: RandomStream
    let inChatPatience: RandomStream
    let messageKeys: RandomStream
    let ending: RandomStream
    let recontact: RandomStream
    let callback: RandomStream
    /// Proactive chat: the invitation and the acceptance uniforms.
    let proactive: RandomStream
    /// Sales: the conversion and order-value uniforms; each enquiry's sale and its value sampler.
    let sale: RandomStream
    let sales: [(spec: SaleSpec, value: Sampler)?]

    let segmentCumulative: [Double]
    let enquiryCumulative: [Double]
    let selfServeSamplers: [Sampler]

    /// Stream index used for visitor streams, apart from the channels' own (0, 1, …).
    static let streamIndex = 10_000

    init(spec: VisitorSpec, seed: UInt64, replication: Int) {
        func stream(_ p: StreamPurpose, _ k: Int = 0) -> RandomStream {
            RandomStream(StreamKey(seed: seed, replication: replication, purpose: p, index: Self.streamIndex + k))
        }
        arrivals = stream(.arrivals)
        segment = stream(.segment)
        enquiry = stream(.enquiry)
        selfServeOutcome = stream(.selfServe, 0)
        selfServeTime = spec.enquiries.indices.map { stream(.selfServe, 1 + $0) }
        choice = stream(.choice)
        patience = stream(.patience)
        work = stream(.work)
        inChatPatience = stream(.inChatPatience)
        messageKeys = stream(.exchanges)
        ending = stream(.ending)
        recontact = stream(.recontact)
        callback = stream(.callback)
        proactive = stream(.proactive)
        sale = stream(.conversion)
        sales = spec.enquiries.map { e in e.sale.map { ($0, $0.value.sampler()) } }
        segmentCumulative = Self.cumulative(spec.segments.map(\.share))
        enquiryCumulative = Self.cumulative(spec.enquiries.map(\.share))
        selfServeSamplers = spec.enquiries.map { $0.selfServeTime.sampler() }
    }

    static func cumulative(_ shares: [Double]) -> [Double] {
        var acc = 0.0
        return shares.map { acc += $0; return acc }
    }

    /// The index whose cumulative share first reaches u × total.
    static func pick(_ cumulative: [Double], _ u: Double) -> Int {
        let x = u * (cumulative.last ?? 1)
        for (k, c) in cumulative.enumerated() where x < c { return k }
        return cumulative.count - 1
    }
}
