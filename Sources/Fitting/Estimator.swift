import Foundation

/// Turns an accumulated log into estimates: arrivals, handle time, patience and staff per
/// channel, and handle time and patience per class.
public enum Estimator {
    /// Fits everything. An empty selection (no contact offered to agents) is a `FitError`.
    /// `handleBy` and `patienceBy` choose one law all day or one per clock hour (pooled).
    public static func fit(_ acc: LogAccumulator, files: [String], layout: LayoutName, classedBy: String,
                           handleBy: BandSplit = .day, patienceBy: BandSplit = .day) throws(FitError) -> FitResult {
        let channels = acc.channels.compactMap { name -> ChannelFit? in
            guard let table = acc.tables[name] else { return nil }
            let all = acc.channelSamples(name)
            guard all.served + all.abandoned > 0 else { return nil }
            // A class that never reached the queue (the bank's AA: all left in the IVR) has nothing to fit.
            let classes = acc.groups.keys.filter { $0.channel == name && acc.groups[$0]!.served + acc.groups[$0]!.abandoned > 0 }.sorted().map { k in
                var fit = classFit(k.contactClass, acc.groups[k]!, table: nil)
                let perInterval = acc.classIntervalGroups[k] ?? []
                // A class's own bands, pooled like the channel's: a small class gets one law.
                if handleBy == .hour { fit.handleBands = BandFitting.handle(perInterval, intervalLength: acc.intervalLength) }
                if patienceBy == .hour { fit.patienceBands = BandFitting.patience(perInterval, intervalLength: acc.intervalLength) }
                return fit
            }
            // Days in order, so the sum (and the report) is the same bytes in every run.
            let waitSum = table.days.keys.sorted().reduce(0.0) { $0 + table.days[$1]!.reduce(0) { $0 + $1.waitSum } }
            let perInterval = acc.intervalGroups[name] ?? []
            return ChannelFit(name: name, arrivals: arrivals(table), summary: classFit(name, all, table: table),
                              staff: staff(table), classes: classes,
                              meanWait: waitSum / Double(all.served + all.abandoned),
                              handleBands: handleBy == .hour ? BandFitting.handle(perInterval, intervalLength: acc.intervalLength) : nil,
                              patienceBands: patienceBy == .hour ? BandFitting.patience(perInterval, intervalLength: acc.intervalLength) : nil)
        }
        guard !channels.isEmpty else {
            let why = acc.rowsRead == 0 ? "the log has no rows"
                : "\(FitFormat.count(acc.rowsRead)) rows read, \(FitFormat.count(acc.droppedTotal)) dropped, \(FitFormat.count(acc.outsideSelection)) outside the selection (\(acc.selection.summary))"
            throw FitError("no contact offered to agents to fit: \(why) (expected a selection with served or abandoned contacts)")
        }
        return FitResult(files: files, layout: layout, selection: acc.selection, intervalLength: acc.intervalLength,
                         rowsRead: acc.rowsRead, dropped: acc.dropped, outsideSelection: acc.outsideSelection,
                         channels: channels, classedBy: classedBy, tables: acc.tables)
    }

    static func classFit(_ name: String, _ g: GroupSamples, table: DayIntervalTable?) -> ClassFit {
        ClassFit(name: name, served: g.served, abandoned: g.abandoned, leftBeforeQueue: g.leftBeforeQueue,
                 handle: handle(g), patience: patience(g, table: table))
    }

    public static func handle(_ g: GroupSamples) -> HandleEstimate? {
        let s = g.handle.sample(zeroAs: 0.25)
        guard s.total >= 2 else { return nil }
        return HandleEstimate(count: Int(s.total), mean: s.mean, cv: s.cv,
                              candidates: HandleTimeFit.candidates(s, halfWidth: 0.5), sample: s)
    }

    public static func patience(_ g: GroupSamples, table: DayIntervalTable?) -> PatienceEstimate? {
        let events = g.abandonWaits.sample(zeroAs: 0.25), censored = g.servedWaits.sample(zeroAs: nil)
        guard g.abandoned + g.served > 0 else { return nil }
        let km = KaplanMeier(events: events, censored: censored)
        return PatienceEstimate(events: g.abandoned, censored: Int(censored.total),
                                censoredAtZero: g.served - Int(censored.total), km: km,
                                candidates: PatienceFit.candidates(events: events, censored: censored, km: km),
                                check: table.flatMap(check))
    }

    static func check(_ table: DayIntervalTable) -> AbandonWaitCheck? {
        var sxy = 0.0, sxx = 0.0, cells = 0
        for day in table.sortedDays {
            for c in table.days[day]! where c.offered >= AbandonWaitCheck.minOffered {
                let n = Double(c.offered)
                let x = c.waitSum / n, y = Double(c.abandoned) / n
                sxy += n * x * y; sxx += n * x * x; cells += 1
            }
        }
        guard cells >= 2, sxx > 0, sxy > 0 else { return nil }
        return AbandonWaitCheck(cells: cells, slope: sxy / sxx, meanPatience: sxx / sxy)
    }

    static func arrivals(_ t: DayIntervalTable) -> ArrivalEstimate {
        let days = t.sortedDays
        let volumes = days.map { t.dayTotal($0) { Double($0.offered) } }
        let mean = volumes.reduce(0, +) / Double(volumes.count)
        let sd = volumes.count > 1
            ? (volumes.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(volumes.count - 1)).squareRoot() : 0
        let perInterval = t.meanPerInterval { Double($0.offered) }
        let total = perInterval.reduce(0, +)
        var byWeekday: [(Int, Int, Double)] = []
        for w in 0..<7 {
            let v = zip(days, volumes).filter { CivilDate.weekday($0.0) == w }.map(\.1)
            if !v.isEmpty { byWeekday.append((w, v.count, v.reduce(0, +) / Double(v.count))) }
        }
        let left = days.reduce(0.0) { $0 + t.dayTotal($1) { Double($0.leftBeforeQueue) } } / Double(days.count)
        return ArrivalEstimate(days: days, dailyVolumes: volumes, meanDaily: mean, dailyCV: mean > 0 ? sd / mean : 0,
                               perInterval: perInterval, profile: perInterval.map { total > 0 ? $0 / total : 0 },
                               byWeekday: byWeekday, meanLeftBeforeQueue: left)
    }

    static func staff(_ t: DayIntervalTable) -> StaffEstimate {
        StaffEstimate(distinctServing: t.meanPerInterval { Double($0.agents.count) },
                      busy: t.meanPerInterval { $0.busySeconds / t.intervalLength },
                      agentsNamed: t.agentNames.count)
    }
}
