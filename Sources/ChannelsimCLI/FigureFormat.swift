import ChannelModel
import Statistics

/// How tables print a figure, by its unit: durations in seconds, shares and ratios with
/// four decimals, everything else (counts, levels, hours, money, scores) with two.
enum FigureFormat {
    static func value(_ x: Double?, _ unit: MetricUnit) -> String {
        guard let x, x.isFinite else { return "-" }
        switch unit {
        case .seconds: return String(format: "%.2fs", x)
        case .probability, .ratio: return String(format: "%.4f", x)
        default: return String(format: "%.2f", x)
        }
    }

    /// A signed difference in the figure's unit.
    static func difference(_ x: Double?, _ unit: MetricUnit) -> String {
        guard let x, x.isFinite else { return "-" }
        let s = value(abs(x), unit)
        return (x < 0 ? "-" : x > 0 ? "+" : "") + s
    }

    /// Mean, half-width and interval cells.
    static func cells(_ ci: ConfidenceInterval?, _ unit: MetricUnit) -> [String] {
        guard let ci else { return ["-", "-", "-"] }
        let range = ci.halfWidth == nil ? "-" : "[\(value(ci.low, unit)), \(value(ci.high, unit))]"
        return [value(ci.mean, unit), ci.halfWidth.map { value($0, unit) } ?? "-", range]
    }

    /// `95%` for 0.95; `99.9%` for 0.999.
    static func level(_ l: Double) -> String {
        let p = l * 100
        return p == p.rounded() ? "\(Int(p))%" : String(format: "%g%%", p)
    }

    /// A relative change as a signed percentage.
    static func percent(_ x: Double?) -> String {
        guard let x, x.isFinite else { return "-" }
        return String(format: "%+.1f%%", x * 100)
    }
}
