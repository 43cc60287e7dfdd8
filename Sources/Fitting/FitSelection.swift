/// Which contacts of a log a fit uses: a date range, weekdays, a channel.
public struct FitSelection: Sendable, Equatable {
    /// First and last day numbers, inclusive (nil: open).
    public var from: Int?
    public var to: Int?
    /// Weekdays kept, 0 = Sunday (nil: all).
    public var weekdays: Set<Int>?
    public var channel: String?

    public init(from: Int? = nil, to: Int? = nil, weekdays: Set<Int>? = nil, channel: String? = nil) {
        self.from = from; self.to = to; self.weekdays = weekdays; self.channel = channel
    }

    public func accepts(_ r: ContactRecord) -> Bool {
        if let from, r.day < from { return false }
        if let to, r.day > to { return false }
        if let weekdays, !weekdays.contains(CivilDate.weekday(r.day)) { return false }
        if let channel, r.channel != channel { return false }
        return true
    }

    /// A `--from`/`--to` date, `YYYY-MM-DD`.
    public static func parseDate(_ text: String, flag: String) throws(FitError) -> Int {
        guard text.count == 10, let d = CivilDate.parseDate(Array(text.utf8)[...]) else {
            throw FitError("\(flag): '\(text)' is not a date (expected YYYY-MM-DD, e.g. 1999-01-31)")
        }
        return d
    }

    /// `--weekdays`: names and ranges, `sun-thu`, `mon,wed,fri`, `fri-sun` (a range may wrap).
    public static func parseWeekdays(_ text: String) throws(FitError) -> Set<Int> {
        func day(_ s: Substring) throws(FitError) -> Int {
            let name = s.trimmingSpaces.lowercased().prefix(3)
            guard s.trimmingSpaces.count >= 3, let i = CivilDate.weekdayNames.firstIndex(of: String(name)) else {
                throw FitError("--weekdays: '\(s)' is not a weekday (expected sun, mon, tue, wed, thu, fri, sat, or a range such as sun-thu)")
            }
            return i
        }
        var days = Set<Int>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let ends = part.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count == 1 || ends.count == 2 else {
                throw FitError("--weekdays: '\(part)' is not a weekday or a range (expected e.g. sun-thu)")
            }
            let a = try day(ends[0]), b = ends.count == 2 ? try day(ends[1]) : a
            var d = a
            while true { days.insert(d); if d == b { break }; d = (d + 1) % 7 }
        }
        return days
    }

    /// The selection in words, for reports and the scenario's comments.
    public var summary: String {
        var parts: [String] = []
        if from != nil || to != nil {
            parts.append("days \(from.map(CivilDate.iso) ?? "start")…\(to.map(CivilDate.iso) ?? "end")")
        }
        if let weekdays { parts.append("weekdays " + weekdays.sorted().map { CivilDate.weekdayNames[$0] }.joined(separator: ",")) }
        if let channel { parts.append("channel \(channel)") }
        return parts.isEmpty ? "every row" : parts.joined(separator: ", ")
    }
}
