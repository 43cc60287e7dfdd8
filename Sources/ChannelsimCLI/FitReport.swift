import Fitting
import Foundation

/// The fit report of `channelsim fit`: what was read and dropped, then each channel's
/// arrivals, handle time, patience, agents present and classes, as a table or JSON.
enum FitReport {
    static func table(_ r: FitResult) -> String {
        let dropped = DropReason.allCases.compactMap { d in r.dropped[d].map { "\(d.explanation) \(FitFormat.count($0))" } }
        var out = [
            "fit: \(r.files.count) file(s), layout \(r.layout.rawValue), \(Int(r.intervalLength / 60))m intervals, selection: \(r.selection.summary)",
            "rows: \(FitFormat.count(r.rowsRead)) read; dropped \(FitFormat.count(r.dropped.values.reduce(0, +)))"
                + (dropped.isEmpty ? "" : " (" + dropped.joined(separator: ", ") + ")")
                + "; outside the selection \(FitFormat.count(r.outsideSelection))",
        ]
        for c in r.channels { out += [""] + channel(c, r) }
        return out.joined(separator: "\n") + "\n"
    }

    static func channel(_ c: ChannelFit, _ r: FitResult) -> [String] {
        let a = c.arrivals, s = c.summary
        var out = [
            "channel \(c.name): \(a.days.count) days (\(CivilDate.iso(a.days.first!)) to \(CivilDate.iso(a.days.last!))), "
                + "\(FitFormat.number(a.meanDaily, 1)) offered/day, day-to-day CV \(FitFormat.number(a.dailyCV)); "
                + "\(FitFormat.number(a.meanLeftBeforeQueue, 1))/day left before the queue",
            "  served \(FitFormat.count(s.served)), abandoned \(FitFormat.count(s.abandoned)) "
                + "(\(FitFormat.percent(Double(s.abandoned) / Double(max(s.offered, 1))))), mean wait \(FitFormat.duration(c.meanWait))",
            "  by weekday: " + a.byWeekday.map { "\(CivilDate.weekdayNames[$0.weekday]) \(FitFormat.number($0.mean, 0)) (\($0.days)d)" }.joined(separator: ", "),
        ]
        if let h = s.handle {
            out.append("  handle time: \(FitFormat.count(h.count)) served, mean \(FitFormat.duration(h.mean)), CV \(FitFormat.number(h.cv))")
            var t = TextTable(columns: ["", "fit", "AIC", "KS"], rightAligned: [false, false, true, true])
            for (i, f) in h.candidates.enumerated() {
                t.add([i == 0 ? "*" : "", FitFormat.distribution(f.distribution), FitFormat.number(f.aic, 1), FitFormat.number(f.distance, 4)])
            }
            out += indent(t.render())
        } else {
            out.append("  handle time: " + Self.noHandle(s.served))
        }
        if let p = s.patience {
            out.append("  patience: \(FitFormat.count(p.events)) abandoned (events), \(FitFormat.count(p.censored)) served after a wait (censored), "
                       + "\(FitFormat.count(p.censoredAtZero)) served at once; Kaplan-Meier median " + (p.km.median.map(FitFormat.duration) ?? "beyond the data"))
            if p.candidates.isEmpty {
                out.append("    " + Self.noPatience)
            } else {
                var t = TextTable(columns: ["", "fit", "AIC", "gap to KM"], rightAligned: [false, false, true, true])
                for (i, f) in p.candidates.enumerated() {
                    t.add([i == 0 ? "*" : "", FitFormat.distribution(f.distribution), FitFormat.number(f.aic, 1), FitFormat.number(f.distance, 4)])
                }
                out += indent(t.render())
            }
            if let k = p.check {
                out.append("  check: P(abandon) against E[wait] over \(k.cells) day-intervals (≥ \(AbandonWaitCheck.minOffered) offered): mean patience \(FitFormat.duration(k.meanPatience)) if exponential")
            }
        }
        let peak = c.staff.distinctServing.enumerated().max { $0.element < $1.element }
        if let peak {
            out.append("  agents present (distinct agents serving, mean per interval): peak \(FitFormat.number(peak.element, 1)) at "
                       + "\(FitFormat.clock(Double(peak.offset) * r.intervalLength)), busy there \(FitFormat.number(c.staff.busy[peak.offset], 1)); "
                       + "\(c.staff.agentsNamed) agents named"
                       + (c.staff.agentsNamed == 0 ? " (none: the scenario's head-count is the busy agents rounded up, a floor)" : ""))
        }
        out += bandTable("handle time", c.handleBands, r) { b in
            b.handle.map { (FitFormat.count($0.count) + " served", FitFormat.duration($0.mean), $0.best.map { FitFormat.distribution($0.distribution) } ?? "—") }
        }
        out += bandTable("patience", c.patienceBands, r) { b in
            b.patience.map { (FitFormat.count($0.events) + " abandoned", $0.km.median.map(FitFormat.duration) ?? "—",
                              $0.best.map { FitFormat.distribution($0.distribution) } ?? "—") }
        }
        if c.classes.count > 1 {
            out.append("  classes by \(r.classedBy) (fitted per class; the scenario's channel has them as classes):")
            var t = TextTable(columns: ["class", "offered", "share", "abandoned", "handle (best)", "patience (best)"],
                              rightAligned: [false, true, true, true, false, false])
            for k in c.classes {
                t.add([k.name, FitFormat.count(k.offered), FitFormat.percent(Double(k.offered) / Double(max(s.offered, 1))),
                       FitFormat.percent(Double(k.abandoned) / Double(max(k.offered, 1))),
                       k.handle?.best.map { FitFormat.distribution($0.distribution) } ?? "—",
                       k.patience?.best.map { FitFormat.distribution($0.distribution) } ?? "—"])
            }
            out += indent(t.render())
        }
        return out
    }

    /// One line per band of the day: its hours, sample, mean (handle) or KM median (patience), best fit.
    static func bandTable(_ what: String, _ bands: [BandFit]?, _ r: FitResult,
                          _ row: (BandFit) -> (String, String, String)?) -> [String] {
        guard let bands else { return [] }
        var t = TextTable(columns: ["band", "sample", what == "patience" ? "KM median" : "mean", "best by AIC"],
                          rightAligned: [false, true, true, false])
        for b in bands {
            guard let (n, m, best) = row(b) else { continue }
            t.add(["\(FitFormat.clock(Double(b.start) * r.intervalLength))-\(FitFormat.clock(Double(b.end) * r.intervalLength))", n, m, best])
        }
        return ["  \(what) by band of the day (by arrival; clock hours pooled to a minimum sample; in the scenario):"] + indent(t.render())
    }

    static func indent(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { "    " + $0 }
    }

    static func json(_ r: FitResult, scenario: String?, charts: [String]) -> JSON {
        .object([
            ("kind", .string("fit")),
            ("files", .array(r.files.map(JSON.string))),
            ("layout", .string(r.layout.rawValue)),
            ("selection", .string(r.selection.summary)),
            ("interval_seconds", .num(r.intervalLength)),
            ("rows_read", .int(r.rowsRead)),
            ("dropped", .object(DropReason.allCases.map { ($0.rawValue, .int(r.dropped[$0] ?? 0)) })),
            ("outside_selection", .int(r.outsideSelection)),
            ("classed_by", .string(r.classedBy)),
            ("channels", .array(r.channels.map { channelJSON($0, r) })),
            ("scenario", scenario.map(JSON.string) ?? .null),
            ("charts", .array(charts.map(JSON.string))),
        ])
    }

    static func channelJSON(_ c: ChannelFit, _ r: FitResult) -> JSON {
        let a = c.arrivals
        return .object([
            ("name", .string(c.name)),
            ("days", .int(a.days.count)),
            ("first_day", .string(CivilDate.iso(a.days.first!))),
            ("last_day", .string(CivilDate.iso(a.days.last!))),
            ("mean_daily_offered", .num(a.meanDaily)),
            ("daily_cv", .num(a.dailyCV)),
            ("daily_offered", .array(zip(a.days, a.dailyVolumes).map { .object([("day", .string(CivilDate.iso($0.0))), ("offered", .num($0.1))]) })),
            ("by_weekday", .array(a.byWeekday.map { .object([("weekday", .string(CivilDate.weekdayNames[$0.weekday])), ("days", .int($0.days)), ("mean_offered", .num($0.mean))]) })),
            ("left_before_queue_per_day", .num(a.meanLeftBeforeQueue)),
            ("mean_wait_seconds", .num(c.meanWait)),
            ("intervals", .array(a.perInterval.indices.map { i in
                .object([("start", .string(FitFormat.clock(Double(i) * r.intervalLength))), ("mean_offered", .num(a.perInterval[i])),
                         ("share", .num(a.profile[i])), ("agents_serving", .num(c.staff.distinctServing[i])), ("agents_busy", .num(c.staff.busy[i]))])
            })),
            ("agents_named", .int(c.staff.agentsNamed)),
            ("summary", classJSON(c.summary)),
            ("classes", .array(c.classes.map { k in classJSON(k, bands: r) })),
            ("handle_bands", c.handleBands.map { bs in .array(bs.map { bandJSON($0, r) }) } ?? .null),
            ("patience_bands", c.patienceBands.map { bs in .array(bs.map { bandJSON($0, r) }) } ?? .null),
        ])
    }

    /// A band: its clock start and end, and the fits as a class's.
    static func bandJSON(_ b: BandFit, _ r: FitResult) -> JSON {
        var fields: [(String, JSON)] = [("start", .string(FitFormat.clock(Double(b.start) * r.intervalLength))),
                                        ("end", .string(FitFormat.clock(Double(b.end) * r.intervalLength)))]
        if let h = b.handle { fields.append(("handle", handleJSON(h))) }
        if let p = b.patience { fields.append(("patience", patienceJSON(p))) }
        return .object(fields)
    }

    /// A class's counts and fits; with `bands` (a written class), its bands as the channel's.
    static func classJSON(_ k: ClassFit, bands r: FitResult? = nil) -> JSON {
        var fields: [(String, JSON)] = [("name", .string(k.name)), ("offered", .int(k.offered)), ("served", .int(k.served)),
                                        ("abandoned", .int(k.abandoned)), ("left_before_queue", .int(k.leftBeforeQueue))]
        if let h = k.handle { fields.append(("handle", handleJSON(h))) }
        if let p = k.patience { fields.append(("patience", patienceJSON(p))) }
        if let r {
            fields.append(("handle_bands", k.handleBands.map { bs in .array(bs.map { bandJSON($0, r) }) } ?? .null))
            fields.append(("patience_bands", k.patienceBands.map { bs in .array(bs.map { bandJSON($0, r) }) } ?? .null))
        }
        return .object(fields)
    }

    static func handleJSON(_ h: HandleEstimate) -> JSON {
        .object([("count", .int(h.count)), ("mean_seconds", .num(h.mean)), ("cv", .num(h.cv)),
                 ("fits", .array(h.candidates.map { candidateJSON($0, distance: "ks") }))])
    }

    static func patienceJSON(_ p: PatienceEstimate) -> JSON {
        var pf: [(String, JSON)] = [("events", .int(p.events)), ("censored", .int(p.censored)), ("censored_at_zero", .int(p.censoredAtZero)),
                                    ("km_median_seconds", .num(p.km.median)),
                                    ("fits", .array(p.candidates.map { candidateJSON($0, distance: "km_gap") }))]
        if let c = p.check {
            pf.append(("abandon_wait_check", .object([("cells", .int(c.cells)), ("slope", .num(c.slope)), ("mean_patience_seconds", .num(c.meanPatience))])))
        }
        return .object(pf)
    }

    static func candidateJSON(_ f: FitCandidate, distance: String) -> JSON {
        let d = f.distribution
        var fields: [(String, JSON)] = [("family", .string(d.family)), ("mean_seconds", .num(d.mean)), ("cv", .num(d.cv))]
        switch d {
        case .exponential: break
        case .lognormal(let mu, let s): fields += [("mu", .num(mu)), ("sigma", .num(s))]
        case .gamma(let k, let theta): fields += [("shape", .num(k)), ("scale", .num(theta))]
        case .weibull(let k, let lambda): fields += [("shape", .num(k)), ("scale", .num(lambda))]
        }
        return .object(fields + [("log_likelihood", .num(f.logLikelihood)), ("aic", .num(f.aic)), (distance, .num(f.distance))])
    }

    /// Why a channel has no handle-time fit (fewer than 2 served contacts); the rest is fitted.
    static func noHandle(_ served: Int) -> String {
        "\(served) served contact(s): handle time cannot be estimated (the scenario's handle is a placeholder of 5 minutes)"
    }

    static let noPatience = "no abandonment observed: patience cannot be estimated (the scenario says patience: none)"

    /// One warning line per estimate that could not be made, for standard error.
    static func warnings(_ r: FitResult) -> [String] {
        r.channels.flatMap { c -> [String] in
            var w: [String] = []
            if c.summary.handle == nil { w.append("channelsim: warning: channel \(c.name): " + noHandle(c.summary.served)) }
            if let p = c.summary.patience, p.candidates.isEmpty { w.append("channelsim: warning: channel \(c.name): " + noPatience) }
            return w
        }
    }
}
