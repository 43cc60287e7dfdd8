import Foundation

/// Parsing and printing of the units scenario files and flags use: durations such as
/// `45s`, `5m`, `1.5h`, `2d`, and rates such as `2/min`, `120/h`, `0.5/s`.
public enum Units {
    /// Seconds in one unit of each duration suffix.
    static let durationUnits: [(suffix: String, seconds: Double)] = [
        ("ms", 0.001), ("s", 1), ("sec", 1), ("min", 60), ("m", 60), ("h", 3600), ("hr", 3600), ("d", 86_400),
    ]

    /// Seconds in `text` (`45s`, `5m`, `1.5h`, `2d`, `250ms`), or nil if it is not a duration.
    /// A bare number is not accepted: a duration without a unit is ambiguous.
    public static func parseDuration(_ text: String) -> Double? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        for (suffix, seconds) in durationUnits.sorted(by: { $0.suffix.count > $1.suffix.count })
        where t.hasSuffix(suffix) {
            let number = t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            guard let v = Double(number), v.isFinite else { return nil }
            return v * seconds
        }
        return nil
    }

    /// Events per second in `text` (`2/min`, `120/h`, `0.5/s`, `3000/d`), or nil.
    public static func parseRate(_ text: String) -> Double? {
        let parts = text.trimmingCharacters(in: .whitespaces).lowercased().split(separator: "/")
        guard parts.count == 2, let v = Double(parts[0].trimmingCharacters(in: .whitespaces)), v.isFinite else {
            return nil
        }
        let unit = parts[1].trimmingCharacters(in: .whitespaces)
        let per: Double
        switch unit {
        case "s", "sec", "second": per = 1
        case "min", "m", "minute": per = 60
        case "h", "hr", "hour": per = 3600
        case "d", "day": per = 86_400
        default:
            guard let d = parseDuration(unit), d > 0 else { return nil }
            per = d
        }
        return v / per
    }

    /// Seconds since midnight in a clock time `HH:MM` (or `HH:MM:SS`), or nil.
    public static func parseClock(_ text: String) -> Double? {
        let parts = text.split(separator: ":").map { Int($0) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        let h = parts[0]!, m = parts[1]!, s = parts.count == 3 ? parts[2]! : 0
        guard (0...24).contains(h), (0..<60).contains(m), (0..<60).contains(s) else { return nil }
        let total = Double(h * 3600 + m * 60 + s)
        return total <= 86_400 ? total : nil
    }

    /// `HH:MM` for a number of seconds since midnight (wrapping at 24 h).
    public static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded()) % 86_400
        return String(format: "%02d:%02d", total / 3600, (total % 3600) / 60)
    }

    /// A compact human duration: `6.6s`, `4m`, `1.5h`.
    public static func formatDuration(_ seconds: Double) -> String {
        guard seconds.isFinite else { return seconds.isNaN ? "-" : "inf" }
        if seconds < 120 { return String(format: "%.1fs", seconds) }
        if seconds < 7200 { return String(format: "%.1fm", seconds / 60) }
        return String(format: "%.2fh", seconds / 3600)
    }
}

extension Units {
    /// A duration as a scenario would write it: `20s`, `60s`, `5m`, `1.5h`, `24h`: seconds
    /// below ten minutes (service-level thresholds read that way), whole minutes and hours
    /// where exact beyond.
    public static func formatDurationCompact(_ seconds: Double) -> String {
        func n(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : "\(x)" }
        if seconds < 600 { return n(seconds) + "s" }
        if seconds >= 3600 && (seconds / 3600 * 10).rounded() == seconds / 3600 * 10 { return n(seconds / 3600) + "h" }
        if seconds >= 60 && seconds.truncatingRemainder(dividingBy: 60) == 0 { return n(seconds / 60) + "m" }
        return n(seconds) + "s"
    }
}
