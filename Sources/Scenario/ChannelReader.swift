import ChannelModel
import Variates

/// Reads `channels:`, a map from channel name to its settings.
enum ChannelReader {
    /// The channels, their `sl_target`s, and the names of those whose file sets `sl_time`.
    static func readAll(_ v: YAMLValue, context: ReaderContext) throws(ScenarioError)
        -> (channels: [ChannelSpec], slTargets: [String: Double], explicitSLTime: Set<String>) {
        var m = try v.map()
        let entries = m.all()
        guard !entries.isEmpty else { throw v.error("has no channels", expected: "expected at least one channel, e.g. chat: {...}") }
        guard entries.count <= 64 else { throw v.error("has \(entries.count) channels", expected: "expected at most 64") }
        var channels: [ChannelSpec] = [], targets: [String: Double] = [:], explicit: Set<String> = []
        var pending: [(Int, YAMLValue)] = []
        for (name, cv) in entries {
            if ["visitors", "team", "totals"].contains(name) {
                throw cv.error("'\(name)' is reserved", expected: "expected another channel name (outputs use it for visitor groups, teams and totals)")
            }
            try Names.check(name, cv, what: "channel")
            let (spec, target, recontact) = try read(name: name, cv, context: context)
            if case .mapping(let fields) = cv.node, fields.keys.contains(where: { $0.string == "sl_time" }) { explicit.insert(name) }
            if let recontact { pending.append((channels.count, recontact)) }
            channels.append(spec)
            if let target { targets[name] = target }
        }
        // Re-contact weights name channels: read them once all channels are known.
        for (c, wv) in pending {
            let choice = try VisitorReader.readChoice(wv, channels: channels)
            if choice.channels[c] > 0 {
                throw wv.error("sends submitters back to the same form", expected: "expected other channels (or leave) to contact again through")
            }
            channels[c].recontact = choice
        }
        return (channels, targets, explicit)
    }

    static func read(name: String, _ v: YAMLValue, context: ReaderContext) throws(ScenarioError) -> (ChannelSpec, Double?, YAMLValue?) {
        var m = try v.map()
        let kindV = m.optional("kind")
        let kind: ChannelKind
        if let kindV {
            let s = try kindV.string()
            guard let k = ChannelKind(rawValue: s) else {
                throw kindV.error("unknown channel kind '\(s)'", expected: "expected one of: chat, phone, form")
            }
            kind = k
        } else if let k = ChannelKind(rawValue: name) {
            kind = k
        } else {
            throw v.error("missing required field 'kind'", expected: "expected kind: chat, phone or form (it can be left out only for channels named chat, phone or form)")
        }
        // Direct arrivals: required unless website visitors bring the contacts.
        let rates: [Double]
        var trace: Trace?
        var overdispersionCV = 0.0
        if let av = context.hasVisitors ? m.optional("arrivals")
            : try m.required("arrivals", expected: "expected arrivals: { rate: 2/min } or per_interval / daily_volume") {
            if case .mapping(let fields) = av.node, fields.keys.contains(where: { $0.string == "trace" }) {
                if let cvField = fields.first(where: { $0.key.string == "overdispersion_cv" }) {
                    throw av.child("overdispersion_cv", cvField.value).error("does not apply to a replayed trace",
                                                                    expected: "a trace's days are the recorded ones; remove it")
                }
                trace = try TraceReader.read(av, kind: kind, context: context)
                rates = trace!.rates
            } else {
                (rates, overdispersionCV) = try ArrivalsReader.readWithCV(av, context: context, allowCV: true)
            }
        } else {
            rates = Array(repeating: 0, count: context.horizon.intervalCount)
        }
        let availability = try AvailabilityReader.read(&m, horizon: context.horizon, isForm: kind == .form)
        var callback: CallbackSpec?
        if let cv = m.optional("callback") {
            guard kind == .phone else { throw cv.error("applies only to phone channels", expected: "remove it from this \(kind.rawValue) channel") }
            var cm = try cv.map()
            let above = try cm.required("above_wait", expected: "expected above_wait: DURATION (estimated wait that triggers the offer)").duration(positive: false)
            let accept = try cm.required("accept", expected: "expected accept: probability that a caller takes the callback").probability()
            try cm.finish()
            callback = CallbackSpec(aboveWait: above, accept: accept)
        }
        var escalationPriority = false
        if let ev = m.optional("escalation") {
            let s = try ev.string()
            guard kind == .phone else { throw ev.error("applies only to phone channels", expected: "remove it from this \(kind.rawValue) channel") }
            guard s == "priority" || s == "fifo" else {
                throw ev.error("unknown escalation rule '\(s)'", expected: "expected priority (transfers go first) or fifo")
            }
            escalationPriority = s == "priority"
        }
        if kind == .form, let p = m.optional("patience") {
            throw p.error("does not apply to a form", expected: "forms are not abandoned in the backlog; use recontact_after")
        }
        // Handle time and patience may change over the day (bands); the arrival interval picks.
        let patienceLaws = try m.optional("patience").map { p throws(ScenarioError) in
            try BandReader.read(p, horizon: context.horizon, allowNever: true)
        } ?? (whole: Distribution.never, bands: nil)
        let patience = patienceLaws.whole
        let form = try FormReader.read(&m, kind: kind, hasVisitors: context.hasVisitors)
        let mode = try readMode(&m, kind: kind)
        let workKey = kind == .chat ? "work" : "handle"
        let otherKey = kind == .chat ? "handle" : "work"
        if let wrong = m.optional(otherKey) {
            throw wrong.error("is not a field of a \(kind.rawValue) channel", expected: "expected '\(workKey)' for \(kind.rawValue)")
        }
        let work: Distribution
        var workBands: [Distribution]?
        if case .messages = mode {
            // A message-level chat's agent time is its replies; `work` has no meaning there.
            if let w = m.optional("work") {
                throw w.error("does not apply to a chat in messages mode", expected: "give agent_reply and exchanges instead")
            }
            work = .deterministic(0)
        } else {
            (work, workBands) = try BandReader.read(m.required(workKey, expected: kind == .chat
                ? "expected work: DISTRIBUTION (agent time a chat needs when it is the agent's only one)"
                : kind == .form ? "expected handle: DISTRIBUTION (agent time to answer one item)"
                : "expected handle: DISTRIBUTION (call handle time)"), horizon: context.horizon)
        }
        // Wrap-up after each contact, in agent time only (docs/model.md, "After-call work").
        var afterCallWork: Distribution?
        if let v = m.optional("after_call_work") {
            if case .messages = mode {
                throw v.error("does not apply to a chat in messages mode",
                              expected: "after-call work is modelled for phone, form and fluid chat channels; remove it")
            }
            afterCallWork = try DistributionReader.read(v)
        }
        // Forms are answered in hours: their default service-level threshold is a day.
        let slTime = try m.optional("sl_time")?.duration(positive: false) ?? (kind == .form ? 86_400 : 20)
        let target = try m.optional("sl_target")?.probability()
        var assignment = AssignmentRule.leastLoaded
        if let av = m.optional("assignment") {
            let s = try av.string()
            guard let a = AssignmentRule(rawValue: s) else {
                throw av.error("unknown assignment rule '\(s)'", expected: "expected least_loaded or fill_busiest")
            }
            guard kind == .chat else { throw av.error("applies only to chat channels", expected: "remove it from this \(kind.rawValue) channel") }
            assignment = a
        }
        let classes = try m.optional("classes").map { cv throws(ScenarioError) in
            try ClassReader.read(cv, kind: kind, mode: mode, hasDirectArrivals: rates.contains { $0 > 0 } || trace != nil,
                                 context: context)
        } ?? []
        try m.finish()
        var spec = ChannelSpec(name: name, kind: kind, patience: patience, work: work, slTime: slTime,
                               assignment: assignment, arrivalRates: rates)
        spec.mode = mode
        spec.workBands = workBands
        spec.patienceBands = patienceLaws.bands
        if let trace {
            spec.arrivalTimes = trace.times
            spec.arrivalWork = trace.work
            spec.arrivalPatience = trace.patience
            spec.arrivalClasses = try trace.classIndices(classes)
        }
        spec.classes = classes
        spec.overdispersionCV = overdispersionCV
        spec.availability = availability
        spec.escalationPriority = escalationPriority
        spec.callback = callback
        spec.afterCallWork = afterCallWork
        spec.recontactAfter = form.after
        spec.withdrawOnRecontact = form.withdraw
        return (spec, target, form.weights)
    }

    /// Reads `mode: fluid | messages` and, for messages, the exchange fields.
    static func readMode(_ m: inout YAMLMap, kind: ChannelKind) throws(ScenarioError) -> ChatMode {
        let messageKeys = ["exchanges", "customer_typing", "agent_reply", "in_chat_patience"]
        guard let modeV = m.optional("mode") else {
            for k in messageKeys {
                if let v = m.optional(k) {
                    throw v.error("applies only to chat channels in mode: messages",
                                  expected: kind == .chat ? "add mode: messages, or remove it" : "remove it from this \(kind.rawValue) channel")
                }
            }
            return .fluid
        }
        let s = try modeV.string()
        guard kind == .chat else { throw modeV.error("applies only to chat channels", expected: "remove it from this \(kind.rawValue) channel") }
        switch s {
        case "fluid":
            for k in messageKeys {
                if let v = m.optional(k) { throw v.error("applies only to mode: messages", expected: "use mode: messages, or remove it") }
            }
            return .fluid
        case "messages":
            let exchanges = try DistributionReader.readCount(
                m.required("exchanges", expected: "expected exchanges: COUNT, e.g. { poisson: { mean: 6 } }"))
            let typing = try DistributionReader.read(
                m.required("customer_typing", expected: "expected customer_typing: DISTRIBUTION (time the customer takes to write)"))
            let reply = try DistributionReader.read(
                m.required("agent_reply", expected: "expected agent_reply: DISTRIBUTION (agent time to read and answer one message)"))
            let patience = try m.optional("in_chat_patience").map { v throws(ScenarioError) in
                try DistributionReader.read(v, allowNever: true)
            } ?? .never
            return .messages(MessageSpec(exchanges: exchanges, customerTyping: typing, agentReply: reply, inChatPatience: patience))
        default:
            throw modeV.error("unknown mode '\(s)'", expected: "expected fluid or messages")
        }
    }
}
