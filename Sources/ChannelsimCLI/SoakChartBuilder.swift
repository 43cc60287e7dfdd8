import ChannelModel
import Charts
import Foundation
import ResultStore

extension StressChartBuilder {
    /// Each channel's backlog at every day's close, from a soak's stored rows: its
    /// `mean_queue` series at each day's last interval (mean and interval over
    /// replications, as stored), the days and growth from the settings `stress --soak` keeps.
    static func soak(_ s: ChartSource) -> SoakSeries? {
        guard let report = s.settings["soak"] as? [String: Any], let variant = s.variants.first,
              let days = (report["days"] as? NSNumber)?.intValue, let perDay = (report["intervals_per_day"] as? NSNumber)?.intValue,
              days > 0, perDay > 0, let channels = report["channels"] as? [[String: Any]] else { return nil }
        var rows: [String: [Int: (mean: Double?, halfWidth: Double?)]] = [:]
        for row in variant.series where row.metric == Metric.meanQueue.rawValue && (row.interval + 1) % perDay == 0 {
            rows[row.channel, default: [:]][row.interval] = (row.mean, row.halfWidth)
        }
        let out = channels.compactMap { c -> SoakSeries.Channel? in
            guard let name = c["channel"] as? String else { return nil }
            let points = (0..<days).map { d -> SweepCurve.Point in
                let v = rows[name]?[(d + 1) * perDay - 1]
                let mean = v?.mean.flatMap { $0.isFinite ? $0 : nil } ?? .nan
                let h = v?.halfWidth.flatMap { $0.isFinite ? $0 : nil }
                return SweepCurve.Point(x: Double(d + 1), mean: mean, low: h.map { max(0, mean - $0) }, high: h.map { mean + $0 })
            }
            let growth = (c["growth_per_day"] as? [String: Any])?["mean"] as? NSNumber
            let verdict = c["verdict"] as? String ?? "undetermined"
            let text = growth.map { String(format: "%+.2f/day", $0.doubleValue) } ?? "-"
            return SoakSeries.Channel(channel: name, points: points, growth: "\(text) (\(verdict))")
        }
        return out.isEmpty ? nil : SoakSeries(title: s.scenarioName, channels: out)
    }
}
