import ChannelModel
import Statistics

/// How tables print a figure, by its unit: durations in seconds, minutes or hours (one
/// scale per row, chosen by its mean, so a form's response time reads `10.97h`), shares and
/// ratios with four decimals, everything else (counts, levels, hours, money, scores) with two.
enum FigureFormat {
    /// A duration scale: its suffix and seconds per unit.
    typealias Scale = (suffix: String, seconds: Double)

    /// Seconds below two minutes, minutes below two hours, hours beyond.
    static func scale(for seconds: Double?) -> Scale {
        let x = abs(seconds ?? 0)
        return !x.isFinite || x < 120 ? ("s", 1) : x < 7200 ? ("m", 60) : ("h", 3600)
    }

    static func value(_ x: Double?, _ unit: MetricUnit, scale: Scale? = nil) -> String {
        guard let x, x.isFinite else { return "-" }
        switch unit {
        case .seconds:
            let s = scale ?? Self.scale(for: x)
            return String(format: "%.2f", x / s.seconds) + s.suffix
        case .probability, .ratio: return String(format: "%.4f", x)
        default: return String(format: "%.2f", x)
        }
    }

    /// A signed difference in the figure's unit.
    static func difference(_ x: Double?, _ unit: MetricUnit, scale: Scale? = nil) -> String {
        guard let x, x.isFinite else { return "-" }
        let s = value(abs(x), unit, scale: scale)
        return (x < 0 ? "-" : x > 0 ? "+" : "") + s
    }

    /// Mean, half-width and interval cells, on the mean's scale.
    static func cells(_ ci: ConfidenceInterval?, _ unit: MetricUnit) -> [String] {
        guard let ci else { return ["-", "-", "-"] }
        let s = scale(for: ci.mean)
        let range = ci.halfWidth == nil ? "-" : "[\(value(ci.low, unit, scale: s)), \(value(ci.high, unit, scale: s))]"
        return [value(ci.mean, unit, scale: s), ci.halfWidth.map { value($0, unit, scale: s) } ?? "-", range]
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
