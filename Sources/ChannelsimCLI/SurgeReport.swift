import ChannelModel
import Experiments
import Foundation
import Scenario
import Statistics

/// What `stress --surge` and `--outage` print: per event, when each target is met again,
/// then what was lost, where contacts went instead, and the queue left behind.
struct SurgeReport {
    var impacts: [SurgeImpact]
    var lost: [(MetricKey, PairedDifference)]
    var result: ExperimentResult
    var scenario: Scenario

    func table() -> String {
        let h = scenario.model.horizon, level = FigureFormat.level(result.design.confidence)
        var out = "\(scenario.name): \(impacts.map(\.surge.text).joined(separator: ", ")) against the plan without, "
            + "\(result.replications) replications, seed \(result.design.seed), \(level) confidence intervals\n"
        for impact in impacts {
            let s = impact.surge
            out += "\nafter \(s.text) (\(h.label(ofInterval: s.first)) to \(Units.clock(h.clockOfDay(h.end(ofInterval: s.first + s.count - 1)))))\n"
            var t = TextTable(columns: ["target", "during it", "met again in", "within"], rightAligned: [false, false, false, true])
            for r in impact.recoveries {
                t.add([r.target.text, r.missedDuringSurge ? "missed" : r.judgedDuringSurge ? "met" : "no contacts",
                       r.missedDuringSurge ? (r.interval.map { h.label(ofInterval: $0) } ?? "not before the end") : "-",
                       r.missedDuringSurge || r.judgedDuringSurge ? r.seconds.map { Units.formatDurationCompact($0) } ?? "-" : "-"])
            }
            out += t.render()
            var b = TextTable(columns: ["channel", "mean_queue plan", "with it", "oldest waiting plan", "with it"],
                              rightAligned: [false, true, true, true, true])
            for q in impact.backlog {
                b.add([q.channel, FigureFormat.value(q.meanQueue.base, .level), FigureFormat.value(q.meanQueue.surge, .level),
                       FigureFormat.value(q.oldestWaiting.base, .seconds), FigureFormat.value(q.oldestWaiting.surge, .seconds)])
            }
            out += "queue in its last interval\n" + b.render()
        }
        out += "\nover the horizon, with − without (paired): what was lost, and where contacts went\n"
        var l = TextTable(columns: ["figure", "difference", "\(level) CI"], rightAligned: [false, true, true])
        for (k, d) in lost {
            let ci = d.interval
            l.add([k.description, FigureFormat.difference(ci.mean, .count),
                   ci.halfWidth == nil ? "-" : "[\(FigureFormat.difference(ci.low, .count)), \(FigureFormat.difference(ci.high, .count))]"])
        }
        return out + l.render()
    }

    func json() -> JSON {
        let h = scenario.model.horizon
        return .object([
            ("scenario", .string(scenario.name)), ("replications", .int(result.replications)), ("seed", .string(String(result.design.seed))),
            ("confidence", .num(result.design.confidence)),
            ("events", .array(impacts.map { i in
                .object([("event", .string(i.surge.text)), ("first_interval", .string(h.label(ofInterval: i.surge.first))),
                         ("intervals", .int(i.surge.count)),
                         ("recovery", .array(i.recoveries.map { r in
                             .object([("target", .string(r.target.text)), ("missed_during_surge", .bool(r.missedDuringSurge)),
                                      ("judged_during_surge", .bool(r.judgedDuringSurge)),
                                      ("met_again_in", r.interval.map { .string(h.label(ofInterval: $0)) } ?? .null),
                                      ("within_s", .num(r.seconds))])
                         })),
                         ("backlog", .array(i.backlog.map { q in
                             .object([("channel", .string(q.channel)), ("mean_queue_plan", .num(q.meanQueue.base)),
                                      ("mean_queue_surge", .num(q.meanQueue.surge)), ("oldest_waiting_plan_s", .num(q.oldestWaiting.base)),
                                      ("oldest_waiting_surge_s", .num(q.oldestWaiting.surge))])
                         }))])
            })),
            ("effects", .array(lost.map { k, d in
                .object([("scope", .string(k.scope)), ("metric", .string(k.metric))] + ExperimentJSON.interval(d.interval))
            })),
        ])
    }
}
