import ChannelModel
import Charts
import Foundation

/// What the channel-mix and wait-distribution charts show, from an experiment's rows.
enum MixChartBuilder {
    /// More variants than this make the wait chart's lines unreadable; the mix has a bar each.
    static let maxSurvivalLines = 8

    /// How demand ended, per variant: the shares of end points, summing to 1.
    ///
    /// An end point is a visitor who self-served or left without a contact, or a contact
    /// that ended on a channel: answered there and not transferred on (a transfer continues
    /// as a contact elsewhere; a withdrawn form as the visitor's next contact). Categories:
    /// self-served; each channel (answered, not transferred, not given up mid-chat, not a
    /// callback); each phone channel's callbacks made; given up (abandoned in queue or
    /// mid-chat, or still waiting at the end); left. Means over replications; nil when no
    /// variant has any end point.
    static func channelMix(_ s: ChartSource) -> ChannelMix? {
        let visitors = "visitors/all/all"
        let callbackChannels = s.channels.filter { ch in s.variants.contains { ($0.mean(ch, .callbacksAnswered) ?? 0) > 0 } }
        let hasVisitors = s.variants.contains { $0.figure(MetricKey(scope: visitors, metric: "visitors")) != nil }
        var categories: [ChannelMix.Category] = []
        if hasVisitors { categories.append(.init(name: "self-served", role: .selfServed)) }
        categories += s.channels.map { .init(name: $0, role: .channel) }
        categories += callbackChannels.map { .init(name: "\($0) callback", role: .callback) }
        categories.append(.init(name: "gave up", role: .gaveUp))
        if hasVisitors { categories.append(.init(name: "left without contact", role: .left)) }
        let rows = s.variants.compactMap { v -> ChannelMix.Row? in
            func m(_ ch: String, _ metric: Metric) -> Double { v.mean(ch, metric) ?? 0 }
            func g(_ name: String) -> Double { v.figure(MetricKey(scope: visitors, metric: name))?.mean ?? 0 }
            var counts: [Double] = []
            if hasVisitors { counts.append(g("self_served")) }
            counts += s.channels.map { ch in
                m(ch, .answered) - m(ch, .transferredOut) - m(ch, .abandonedMidChat) - m(ch, .callbacksAnswered)
            }
            counts += callbackChannels.map { m($0, .callbacksAnswered) }
            counts.append(s.channels.map { m($0, .abandoned) + m($0, .abandonedMidChat) + m($0, .unanswered) }.reduce(0, +))
            if hasVisitors { counts.append(g("left")) }
            let total = counts.reduce(0, +)
            guard total > 0 else { return nil }
            return ChannelMix.Row(variant: v.name, shares: counts.map { $0 / total })
        }
        guard !rows.isEmpty else { return nil }
        return ChannelMix(title: s.scenarioName, categories: categories, rows: rows)
    }

    /// P(wait > t) per channel at the thresholds of `WaitSurvival.grid`, one line per variant
    /// (the first `maxSurvivalLines`), intervals clamped to 0…1; channels where no variant
    /// answered anyone live are left out; targets on the survival figures become markers.
    static func waitSurvival(_ s: ChartSource) -> WaitSurvivalCurves? {
        let variants = s.variants.prefix(maxSurvivalLines)
        let panels = s.channels.compactMap { ch -> WaitSurvivalCurves.Panel? in
            let lines = variants.compactMap { v -> WaitSurvivalCurves.Line? in
                let points = WaitSurvival.grid.map { m, t -> SweepCurve.Point in
                    let row = v.figure(MetricKey(scope: ch, metric: m.rawValue))
                    return SweepCurve.Point(x: t, mean: row?.mean ?? .nan, low: row?.low.map { max(0, $0) }, high: row?.high.map { min(1, $0) })
                }
                return points.contains { $0.mean.isFinite } ? WaitSurvivalCurves.Line(variant: v.name, points: points) : nil
            }
            guard !lines.isEmpty else { return nil }
            let markers = s.targets.compactMap { t -> WaitSurvivalCurves.Marker? in
                guard t.key.scope == ch, let m = Metric(rawValue: t.key.metric), let seconds = WaitSurvival.threshold(of: m) else { return nil }
                return .init(seconds: seconds, bound: t.bound, text: t.text)
            }
            return WaitSurvivalCurves.Panel(channel: ch, lines: lines, markers: markers)
        }
        guard !panels.isEmpty else { return nil }
        return WaitSurvivalCurves(title: s.scenarioName, panels: panels)
    }
}
