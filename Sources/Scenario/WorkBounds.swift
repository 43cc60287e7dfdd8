import ChannelModel

/// A count for a message, whatever its size: as a whole number while an Int64 holds it
/// (`9000000000000000000`), else in exponent form, since converting would trap.
func wholeNumber(_ x: Double) -> String {
    x.isFinite && abs(x) < 9e18 ? String(Int64(x.rounded())) : "\(x)"
}

extension ScenarioLoader {
    /// Bounds the messages of message-level chats in one replication (`Limits.maxMessages`):
    /// each is a few events, so with many arrivals even a plausible number of exchanges
    /// would run for days. Every visitor counts as a possible chat on each such channel,
    /// an upper bound that real scenarios stay far below.
    static func checkMessages(channels: [ChannelSpec], visitors: VisitorSpec?, horizon: Horizon,
                              at v: YAMLValue) throws(ScenarioError) {
        let visitorArrivals = (visitors?.arrivalRates.reduce(0, +) ?? 0) * horizon.intervalLength
        var messages = 0.0
        for ch in channels {
            guard case .messages(let m) = ch.mode else { continue }
            let arrivals = ch.arrivalRates.reduce(0, +) * horizon.intervalLength + visitorArrivals
            messages += arrivals * max(1, m.exchanges.mean)
        }
        guard messages <= Limits.maxMessages else {
            throw v.error("about \(wholeNumber(messages)) chat messages per replication",
                          expected: "expected at most 10⁹ messages per replication: arrivals at message-level chats × mean exchanges")
        }
    }
}
