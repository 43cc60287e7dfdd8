import Foundation

/// Parsing and printing of the units scenario files and flags use: durations such as
/// `45s`, `5m`, `1.5h`, `2d`, `90 seconds`, and rates such as `2/min`, `120/h`, `0.5/s`.
public enum Units {
    /// Seconds in one unit of each duration unit word. Durations and rates accept the same
    /// words, so `90 seconds` and `2/seconds` read alike; `m` stays minutes.
    static let durationUnits: [String: Double] = [
        "ms": 0.001,
        "s": 1, "sec": 1, "secs": 1, "second": 1, "seconds": 1,
        "m": 60, "min": 60, "mins": 60, "minute": 60, "minutes": 60,
        "h": 3600, "hr": 3600, "hrs": 3600, "hour": 3600, "hours": 3600,
        "d": 86_400, "day": 86_400, "days": 86_400,
    ]

    /// The accepted unit words, as error messages list them.
    public static let durationUnitList = "ms; s, sec, second(s); m, min, minute(s); h, hr, hour(s); d, day(s)"

    /// Seconds in `text` (`45s`, `5m`, `1.5h`, `2d`, `250ms`, `90 seconds`, `1.5 hours`), or
    /// nil if it is not a duration. A bare number is not accepted: a duration without a unit
    /// is ambiguous.
    public static func parseDuration(_ text: String) -> Double? {
        guard let split = splitUnit(text), let seconds = durationUnits[split.unit],
              let v = Double(split.number), v.isFinite else { return nil }
        return v * seconds
    }

    /// `text` split into its number and its trailing unit word (lowercased, both trimmed),
    /// or nil when it does not end in letters. The unit is the run of letters at the end, so
    /// an exponent (`1e3s`) stays with the number.
    static func splitUnit(_ text: String) -> (number: String, unit: String)? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        let letters = t.reversed().prefix { $0.isLetter && $0.isASCII }
        guard !letters.isEmpty else { return nil }
        let number = t.dropLast(letters.count).trimmingCharacters(in: .whitespaces)
        return (number, String(letters.reversed()))
    }

    /// Events per second in `text` (`2/min`, `120/h`, `0.5/s`, `3000/d`, `30/15m`,
    /// `2/minutes`), or nil.
    public static func parseRate(_ text: String) -> Double? {
        let parts = text.trimmingCharacters(in: .whitespaces).lowercased().split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let v = Double(parts[0].trimmingCharacters(in: .whitespaces)), v.isFinite else {
            return nil
        }
        let unit = parts[1].trimmingCharacters(in: .whitespaces)
        // A bare unit word (`/min`) is one of that unit; otherwise a duration (`/15m`).
        guard let per = durationUnits[unit] ?? parseDuration(unit), per > 0 else { return nil }
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
