import Variates

/// Day-to-day overdispersion of direct arrivals (docs/model.md, "Arrivals"): each day's
/// rates of a channel with `overdispersionCV` > 0 are multiplied by a Gamma factor with
/// mean 1 and that CV, one per day and replication.
///
/// The channels share one uniform number per day (stream `overdispersion`, index
/// `streamIndex`), each turning it into its own factor by its Gamma's inverse CDF: a
/// busy day is busy on every channel (ranks perfectly correlated), each by its own CV.
/// Visitors' factors come from their own index and are unchanged.
enum DirectOverdispersion {
    /// Apart from any channel's index and the visitors' (10000).
    static let streamIndex = 10_002

    /// Each channel's arrival rates with the day factors applied (unchanged, and nothing
    /// drawn, when no channel has a CV).
    static func rates(spec: ModelSpec, seed: UInt64, replication: Int) -> [[Double]] {
        let plain = spec.channels.map(\.arrivalRates)
        guard spec.channels.contains(where: { $0.overdispersionCV > 0 && $0.arrivalTimes == nil }) else { return plain }
        let h = spec.horizon
        let stream = RandomStream(StreamKey(seed: seed, replication: replication, purpose: .overdispersion,
                                            index: streamIndex))
        let u = (0..<h.days).map { _ in stream.uniform() }
        return spec.channels.indices.map { c in
            let cv = spec.channels[c].overdispersionCV
            guard cv > 0 else { return plain[c] }
            let gamma = Sampler(.gamma(mean: 1, cv: cv))
            let factors = u.map { gamma.quantile($0) }
            return plain[c].enumerated().map { $1 * factors[min(factors.count - 1, $0 / h.intervalsPerDay)] }
        }
    }
}
