import Foundation

/// Writes a fit as a scenario file (format v1, docs/scenario.md) in plain text, commented
/// with each figure's source, sample size and fit quality. Only fields the loader accepts
/// today are written; what the model cannot take (day-to-day variation of direct
/// arrivals) is reported in comments.
public enum ScenarioText {
    /// Bounds of the scenario format that fitted values are clamped into.
    static let shapeRange = 0.05...100.0, cvRange = 0.001...100.0

    public static func render(_ fit: FitResult, name: String) -> String {
        let perDay = Int((86_400 / fit.intervalLength).rounded())
        let allDays = fit.channels.flatMap(\.arrivals.days)
        let dropped = DropReason.allCases.compactMap { r in fit.dropped[r].map { "\(r.rawValue) \(FitFormat.count($0))" } }
        var out: [String] = [
            "# Scenario fitted by `channelsim fit` from a contact log (see docs/howto-fit.md).",
            "# Source: " + fit.files.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")
                + " (layout \(fit.layout.rawValue)); selection: \(fit.selection.summary).",
            "# Days seen: \(Set(allDays).count), \(allDays.min().map(CivilDate.iso) ?? "-") to \(allDays.max().map(CivilDate.iso) ?? "-"); "
                + "the scenario is their average day.",
            "# Rows: \(FitFormat.count(fit.rowsRead)) read; dropped: " + (dropped.isEmpty ? "none" : dropped.joined(separator: ", "))
                + "; outside the selection: \(FitFormat.count(fit.outsideSelection)).",
            "name: \(quoted(name))",
            "description: \(quoted("Fitted from " + fit.files.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")))",
            "seed: 1",
            "replications: 10",
            "horizon: { start: \"00:00\", end: \"24:00\", interval: \(Int(fit.intervalLength / 60))m }   # \(perDay) intervals",
            "",
            "channels:",
        ]
        for c in fit.channels { out += channel(c, fit: fit) }
        out += ["", "teams:"]
        for c in fit.channels { out += team(c, fit: fit) }
        return out.joined(separator: "\n") + "\n"
    }

    /// A channel or team name the format accepts: letters, digits, `_` and `-`; not reserved.
    public static func safeName(_ s: String) -> String {
        var n = String(s.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") ? $0 : "-" })
        if n.isEmpty { n = "channel" }
        if ["visitors", "team", "totals"].contains(n) { n += "-channel" }
        return n
    }

    static func quoted(_ s: String) -> String {
        "\"" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static func channel(_ c: ChannelFit, fit: FitResult) -> [String] {
        let a = c.arrivals, s = c.summary
        let isChat = c.name == "chat"
        var out = ["  \(safeName(c.name)):", "    kind: \(isChat ? "chat" : "phone")"]
        let poissonCV = a.meanDaily > 0 ? 1 / a.meanDaily.squareRoot() : 0
        out += [
            "    arrivals:",
            "      # Offered to the agent queue (served + abandoned), \(a.days.count) days: mean \(FitFormat.number(a.meanDaily, 1))/day,",
            "      # day-to-day CV \(FitFormat.number(a.dailyCV)) (Poisson alone: \(FitFormat.number(poissonCV))); the model does not vary direct arrivals by day.",
            "      # By weekday: " + a.byWeekday.map { "\(CivilDate.weekdayNames[$0.weekday]) \(FitFormat.number($0.mean, 0)) (\($0.days)d)" }.joined(separator: ", "),
            "      # Not offered: \(FitFormat.number(a.meanLeftBeforeQueue, 1))/day hung up before the queue (IVR).",
            "      daily_volume: \(String(format: "%.2f", a.meanDaily))",
            "      profile:   # share of the day's volume per interval (mean arrivals per interval / mean day)",
        ]
        for (i, p) in a.profile.enumerated() {
            out.append("        - \(String(format: "%.9f", p))   # \(FitFormat.clock(Double(i) * fit.intervalLength))  \(FitFormat.number(a.perInterval[i], 2))")
        }
        out += patience(c.summary.patience, check: c.summary.patience?.check, bands: c.patienceBands, fit: fit)
        let key = isChat ? "work" : "handle"
        if let h = s.handle, let best = h.best {
            out.append("    # Handle time: \(FitFormat.count(h.count)) served, mean \(FitFormat.duration(h.mean)), CV \(FitFormat.number(h.cv)); MLE by AIC:")
            for f in h.candidates {
                out.append("    #   \(FitFormat.distribution(f.distribution)): AIC \(FitFormat.number(f.aic, 1)), KS \(FitFormat.number(f.distance, 4))")
            }
            if isChat { out.append("    # As chat work, with team concurrency 1: the log's handle time already includes any sharing.") }
            if let bands = c.handleBands {
                out.append("    # Per band of the day (by arrival; clock hours pooled to at least \(BandFitting.minServed) served), best by AIC:")
                out.append("    \(key):")
                out.append("      bands:")
                for b in bands {
                    guard let e = b.handle, let f = e.best else { continue }
                    out.append("        - \(bandEntry(b, f.distribution, fit: fit))"
                               + "   # n \(FitFormat.count(e.count)), mean \(FitFormat.duration(e.mean)), CV \(FitFormat.number(e.cv))")
                }
            } else {
                out.append("    \(key): \(distribution(best.distribution))")
            }
        } else {
            out.append("    # Handle time: fewer than 2 served contacts; a placeholder of 5 minutes.")
            out.append("    \(key): 5m")
        }
        if c.classes.count > 1 { out += classes(c, fit: fit, key: key) }
        return out
    }

    static func patience(_ p: PatienceEstimate?, check: AbandonWaitCheck?, bands: [BandFit]? = nil, fit: FitResult? = nil) -> [String] {
        guard let p, let best = p.best else {
            return ["    # Patience: no abandonment observed, so it cannot be estimated: never gives up.", "    patience: none"]
        }
        var out = [
            "    # Patience from censored waits: \(FitFormat.count(p.events)) abandonments (observed), \(FitFormat.count(p.censored)) served after a wait",
            "    # (censored), \(FitFormat.count(p.censoredAtZero)) served at once (censored at 0). Kaplan-Meier median "
                + (p.km.median.map(FitFormat.duration) ?? "beyond the longest wait") + ". MLE by AIC:",
        ]
        for f in p.candidates {
            out.append("    #   \(FitFormat.distribution(f.distribution)): AIC \(FitFormat.number(f.aic, 1)), gap to Kaplan-Meier \(FitFormat.number(f.distance, 4)) (while 1% still wait)")
        }
        if let check {
            out.append("    # Check: P(abandon) against E[wait] over \(check.cells) day-intervals gives mean patience \(FitFormat.duration(check.meanPatience)) (exponential).")
        }
        if let bands, let fit {
            out.append("    # Per band of the day (by arrival; clock hours pooled to at least \(BandFitting.minAbandoned) abandonments), best by AIC:")
            out.append("    patience:")
            out.append("      bands:")
            for b in bands {
                guard let e = b.patience, let f = e.best else { continue }
                out.append("        - \(bandEntry(b, f.distribution, fit: fit))"
                           + "   # \(FitFormat.count(e.events)) abandoned, \(FitFormat.count(e.censored)) censored")
            }
        } else {
            out.append("    patience: \(distribution(best.distribution))")
        }
        return out
    }

    /// The channel's classes (`classes:`, docs/scenario.md): each class's share of the
    /// offered contacts, its own handle time (per band when fitted so) and patience; the
    /// bank's priority customers with their head start. A class too small to fit keeps the
    /// channel's law.
    static func classes(_ c: ChannelFit, fit: FitResult, key: String) -> [String] {
        let total = Double(max(c.summary.offered, 1))
        var out = ["    classes:   # by \(fit.classedBy), fitted per class (share of the offered contacts, handle time, patience)"]
        var shares = c.classes.map { (Double($0.offered) / total * 1e9).rounded() / 1e9 }
        // The shares must sum to 1: the last takes what the others leave.
        shares[shares.count - 1] = 1 - shares.dropLast().reduce(0, +)
        for (k, cl) in zip(shares, c.classes) {
            out.append("      \(safeName(cl.name)):   # \(FitFormat.count(cl.offered)) offered, abandoned \(FitFormat.percent(Double(cl.abandoned) / Double(max(cl.offered, 1))))")
            out.append("        share: \(String(format: "%.9f", max(0, k)))")
            if fit.layout == .anonymousBank && fit.classedBy == BankClasses.priority.rawValue && cl.name == "high" {
                out.append("        # The bank's priority customers get 1.5 minutes of waiting time at the start")
                out.append("        # (data/anonymous-bank-1999/README.md, from the centre's documentation).")
                out.append("        head_start: 90s")
            }
            if let h = cl.handle, let best = h.best {
                if let bands = cl.handleBands {
                    out += ["        \(key):   # n \(FitFormat.count(h.count)), per band of the day", "          bands:"]
                    for b in bands {
                        guard let e = b.handle, let f = e.best else { continue }
                        out.append("            - \(bandEntry(b, f.distribution, fit: fit))   # n \(FitFormat.count(e.count))")
                    }
                } else {
                    out.append("        \(key): \(distribution(best.distribution))   # n \(FitFormat.count(h.count)), mean \(FitFormat.duration(h.mean))")
                }
            }
            if let p = cl.patience, let best = p.best {
                if let bands = cl.patienceBands {
                    out += ["        patience:   # \(FitFormat.count(p.events)) abandoned, per band of the day", "          bands:"]
                    for b in bands {
                        guard let e = b.patience, let f = e.best else { continue }
                        out.append("            - \(bandEntry(b, f.distribution, fit: fit))   # \(FitFormat.count(e.events)) abandoned")
                    }
                } else {
                    out.append("        patience: \(distribution(best.distribution))   # \(FitFormat.count(p.events)) abandoned, \(FitFormat.count(p.censored)) censored")
                }
            } else if cl.patience != nil && cl.abandoned == 0 {
                out.append("        patience: none   # no abandonment observed in this class")
            }
        }
        return out
    }

    /// One band of a `bands:` list: `{ from: "HH:MM", LAW }` (docs/scenario.md).
    static func bandEntry(_ b: BandFit, _ d: FittedDistribution, fit: FitResult) -> String {
        "{ from: \"\(FitFormat.clock(Double(b.start) * fit.intervalLength))\", \(bandLaw(d)) }"
    }

    /// A distribution as a band's entry: `distribution`'s map without its braces, to follow `from:`.
    static func bandLaw(_ d: FittedDistribution) -> String {
        let text = distribution(d)
        return String(text.dropFirst(2).dropLast(2))
    }

    /// A fitted distribution in the scenario's own parameters (mean and CV or shape).
    static func distribution(_ d: FittedDistribution) -> String {
        switch d {
        case .exponential(let m): return "{ exponential: { mean: \(FitFormat.seconds(m)) } }"
        case .weibull(let k, _):
            return "{ weibull: { mean: \(FitFormat.seconds(d.mean)), shape: \(String(format: "%.4f", min(max(k, shapeRange.lowerBound), shapeRange.upperBound))) } }"
        case .lognormal, .gamma:
            return "{ \(d.family): { mean: \(FitFormat.seconds(d.mean)), cv: \(String(format: "%.4f", min(max(d.cv, cvRange.lowerBound), cvRange.upperBound))) } }"
        }
    }

    static func team(_ c: ChannelFit, fit: FitResult) -> [String] {
        // Without agent names the distinct count is zero everywhere; the busy agents rounded
        // up are then the only evidence, and a floor.
        let named = c.staff.agentsNamed > 0
        var out = ["  \(safeName(c.name))-agents:"]
        if named {
            out += [
                "    # Agents present: per interval, the distinct agents who served someone in it, mean over the",
                "    # \(c.arrivals.days.count) days, rounded (\(c.staff.agentsNamed) agents named in all). It misses agents idle for a whole",
                "    # interval and counts one who served briefly as present throughout; the comment gives agents",
                "    # busy on average (service time / interval), a lower bound on those present. See docs/howto-fit.md.",
            ]
        } else {
            out += [
                "    # The log names no agents: the head-count is the agents busy on average (service time /",
                "    # interval, mean over the \(c.arrivals.days.count) days) rounded up, a floor on those present. See docs/howto-fit.md.",
            ]
        }
        out += ["    skills: [\(safeName(c.name))]", "    headcount:"]
        for (i, d) in c.staff.distinctServing.enumerated() {
            let n = named ? Int(d.rounded()) : Int(c.staff.busy[i].rounded(.up))
            out.append("      - \(n)   # \(FitFormat.clock(Double(i) * fit.intervalLength))  distinct \(FitFormat.number(d, 2)), busy \(FitFormat.number(c.staff.busy[i], 2))")
        }
        return out
    }
}
