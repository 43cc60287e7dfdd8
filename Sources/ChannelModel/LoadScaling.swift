/// Load tests: the same model under more (or less) demand.
extension ModelSpec {
    /// The model with every arrival rate — each channel's direct arrivals and the website
    /// visitors' — multiplied by `factor` (≥ 0). Exact arrival times (a replayed trace) are
    /// not rates and stay as they are. With common random numbers, arrivals are drawn by
    /// inversion of the cumulative rate, so a larger factor moves each arrival earlier
    /// rather than drawing a new stream: replication r under two factors stays coupled.
    public func scalingArrivals(by factor: Double) -> ModelSpec {
        var m = self
        for c in m.channels.indices { m.channels[c].arrivalRates = m.channels[c].arrivalRates.map { $0 * factor } }
        if let v = m.visitors { m.visitors!.arrivalRates = v.arrivalRates.map { $0 * factor } }
        return m
    }
}
