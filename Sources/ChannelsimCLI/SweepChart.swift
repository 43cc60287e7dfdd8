import ChannelModel
import Charts
import Foundation

/// A sweep's axis as its experiment's settings keep it.
struct ChartAxis {
    var path: String
    var unit: String
    /// Values as written ("8", "90s") and as numbers in the axis' unit.
    var labels: [String]
    var numbers: [Double]

    /// The path with its unit, as an axis title: `channels.chat.patience.mean (s)`.
    var title: String { unit.isEmpty ? path : "\(path) (\(unit.hasPrefix("/") ? "per " + unit.dropFirst() : unit))" }
}

extension ChartSource {
    /// A sweep's axes, from the settings (empty for other experiments).
    var axes: [ChartAxis] {
        guard let list = settings["axes"] as? [[String: Any]] else { return [] }
        return list.compactMap { a in
            guard let path = a["path"] as? String, let labels = a["values"] as? [String], let numbers = a["numbers"] as? [Any] else { return nil }
            return ChartAxis(path: path, unit: a["unit"] as? String ?? "", labels: labels,
                             numbers: numbers.map { ($0 as? NSNumber)?.doubleValue ?? .nan })
        }
    }

    /// The variant's value index on each axis; nil when a parameter is missing.
    func point(_ v: Variant, axes: [ChartAxis]) -> [Int]? {
        let indices = axes.map { a in v.parameters[a.path].flatMap { a.labels.firstIndex(of: $0) } }
        return indices.contains { $0 == nil } ? nil : indices.map { $0! }
    }

    /// The settings' record of a channel: its kind, whether it abandons, whether it is message by message.
    func channelInfo(_ name: String) -> [String: Any]? {
        (settings["channels"] as? [[String: Any]])?.first { $0["name"] as? String == name }
    }
}

/// What a sweep's charts show, from its rows: the staffing curve (one parameter), the
/// concurrency trade-off and the heat map (two parameters).
enum SweepChartBuilder {
    /// The staffing curve: each channel's service level and (where contacts can abandon)
    /// abandonment against the one parameter, with intervals and targets.
    static func curve(_ s: ChartSource) -> SweepCurve? {
        let axes = s.axes
        guard axes.count == 1, let axis = axes.first else { return nil }
        let points = s.variants.map { s.point($0, axes: axes)?.first }
        let xs = points.map { $0.map { axis.numbers[$0] } ?? .nan }
        var series: [SweepCurve.Series] = []
        for ch in s.channels {
            let abandons = s.channelInfo(ch)?["abandons"] as? Bool ?? true
            for (metric, panel) in [(Metric.slOffered, SweepCurve.Panel.serviceLevel), (.pAbandon, .abandonment)]
            where metric == .slOffered || abandons {
                let key = MetricKey(scope: ch, metric: metric.rawValue)
                let line = zip(xs, s.variants).map { x, v in
                    let row = v.figure(key)
                    return SweepCurve.Point(x: x, mean: row?.mean ?? .nan, low: row?.low.map { max(0, $0) }, high: row?.high.map { min(1, $0) })
                }
                let target = s.targets.first { $0.key == key }?.bound
                series.append(SweepCurve.Series(channel: ch, panel: panel, target: target, points: line))
            }
        }
        guard !series.isEmpty else { return nil }
        return SweepCurve(title: s.scenarioName, parameter: axis.title, labels: axis.labels, positions: axis.numbers, series: series)
    }

    /// The concurrency axis and, in a two-parameter sweep, the head-count axis beside it.
    static func concurrencyAxis(_ s: ChartSource) -> (concurrency: Int, headcount: Int?)? {
        let axes = s.axes
        func isConcurrency(_ p: String) -> Bool {
            let parts = p.split(separator: ".")
            return parts.count == 3 && parts[0] == "teams" && parts[2] == "concurrency"
        }
        func isHeadcount(_ p: String) -> Bool {
            let parts = p.split(separator: ".")
            return parts.count >= 3 && parts[0] == "teams" && parts[2] == "headcount" && (parts.count == 3 || (parts.count == 4 && parts[3] == "add"))
        }
        guard chatChannel(s) != nil, let c = axes.firstIndex(where: { isConcurrency($0.path) }) else { return nil }
        if axes.count == 1 { return (c, nil) }
        if axes.count == 2, let h = axes.firstIndex(where: { isHeadcount($0.path) }) { return (c, h) }
        return nil
    }

    /// The first chat channel of the experiment.
    static func chatChannel(_ s: ChartSource) -> String? {
        s.channels.first { s.channelInfo($0)?["kind"] as? String == "chat" }
    }

    /// The concurrency trade-off. One parameter: the figures at each concurrency. With a
    /// head-count beside it: the agents needed at each concurrency (the smallest head-count
    /// whose point meets every target, all verdicts `met`) and the figures at that point
    /// (at the largest head-count where none does).
    static func concurrency(_ s: ChartSource) -> ConcurrencyTradeoff? {
        guard let (c, h) = concurrencyAxis(s), let channel = chatChannel(s) else { return nil }
        let axes = s.axes, caxis = axes[c]
        var chosen: [ChartSource.Variant?] = Array(repeating: nil, count: caxis.labels.count)
        var needed: [Double?] = Array(repeating: nil, count: caxis.labels.count)
        for k in caxis.labels.indices {
            let column = s.variants.compactMap { v -> (Int, ChartSource.Variant)? in
                guard let p = s.point(v, axes: axes), p[c] == k else { return nil }
                return (h.map { p[$0] } ?? 0, v)
            }.sorted { $0.0 < $1.0 }
            guard let h else { chosen[k] = column.first?.1; continue }
            if let first = column.first(where: { s.meetsEveryTarget($0.1.name) }) {
                chosen[k] = first.1
                needed[k] = axes[h].numbers[first.0]
            } else {
                chosen[k] = column.last?.1
            }
        }
        func points(_ metric: Metric, clamp: Bool) -> [SweepCurve.Point] {
            zip(caxis.numbers, chosen).map { x, v in
                let row = v?.figure(MetricKey(scope: channel, metric: metric.rawValue))
                return SweepCurve.Point(x: x, mean: row?.mean ?? .nan, low: row?.low.map { clamp ? max(0, $0) : $0 },
                                        high: row?.high.map { clamp ? min(1, $0) : $0 })
            }
        }
        let messages = s.channelInfo(channel)?["messages"] as? Bool ?? false
        let midChat: [SweepCurve.Point] = messages ? zip(caxis.numbers, chosen).map { x, v in
            let mid = v?.mean(channel, .abandonedMidChat), offered = v?.mean(channel, .offered)
            let share = mid.flatMap { m in offered.flatMap { $0 > 0 ? m / $0 : nil } } ?? .nan
            return SweepCurve.Point(x: x, mean: share, low: nil, high: nil)
        } : []
        let target = s.targets.first { $0.key == MetricKey(scope: channel, metric: Metric.pAbandon.rawValue) && !$0.atLeast }?.bound
        var tradeoff = ConcurrencyTradeoff(
            title: s.scenarioName, channel: channel, parameter: caxis.path, concurrency: caxis.numbers,
            queueAbandon: points(.pAbandon, clamp: true), midChatAbandon: midChat,
            replyDelay: messages ? points(.replyDelay, clamp: false) : [],
            agentsNeeded: h == nil || s.targets.isEmpty ? [] : needed,
            agentsRule: h.map { a in
                "smallest \(axes[a].path) swept (\(axes[a].labels.first ?? "")–\(axes[a].labels.last ?? "")) with every target met"
            } ?? "", abandonTarget: target)
        if let h {
            tradeoff.note = "figures at the agents needed, or at the largest \(axes[h].path) swept where no point meets every target"
        }
        return tradeoff
    }

    /// The heat map of a two-parameter sweep: the first parameter up the side, the second
    /// across, coloured by the first target's figure (else the first channel's service level).
    static func heatmap(_ s: ChartSource) -> Heatmap? {
        let axes = s.axes
        guard axes.count == 2, let firstChannel = s.channels.first else { return nil }
        let target = s.targets.first
        let key = target?.key ?? MetricKey(scope: firstChannel, metric: Metric.slOffered.rawValue)
        var values = Array(repeating: Array(repeating: Double.nan, count: axes[1].labels.count), count: axes[0].labels.count)
        for v in s.variants {
            guard let p = s.point(v, axes: axes) else { continue }
            values[p[0]][p[1]] = v.figure(key)?.mean ?? .nan
        }
        guard values.contains(where: { $0.contains { $0.isFinite } }) else { return nil }
        let info = key.info
        let better: Bool? = info.direction == .higherIsBetter ? true : info.direction == .lowerIsBetter ? false : nil
        return Heatmap(title: s.scenarioName, xName: axes[1].title, yName: axes[0].title, xLabels: axes[1].labels, yLabels: axes[0].labels,
                       figure: key.description, unit: CompareChartBuilder.unit(info.unit), higherIsBetter: better, values: values,
                       bound: target.map { Heatmap.Bound(value: $0.bound, atLeast: $0.atLeast, text: $0.text) })
    }
}
