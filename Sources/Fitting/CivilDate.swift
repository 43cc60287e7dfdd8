/// Calendar dates as day numbers (days since 1970-01-01) and the clock times of logs,
/// without Foundation's calendars: logs carry local wall-clock times with no zone, and a
/// day number is all the estimators need.
public enum CivilDate {
    /// Day number of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The date of a day number: (year, month, day).
    public static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO text of a day number, `1999-01-31`.
    public static func iso(_ dayNumber: Int) -> String {
        let c = civil(dayNumber)
        return "\(c.year)-" + pad2(c.month) + "-" + pad2(c.day)
    }

    /// Weekday of a day number, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday).
    public static func weekday(_ dayNumber: Int) -> Int { ((dayNumber % 7) + 7 + 4) % 7 }

    /// Short weekday names, Sunday first, as `--weekdays` reads and reports write them.
    public static let weekdayNames = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

    /// A date as `YYYY-MM-DD`, `YYYYMMDD` or the bank's `yymmdd` (years 70–99 are 19xx,
    /// 00–69 are 20xx); nil if it is none of these or not a real date.
    public static func parseDate(_ s: ArraySlice<UInt8>) -> Int? {
        var parts: [Int] = [], current = 0, digits = 0, widths: [Int] = []
        for c in s {
            if c >= 48, c <= 57 { current = current * 10 + Int(c - 48); digits += 1; if digits > 8 { return nil } }
            else if c == 45 || c == 47 { guard digits > 0 else { return nil }; parts.append(current); widths.append(digits); current = 0; digits = 0 }
            else { return nil }
        }
        guard digits > 0 else { return nil }
        parts.append(current); widths.append(digits)
        let y: Int, m: Int, d: Int
        if parts.count == 3, widths[0] == 4 { (y, m, d) = (parts[0], parts[1], parts[2]) }
        else if parts.count == 1, digits == 8 { (y, m, d) = (current / 10000, current / 100 % 100, current % 100) }
        else if parts.count == 1, digits == 6 {
            let yy = current / 10000
            (y, m, d) = (yy >= 70 ? 1900 + yy : 2000 + yy, current / 100 % 100, current % 100)
        } else { return nil }
        guard (1...12).contains(m), d >= 1, d <= daysIn(year: y, month: m) else { return nil }
        return dayNumber(year: y, month: m, day: d)
    }

    /// A clock time `H:MM`, `H:MM:SS` or `H:MM:SS.fff` as seconds after midnight (hours
    /// 0–47, so a log may write past-midnight times as 24:10); nil otherwise.
    public static func parseClock(_ s: ArraySlice<UInt8>) -> Double? {
        var parts: [Double] = []
        var current: ArraySlice<UInt8> = s[s.startIndex..<s.startIndex]
        var from = s.startIndex
        for i in s.indices where s[i] == 58 {
            current = s[from..<i]; from = i + 1
            guard let v = DelimitedLine.number(current), v >= 0, v == v.rounded() else { return nil }
            parts.append(v)
        }
        guard let last = DelimitedLine.number(s[from...]), last >= 0 else { return nil }
        parts.append(last)
        guard parts.count == 2 || parts.count == 3, parts[0] < 48, parts[1] < 60, parts.count == 2 || parts[2] < 60 else { return nil }
        if parts.count == 2, last != last.rounded() { return nil }
        return parts[0] * 3600 + parts[1] * 60 + (parts.count == 3 ? parts[2] : 0)
    }

    /// A date and time in one cell, `YYYY-MM-DD HH:MM:SS` or with a `T`: (day, seconds).
    public static func parseDateTime(_ s: ArraySlice<UInt8>) -> (day: Int, seconds: Double)? {
        guard let cut = s.firstIndex(where: { $0 == 32 || $0 == 84 }),
              let day = parseDate(s[s.startIndex..<cut]) else { return nil }
        var rest = s[(cut + 1)...]
        while let f = rest.first, f == 32 { rest = rest.dropFirst() }
        guard let t = parseClock(rest) else { return nil }
        return (day, t)
    }

    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
}
