/// The day-interval table as CSV: the observed side of a later validation (a simulated
/// day against the log's days), one row per channel, day and interval.
public enum DayIntervalCSV {
    public static let header = "channel,day,weekday,interval_start,offered,served,abandoned,left_before_queue,"
        + "wait_sum_s,busy_agent_s,agents_serving"

    /// Every seen day of every channel, channels in name order, days and intervals ascending.
    public static func text(_ tables: [String: DayIntervalTable]) -> String {
        var lines = [header]
        for name in tables.keys.sorted() {
            let t = tables[name]!
            let channel = name.contains(",") || name.contains("\"") ? "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : name
            for day in t.sortedDays {
                let iso = CivilDate.iso(day), weekday = CivilDate.weekdayNames[CivilDate.weekday(day)]
                for (i, c) in t.days[day]!.enumerated() {
                    lines.append([channel, iso, weekday, FitFormat.clock(Double(i) * t.intervalLength),
                                  String(c.offered), String(c.served), String(c.abandoned), String(c.leftBeforeQueue),
                                  number(c.waitSum), number(c.busySeconds), String(c.agents.count)].joined(separator: ","))
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Whole numbers without a decimal point, others with up to three decimals.
    static func number(_ x: Double) -> String {
        x == x.rounded() ? String(Int(x)) : String(format: "%.3f", x)
    }
}
