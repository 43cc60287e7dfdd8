import ChannelModel
import Fitting
import Foundation
import Scenario
import Statistics

/// Counts behind abandonment, ASA, P(wait) and service level (20 s) for a set of contacts.
struct QueueCounts {
    var offered = 0.0, abandoned = 0.0, answered = 0.0, waitSum = 0.0, waited = 0.0, within = 0.0

    mutating func add(_ o: QueueCounts) {
        offered += o.offered; abandoned += o.abandoned; answered += o.answered
        waitSum += o.waitSum; waited += o.waited; within += o.within
    }

    /// p_abandon, asa (s), p_wait, sl_offered: the model's definitions (docs/model.md).
    var figures: [Double] {
        [abandoned / offered, waitSum / answered, waited / offered, within / offered]
    }
    static let names = ["p_abandon", "asa", "p_wait", "sl_20s"]

    /// The log's contacts: an abandoner has waited; served after a wait > 0 has waited.
    init(observed r: ContactRecord) {
        offered = 1
        if r.outcome == .abandoned { abandoned = 1; waited = 1 } else {
            answered = 1; waitSum = r.wait; waited = r.wait > 0 ? 1 : 0; within = r.wait <= 20 ? 1 : 0
        }
    }

    /// One simulated interval's counts, rebuilt from its figures.
    init(simulated f: MetricValues) {
        offered = f[.offered]; abandoned = f[.abandoned]; answered = f[.answered]
        let due = offered - f[.notYetDue]
        waitSum = answered > 0 ? f[.asa] * answered : 0
        waited = offered > 0 ? f[.pWait] * offered : 0
        within = due > 0 ? f[.slOffered] * due : 0
    }

    init() {}
}

/// Observed against simulated, per hour of the day (over all days) and per day: the
/// validation of docs/validation.md "Replaying April to June".
struct ReplayComparison {
    /// Observed counts and, per replication, simulated counts, keyed by hour or by day.
    var observedByHour: [Int: QueueCounts] = [:], observedByDay: [Int: QueueCounts] = [:]
    var simulatedByHour: [[Int: QueueCounts]] = [], simulatedByDay: [[Int: QueueCounts]] = []

    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func log(_ month: String) -> String { root.appendingPathComponent("data/anonymous-bank-1999/\(month).txt.gz").path }

    /// Fits `fitLogs` over `fitFrom…fitTo` (Sunday to Thursday) for handle time and
    /// patience, then replays `replayLogs` over `from…to` with their recorded arrivals and
    /// agents present, `replications` times; `recordedHandle` also replays each served
    /// call's recorded handle time. `shrinkage` is the share of the
    /// agents present who were not taking calls (the team's `shrinkage`).
    static func run(fitLogs: [String], fitFrom: String, fitTo: String, replayLogs: [String], from: String, to: String,
                    replications: Int, recordedHandle: Bool = false, shrinkage: Double = 0) throws -> ReplayComparison {
        let weekdays = try FitSelection.parseWeekdays("sun-thu")
        let layout = LogLayout(name: .anonymousBank)
        func fit(_ logs: [String], _ a: String, _ b: String, keep: Bool) throws -> (FitResult, LogAccumulator) {
            let sel = FitSelection(from: try FitSelection.parseDate(a, flag: "from"), to: try FitSelection.parseDate(b, flag: "to"),
                                   weekdays: weekdays)
            var acc = LogAccumulator(intervalLength: 1800, selection: sel)
            acc.keepsRecords = keep
            try acc.read(paths: logs, layout: layout)
            return (try Estimator.fit(acc, files: logs, layout: .anonymousBank, classedBy: "type"), acc)
        }
        let (q1, _) = try fit(fitLogs, fitFrom, fitTo, keep: false)
        let fitted = try ScenarioLoader.parse(ScenarioText.render(q1, name: "fit"), file: "fit.yaml").model.channels[0]
        let (period, acc) = try fit(replayLogs, from, to, keep: true)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("channelsim-replay-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try ReplayText.trace(acc.records, channel: "phone").write(to: dir.appendingPathComponent("trace.csv"), atomically: true, encoding: .utf8)
        let yaml = dir.appendingPathComponent("replay.yaml").path
        try ReplayText.render(period, name: "replay", traces: ["phone": "trace.csv"]).write(toFile: yaml, atomically: true, encoding: .utf8)
        var spec = try ScenarioLoader.load(path: yaml).model
        // The model under test: the first period's distributions, no recorded patience (it
        // would tell the simulation who abandons), recorded handle times only if asked.
        spec.channels[0].work = fitted.work
        spec.channels[0].patience = fitted.patience
        spec.channels[0].arrivalPatience = nil
        if !recordedHandle { spec.channels[0].arrivalWork = nil }
        spec.teams[0].shrinkage = shrinkage

        var c = ReplayComparison()
        // The replay's day 1 is the first day the selection saw (start_date), not `from`.
        let first = ReplayText.days(period)!.lowerBound
        let h = spec.horizon
        for r in acc.records {
            let hour = Int(r.second / 3600)
            c.observedByHour[hour, default: QueueCounts()].add(QueueCounts(observed: r))
            c.observedByDay[r.day, default: QueueCounts()].add(QueueCounts(observed: r))
        }
        for rep in 0..<replications {
            let rec = MetricsRecorder(spec: spec)
            var sim = Simulation(spec: spec, seed: 1, replication: rep, monitor: rec)
            sim.run()
            let m = rec.metrics(replication: rep)
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

    /// Per key: observed figures, and the simulated mean with its 95 % half-width over replications.
    struct Row { var key: Int; var offered: Double; var observed: [Double]; var mean: [Double]; var halfWidth: [Double] }

    static func rows(_ observed: [Int: QueueCounts], _ simulated: [[Int: QueueCounts]], minOffered: Double) -> [Row] {
        observed.keys.sorted().compactMap { k in
            let o = observed[k]!
            guard o.offered >= minOffered else { return nil }
            let sims = simulated.map { ($0[k] ?? QueueCounts()).figures }
            var mean: [Double] = [], hw: [Double] = []
            for j in 0..<QueueCounts.names.count {
                let xs = sims.map { $0[j] }.filter(\.isFinite)
                let m = xs.reduce(0, +) / Double(max(xs.count, 1))
                let sd = xs.count > 1 ? (xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count - 1)).squareRoot() : 0
                mean.append(m); hw.append(xs.count > 1 ? StudentT.quantile(0.975, degreesOfFreedom: Double(xs.count - 1)) * sd / Double(xs.count).squareRoot() : 0)
            }
            return Row(key: k, offered: o.offered, observed: o.figures, mean: mean, halfWidth: hw)
        }
    }

    /// Mean absolute error and Pearson correlation of simulated means against observed, per figure.
    static func errors(_ rows: [Row]) -> (mae: [Double], correlation: [Double]) {
        var mae: [Double] = [], cor: [Double] = []
        for j in 0..<QueueCounts.names.count {
            let pairs = rows.map { ($0.observed[j], $0.mean[j]) }.filter { $0.0.isFinite && $0.1.isFinite }
            let n = Double(pairs.count)
            mae.append(pairs.reduce(0) { $0 + abs($1.0 - $1.1) } / n)
            let mx = pairs.reduce(0) { $0 + $1.0 } / n, my = pairs.reduce(0) { $0 + $1.1 } / n
            let sxy = pairs.reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
            let sxx = pairs.reduce(0) { $0 + ($1.0 - mx) * ($1.0 - mx) }, syy = pairs.reduce(0) { $0 + ($1.1 - my) * ($1.1 - my) }
            cor.append(sxy / (sxx * syy).squareRoot())
        }
        return (mae, cor)
    }

    /// Totals over the whole period: observed, and the simulated mean over replications.
    var totals: (observed: [Double], simulated: [Double]) {
        var o = QueueCounts()
        for v in observedByDay.values { o.add(v) }
        let sims = simulatedByDay.map { d -> [Double] in var s = QueueCounts(); for v in d.values { s.add(v) }; return s.figures }
        let mean = (0..<QueueCounts.names.count).map { j in sims.reduce(0) { $0 + $1[j] } / Double(sims.count) }
        return (o.figures, mean)
    }
}
