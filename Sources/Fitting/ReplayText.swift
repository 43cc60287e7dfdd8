import Foundation

/// Writes a fitted log as a replay: the trace of offered contacts (CSV) and a scenario that
/// drives each channel from it over the selection's calendar days, with each day's recorded
/// agents present as the head-count (docs/howto-fit.md "Replay a recorded day").
public enum ReplayText {
    /// The trace CSV: `time,handle,patience` per offered contact, sorted by time. A served
    /// contact's handle is its recorded service time and its patience is empty (censored:
    /// drawn); an abandoner's patience is its recorded wait and its handle is empty (drawn).
    /// With `classes`, a fourth column names each contact's class (the fit's classes).
    public static func trace(_ records: [ContactRecord], channel: String, classes: Bool = false) -> String {
        let rows = records.filter { $0.channel == channel }.sorted { ($0.day, $0.second) < ($1.day, $1.second) }
        var out = classes ? "time,handle,patience,class\n" : "time,handle,patience\n"
        out.reserveCapacity(rows.count * 32)
        for r in rows {
            let s = Int(r.second)
            let clock = String(format: "%02d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
            switch r.outcome {
            case .served: out += "\(CivilDate.iso(r.day)) \(clock),\(plain(r.handle)),"
            case .abandoned: out += "\(CivilDate.iso(r.day)) \(clock),,\(plain(r.wait))"
            case .leftBeforeQueue: continue
            }
            out += classes ? ",\(ScenarioText.safeName(r.contactClass))\n" : "\n"
        }
        return out
    }

    /// Seconds as written in a trace: whole seconds without a fraction.
    static func plain(_ x: Double) -> String { x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(x) }

    /// The first and last day of the selection seen in any channel.
    public static func days(_ fit: FitResult) -> ClosedRange<Int>? {
        let all = fit.channels.flatMap(\.arrivals.days)
        guard let a = all.min(), let b = all.max() else { return nil }
        return a...b
    }

    /// The replay scenario: `ScenarioText`'s channels and teams with the average day's
    /// arrivals replaced by `traces[channel]` (a path relative to the scenario) and its
    /// head-count by each calendar day's agents present (0 on days outside the selection).
    public static func render(_ fit: FitResult, name: String, traces: [String: String]) -> String {
        guard let span = days(fit) else { return ScenarioText.render(fit, name: name) }
        let perDay = Int((86_400 / fit.intervalLength).rounded())
        let dayCount = span.count
        var out: [String] = [
            "# Replay written by `channelsim fit --replay` from a contact log (see docs/howto-fit.md).",
            "# Source: " + fit.files.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
                + "; selection: \(fit.selection.summary).",
            "# Days \(CivilDate.iso(span.lowerBound)) to \(CivilDate.iso(span.upperBound)) (\(dayCount) calendar days), each with its",
            "# recorded arrivals (the trace) and its recorded agents present; handle time and patience",
            "# are drawn from the fit below where the trace leaves them empty.",
            "name: \(ScenarioText.quoted(name))",
            "description: \(ScenarioText.quoted("Replay of " + fit.files.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")))",
            "seed: 1",
            "replications: 10",
            "horizon: { start: \"00:00\", end: \"24:00\", interval: \(Int(fit.intervalLength / 60))m, days: \(dayCount) }   # \(perDay) intervals a day",
            "",
            "channels:",
        ]
        for c in fit.channels {
            var lines = ScenarioText.channel(c, fit: fit)
            // The average day's arrivals (from "    arrivals:" to the first line at channel depth) give way to the trace.
            if let a = lines.firstIndex(of: "    arrivals:") {
                var b = a + 1
                while b < lines.count && lines[b].hasPrefix("      ") { b += 1 }
                lines.replaceSubrange(a..<b, with: [
                    "    arrivals:   # offered to the agent queue, as recorded",
                    "      trace: \(ScenarioText.quoted(traces[c.name] ?? "trace.csv"))",
                    "      start_date: \"\(CivilDate.iso(span.lowerBound))\"",
                    "      # Recorded handle times replace the draws; recorded patience (known only for those who",
                    "      # abandoned) would tell the model who gives up, so patience is drawn (docs/validation.md).",
                    c.classes.count > 1 ? "      use: [handle, class]   # and each contact's recorded class" : "      use: [handle]",
                ])
            }
            out += lines
        }
        out += ["", "teams:"]
        for c in fit.channels {
            let table = fit.tables[c.name]
            out += [
                "  \(ScenarioText.safeName(c.name))-agents:",
                "    # Agents present per interval of each day: the distinct agents who served someone in it",
                "    # (an upper bound on those taking calls: see docs/howto-fit.md). One line a day.",
                "    skills: [\(ScenarioText.safeName(c.name))]",
                "    headcount: [",
            ]
            for day in span {
                let counts = table?.days[day].map { $0.map(\.agents.count) } ?? Array(repeating: 0, count: perDay)
                let weekday = CivilDate.weekdayNames[CivilDate.weekday(day)]
                out.append("      " + counts.map(String.init).joined(separator: ", ") + (day == span.upperBound ? "" : ",")
                           + "   # \(CivilDate.iso(day)) \(weekday)")
            }
            out.append("    ]")
        }
        return out.joined(separator: "\n") + "\n"
    }
}
