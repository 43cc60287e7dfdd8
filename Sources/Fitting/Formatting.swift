import Foundation

/// Number and duration text shared by the fit report and the written scenario:
/// locale-independent, so the same log always gives the same bytes.
public enum FitFormat {
    /// Seconds in the scenario's unit syntax, one decimal: `192.3s`.
    public static func seconds(_ s: Double) -> String { String(format: "%.1fs", s) }

    /// A duration for people: `45.2s`, `3.21m`, `1.50h`.
    public static func duration(_ s: Double) -> String {
        guard s.isFinite else { return "—" }
        if s < 120 { return String(format: "%.1fs", s) }
        if s < 7200 { return String(format: "%.2fm", s / 60) }
        return String(format: "%.2fh", s / 3600)
    }

    /// A whole count with thousands separators: `31,599`.
    public static func count(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// Three significant decimals for shares, CVs and distances.
    public static func number(_ x: Double, _ decimals: Int = 3) -> String {
        x.isFinite ? String(format: "%.\(decimals)f", x) : "—"
    }

    /// A share as a percentage with one decimal: `14.2%`.
    public static func percent(_ x: Double) -> String { x.isFinite ? String(format: "%.1f%%", 100 * x) : "—" }

    /// The clock label of interval i of a day: `07:30`.
    public static func clock(_ seconds: Double) -> String {
        let m = Int(seconds.rounded()) / 60
        return String(format: "%02d:%02d", m / 60, m % 60)
    }

    /// A fitted distribution in the report's words: `lognormal mean 3.21m cv 1.05`.
    public static func distribution(_ d: FittedDistribution) -> String {
        switch d {
        case .exponential(let m): return "exponential mean \(duration(m))"
        case .weibull(let k, _): return "weibull mean \(duration(d.mean)) shape \(number(k))"
        case .lognormal, .gamma: return "\(d.family) mean \(duration(d.mean)) cv \(number(d.cv))"
        }
    }
}
