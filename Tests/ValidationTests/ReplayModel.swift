import ChannelModel
import Experiments
import Fitting
import Foundation
import Scenario

/// How the replay's model is built (docs/validation.md "Validation against reality").
struct ReplayOptions {
    /// Handle time: the first period's one law (`.day`), its law per clock hour (`.hour`),
    /// or each served call's recorded handle time (`recorded`, the fit only for abandoners).
    var handleBy: BandSplit = .day
    var recordedHandle = false
    var patienceBy: BandSplit = .day
    /// The bank's classes modelled (`priority`: high with its head start, and regular; or
    /// `type`), each with its own handle time and patience; `.none`: the channel's mixture.
    var classes: BankClasses = .none
    /// Random unavailable spells of the agents on duty (the team's `unavailability`), on
    /// top of the shrinkage; nil: none.
    var unavailability: Unavailability?
}

/// A replay ready to simulate: the period's recorded arrivals and agents present, with the
/// fitted period's distributions; and the log's contacts, the observed side.
struct ReplayModel {
    var spec: ModelSpec
    var records: [ContactRecord]
    /// The day number of the replay's day 1.
    var first: Int

    static let weekdays = "sun-thu"

    static func accumulate(_ logs: [String], _ a: String, _ b: String, keep: Bool, classes: BankClasses) throws -> LogAccumulator {
        let sel = FitSelection(from: try FitSelection.parseDate(a, flag: "from"), to: try FitSelection.parseDate(b, flag: "to"),
                               weekdays: try FitSelection.parseWeekdays(weekdays))
        var acc = LogAccumulator(intervalLength: 1800, selection: sel)
        acc.keepsRecords = keep
        try acc.read(paths: logs, layout: LogLayout(name: .anonymousBank, bankClasses: classes))
        return acc
    }

    /// Fits `fitLogs` over `fitFrom…fitTo` (Sunday to Thursday) for handle time and patience,
    /// then builds the replay of `replayLogs` over `from…to`: recorded arrivals and agents
    /// present, patience always drawn (the recorded one would tell who abandons).
    static func prepare(fitLogs: [String], fitFrom: String, fitTo: String, replayLogs: [String], from: String, to: String,
                        options o: ReplayOptions) throws -> ReplayModel {
        let fitAcc = try accumulate(fitLogs, fitFrom, fitTo, keep: false, classes: o.classes)
        let q1 = try Estimator.fit(fitAcc, files: fitLogs, layout: .anonymousBank, classedBy: o.classes.rawValue,
                                   handleBy: o.handleBy, patienceBy: o.patienceBy)
        let fitted = try ScenarioLoader.parse(ScenarioText.render(q1, name: "fit"), file: "fit.yaml").model.channels[0]
        let acc = try accumulate(replayLogs, from, to, keep: true, classes: o.classes)
        let period = try Estimator.fit(acc, files: replayLogs, layout: .anonymousBank, classedBy: o.classes.rawValue)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("channelsim-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try ReplayText.trace(acc.records, channel: "phone", classes: period.channels[0].classes.count > 1).write(to: dir.appendingPathComponent("trace.csv"), atomically: true, encoding: .utf8)
        let yaml = dir.appendingPathComponent("replay.yaml").path
        try ReplayText.render(period, name: "replay", traces: ["phone": "trace.csv"]).write(toFile: yaml, atomically: true, encoding: .utf8)
        var spec = try ScenarioLoader.load(path: yaml).model
        // The model under test: the first period's distributions (per band when fitted so),
        // no recorded patience, recorded handle times only if asked.
        spec.channels[0].work = fitted.work
        spec.channels[0].workBands = fitted.workBands
        spec.channels[0].patience = fitted.patience
        spec.channels[0].patienceBands = fitted.patienceBands
        spec.channels[0].arrivalPatience = nil
        // Each contact keeps its recorded class; the classes' laws are the first period's.
        for k in spec.channels[0].classes.indices {
            guard let q1Class = fitted.classes.first(where: { $0.name == spec.channels[0].classes[k].name }) else { continue }
            let share = spec.channels[0].classes[k].share
            spec.channels[0].classes[k] = q1Class
            spec.channels[0].classes[k].share = share
        }
        if !o.recordedHandle { spec.channels[0].arrivalWork = nil }
        spec.teams[0].unavailability = o.unavailability
        // The replay's day 1 is the first day the selection saw (start_date), not `from`.
        return ReplayModel(spec: spec, records: acc.records, first: ReplayText.days(period)!.lowerBound)
    }

    /// The model with `shrinkage` per clock hour (24 values) on the team.
    func with(shrinkageByHour s: [Double]) -> ModelSpec {
        var spec = self.spec
        let perHour = max(1, Int((3600 / spec.horizon.intervalLength).rounded()))
        let bands = (0..<spec.horizon.intervalsPerDay).map { s[min($0 / perHour, 23)] }
        spec.teams[0].shrinkage = bands[0]
        spec.teams[0].shrinkageBands = bands.allSatisfy { $0 == bands[0] } ? nil : bands
        return spec
    }

    /// Simulates `replications` of the replay with `shrinkage` per clock hour and compares
    /// each with the log, per hour of the day and per day.
    func simulate(replications: Int, shrinkageByHour s: [Double]) -> ReplayComparison {
        let spec = with(shrinkageByHour: s)
        var c = ReplayComparison()
        for r in records {
            c.observedByHour[Int(r.second / 3600), default: QueueCounts()].add(QueueCounts(observed: r))
            c.observedByDay[r.day, default: QueueCounts()].add(QueueCounts(observed: r))
        }
        let h = spec.horizon
        let runs = ReplicationRunner.run(spec: spec, seed: 1, replications: replications, threads: 2)
        for m in runs {
            var byHour: [Int: QueueCounts] = [:], byDay: [Int: QueueCounts] = [:]
            for (i, f) in m.channels[0].intervals.enumerated() where f[.offered] > 0 {
                let q = QueueCounts(simulated: f)
                byHour[Int(h.clockOfDay(h.start(ofInterval: i)) / 3600), default: QueueCounts()].add(q)
                byDay[first + i / h.intervalsPerDay, default: QueueCounts()].add(q)
            }
            c.simulatedByHour.append(byHour); c.simulatedByDay.append(byDay)
        }
        return c
    }

    /// Shrinkage per clock hour such that the replay's hourly abandonment matches the log's:
    /// bisection on [0, 0.6] in every hour at once (an hour abandoning too little needs more
    /// shrinkage), `rounds` times; hours with under 100 calls keep `start`. Run on the
    /// calibration period only (January–March), then applied unchanged to the next.
    func calibrateShrinkage(replications: Int, rounds: Int, start: Double = 0.3) -> [Double] {
        var lo = Array(repeating: 0.0, count: 24), hi = Array(repeating: 0.6, count: 24)
        var s = Array(repeating: start, count: 24)
        for _ in 0..<rounds {
            let c = simulate(replications: replications, shrinkageByHour: s)
            for row in ReplayComparison.rows(c.observedByHour, c.simulatedByHour, minOffered: 100) where row.key < 24 {
                if row.mean[0] < row.observed[0] { lo[row.key] = s[row.key] } else { hi[row.key] = s[row.key] }
                s[row.key] = (lo[row.key] + hi[row.key]) / 2
            }
        }
        return s
    }
}
