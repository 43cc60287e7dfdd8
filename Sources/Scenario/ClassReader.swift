import ChannelModel
import Variates

/// Reads a channel's `classes:`, a map from class name to `{ share, head_start | priority,
/// patience, handle | work, after_call_work }` (docs/scenario.md, "Classes of direct arrivals").
enum ClassReader {
    static func read(_ v: YAMLValue, kind: ChannelKind, mode: ChatMode, hasDirectArrivals: Bool,
                     context: ReaderContext) throws(ScenarioError) -> [ContactClass] {
        guard hasDirectArrivals else {
            throw v.error("applies to direct arrivals, and this channel has none",
                          expected: "give the channel arrivals, or remove classes (visitors' contacts use segments and priority_segments)")
        }
        var m = try v.map()
        let entries = m.all()
        guard !entries.isEmpty else { throw v.error("has no classes", expected: "expected at least one, e.g. regular: { share: 1 }") }
        guard entries.count <= Limits.maxClasses else {
            throw v.error("has \(entries.count) classes", expected: "expected at most \(Limits.maxClasses)")
        }
        var classes: [ContactClass] = []
        for (name, cv) in entries {
            try Names.check(name, cv, what: "class")
            classes.append(try one(name: name, cv, kind: kind, mode: mode, context: context))
        }
        let total = classes.map(\.share).reduce(0, +)
        guard abs(total - 1) <= 1e-9 else {
            throw v.error("class shares sum to \(total)", expected: "expected shares that sum to 1")
        }
        return classes
    }

    static func one(name: String, _ v: YAMLValue, kind: ChannelKind, mode: ChatMode,
                    context: ReaderContext) throws(ScenarioError) -> ContactClass {
        var m = try v.map()
        let share = try m.required("share", expected: "expected share: a number 0…1 (this class's part of the arrivals)").probability()
        var cl = ContactClass(name: name, share: share)
        let headV = m.optional("head_start"), priorityV = m.optional("priority")
        let head = try headV?.duration(positive: false) ?? 0
        cl.queueing = head > 0 ? .headStart(head) : .fifo
        if let priorityV {
            let s = try priorityV.string()
            switch s {
            case "strict":
                // A head start of 0 may stay beside it (a strategy switching a class to strict).
                if head > 0 {
                    throw priorityV.error("goes with head_start", expected: "give a class either head_start (credit in the queue) or priority: strict, not both")
                }
                cl.queueing = .strict
            case "fifo": break
            default: throw priorityV.error("unknown priority '\(s)'", expected: "expected strict (ahead of the queue) or fifo")
            }
        }
        if let p = m.optional("patience") {
            if kind == .form { throw p.error("does not apply to a form", expected: "forms are not abandoned in the backlog") }
            let laws = try BandReader.read(p, horizon: context.horizon, allowNever: true)
            cl.patience = laws.whole
            cl.patienceBands = laws.bands
        }
        let workKey = kind == .chat ? "work" : "handle", otherKey = kind == .chat ? "handle" : "work"
        if let wrong = m.optional(otherKey) {
            throw wrong.error("is not a field of a \(kind.rawValue) channel's class", expected: "expected '\(workKey)' for \(kind.rawValue)")
        }
        if let w = m.optional(workKey) {
            if case .messages = mode {
                throw w.error("does not apply to a chat in messages mode", expected: "a message-level chat's agent time is its replies; remove it")
            }
            let laws = try BandReader.read(w, horizon: context.horizon)
            cl.work = laws.whole
            cl.workBands = laws.bands
        }
        if let a = m.optional("after_call_work") {
            if case .messages = mode {
                throw a.error("does not apply to a chat in messages mode",
                              expected: "after-call work is modelled for phone, form and fluid chat channels; remove it")
            }
            cl.afterCallWork = try DistributionReader.read(a)
        }
        try m.finish()
        return cl
    }
}
