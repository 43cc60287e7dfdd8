import ChannelModel
import Variates

/// Reads `visitors:`: website arrivals, segments, enquiry types with their self-serve
/// and channel choice.
enum VisitorReader {
    static func read(_ v: YAMLValue, channels: [ChannelSpec], context: ReaderContext) throws(ScenarioError) -> VisitorSpec {
        var m = try v.map()
        let rates = try ArrivalsReader.read(
            m.required("arrivals", expected: "expected arrivals: { daily_volume: N, profile: [...] } or rate / per_interval"),
            context: context)
        let cvV = m.optional("overdispersion_cv")
        let cv = try cvV?.double("expected a coefficient of variation ≥ 0, e.g. 0.08") ?? 0
        if let cvV, cv < 0 { throw cvV.error("must not be negative, got \(cv)", expected: "expected a number ≥ 0") }
        // The day factor is gamma with this CV: beyond 1 its tail multiplies a rare day's
        // arrivals without bound (the run would never end), and real days vary far less.
        if let cvV, cv > Limits.maxOverdispersionCV {
            throw cvV.error("\(cv) is above the supported 1", expected: "expected a coefficient of variation 0…1, e.g. 0.08")
        }
        var segments = [VisitorSpec.Segment(name: "all", share: 1)]
        if let sv = m.optional("segments") {
            segments = try shares(sv, what: "segment").map { VisitorSpec.Segment(name: $0.0, share: $0.1) }
        }
        let enquiriesV = try m.required("enquiries", expected: "expected enquiries: { NAME: { share, selfserve, choice } }")
        var em = try enquiriesV.map()
        var enquiries: [VisitorSpec.Enquiry] = []
        for (name, ev) in em.all() {
            if name == "all" { throw ev.error("'all' is reserved", expected: "expected another enquiry name (the totals use it)") }
            try Names.check(name, ev, what: "enquiry")
            enquiries.append(try enquiry(name: name, ev, channels: channels, segments: segments))
        }
        guard !enquiries.isEmpty else { throw enquiriesV.error("has no enquiry types", expected: "expected at least one") }
        try checkSum(enquiries.map(\.share), at: enquiriesV, what: "enquiry shares")
        let proactive = try m.optional("proactive").map { pv throws(ScenarioError) in
            try readProactive(pv, channels: channels, segments: segments)
        }
        var priority: [Int] = []
        if let pv = m.optional("priority_segments") {
            for x in try pv.list() { priority.append(try segmentIndex(x, segments: segments)) }
        }
        try m.finish()
        var spec = VisitorSpec(arrivalRates: rates, overdispersionCV: cv, segments: segments, enquiries: enquiries)
        spec.prioritySegments = priority
        // Chat escalations join the (first) phone channel.
        spec.escalationChannel = channels.firstIndex { $0.kind == .phone }
        spec.followUpChannel = channels.firstIndex { $0.kind == .form }
        if spec.followUpChannel == nil, let e = enquiries.first(where: { $0.endings.toForm > 0 }) {
            throw enquiriesV.error("enquiry '\(e.name)' has to_form endings but there is no form channel",
                                   expected: "expected a channel of kind form, or to_form: 0")
        }
        spec.proactive = proactive
        if spec.escalationChannel == nil, let e = enquiries.first(where: { $0.endings.toPhone > 0 }) {
            throw enquiriesV.error("enquiry '\(e.name)' has to_phone endings but there is no phone channel",
                                   expected: "expected a channel of kind phone, or to_phone: 0")
        }
        return spec
    }

    static func enquiry(name: String, _ v: YAMLValue, channels: [ChannelSpec],
                        segments: [VisitorSpec.Segment]) throws(ScenarioError) -> VisitorSpec.Enquiry {
        var m = try v.map()
        let share = try m.required("share", expected: "expected share: a number between 0 and 1").probability()
        var success = 0.0
        var time = Distribution.deterministic(0)
        if let sv = m.optional("selfserve") {
            var s = try sv.map()
            success = try s.required("success", expected: "expected success: probability that self-serve resolves it").probability()
            time = try DistributionReader.read(s.required("time", expected: "expected time: DURATION or distribution"))
            try s.finish()
        }
        let choice = try readChoice(m.required("choice", expected: "expected choice: { CHANNEL: weight, ..., leave: weight }"),
                                    channels: channels)
        var bySegment: [VisitorSpec.Choice?] = Array(repeating: nil, count: segments.count)
        if let bv = m.optional("choice_by_segment") {
            var bm = try bv.map()
            for (segment, cv) in bm.all() {
                guard let k = segments.firstIndex(where: { $0.name == segment }) else {
                    let hint = Suggest.closest(to: segment, in: segments.map(\.name)).map { "did you mean '\($0)'?" }
                    throw cv.error("segment '\(segment)' is not defined",
                                   expected: hint ?? "expected one of the segments: \(segments.map(\.name).joined(separator: ", "))")
                }
                bySegment[k] = try readChoice(cv, channels: channels)
            }
        }
        var endings = VisitorSpec.ChatEndings.allResolved
        if let ev = m.optional("endings") {
            var em = try ev.map()
            endings = VisitorSpec.ChatEndings(
                resolved: try em.optional("resolved")?.probability() ?? 0,
                unresolved: try em.optional("unresolved")?.probability() ?? 0,
                toPhone: try em.optional("to_phone")?.probability() ?? 0)
            endings.toForm = try em.optional("to_form")?.probability() ?? 0
            try em.finish()
            try checkSum([endings.resolved, endings.unresolved, endings.toPhone, endings.toForm], at: ev, what: "ending probabilities")
        }
        let sale = try m.optional("sale").map { sv throws(ScenarioError) in try SaleReader.read(sv, channels: channels) }
        try m.finish()
        var e = VisitorSpec.Enquiry(name: name, share: share, selfServeSuccess: success, selfServeTime: time,
                                    choice: choice, bySegment: bySegment)
        e.endings = endings
        e.sale = sale
        return e
    }

    /// `proactive: { channel, segments, share, accept, max_queue }`.
    static func readProactive(_ v: YAMLValue, channels: [ChannelSpec],
                              segments: [VisitorSpec.Segment]) throws(ScenarioError) -> VisitorSpec.Proactive {
        var m = try v.map()
        let chats = channels.indices.filter { channels[$0].kind == .chat }
        var channel: Int
        if let cv = m.optional("channel") {
            let name = try cv.string()
            guard let c = channels.firstIndex(where: { $0.name == name }), channels[c].kind == .chat else {
                let names = chats.map { channels[$0].name }
                let hint = Suggest.closest(to: name, in: names).map { "did you mean '\($0)'?" }
                throw cv.error("'\(name)' is not a chat channel", expected: hint ?? "expected one of: \(names.joined(separator: ", "))")
            }
            channel = c
        } else {
            guard let c = chats.first else { throw v.error("needs a chat channel", expected: "add a channel of kind chat") }
            channel = c
        }
        var invited: [Int] = []
        if let sv = m.optional("segments") {
            for x in try sv.list() { invited.append(try segmentIndex(x, segments: segments)) }
        }
        let share = try m.required("share", expected: "expected share: probability that a visitor is invited").probability()
        let accept = try m.required("accept", expected: "expected accept: probability that an invited visitor accepts").probability()
        let maxQueue = try m.optional("max_queue")?.positiveInt("expected a number of waiting chats ≥ 1")
        try m.finish()
        return VisitorSpec.Proactive(channel: channel, segments: invited, share: share, accept: accept, maxQueue: maxQueue)
    }

    /// The index of the segment `v` names.
    static func segmentIndex(_ v: YAMLValue, segments: [VisitorSpec.Segment]) throws(ScenarioError) -> Int {
        let name = try v.string()
        guard let k = segments.firstIndex(where: { $0.name == name }) else {
            let hint = Suggest.closest(to: name, in: segments.map(\.name)).map { "did you mean '\($0)'?" }
            throw v.error("segment '\(name)' is not defined",
                          expected: hint ?? "expected one of the segments: \(segments.map(\.name).joined(separator: ", "))")
        }
        return k
    }

    /// `{ chat: 0.5, phone: 0.3, leave: 0.2 }`: weights over channel names and `leave`, summing to 1.
    static func readChoice(_ v: YAMLValue, channels: [ChannelSpec]) throws(ScenarioError) -> VisitorSpec.Choice {
        var m = try v.map()
        let names = channels.map(\.name)
        var weights = Array(repeating: 0.0, count: channels.count)
        var leave = 0.0
        for (key, wv) in m.all() {
            let w = try wv.probability()
            if key == "leave" {
                leave = w
            } else if let c = names.firstIndex(of: key) {
                weights[c] = w
            } else {
                let hint = Suggest.closest(to: key, in: names + ["leave"]).map { "did you mean '\($0)'?" }
                throw wv.error("unknown channel '\(key)'", expected: hint ?? "expected a channel (\(names.joined(separator: ", "))) or leave")
            }
        }
        try checkSum(weights + [leave], at: v, what: "choice weights")
        return VisitorSpec.Choice(channels: weights, leave: leave)
    }

    /// A map of names to shares that sum to 1.
    static func shares(_ v: YAMLValue, what: String) throws(ScenarioError) -> [(String, Double)] {
        var m = try v.map()
        var out: [(String, Double)] = []
        for (name, sv) in m.all() {
            if name == "all" { throw sv.error("'all' is reserved", expected: "expected another \(what) name (the totals use it)") }
            try Names.check(name, sv, what: what)
            out.append((name, try sv.probability()))
        }
        guard !out.isEmpty else { throw v.error("is empty", expected: "expected at least one \(what)") }
        try checkSum(out.map(\.1), at: v, what: "\(what) shares")
        return out
    }

    static func checkSum(_ xs: [Double], at v: YAMLValue, what: String) throws(ScenarioError) {
        let total = xs.reduce(0, +)
        guard abs(total - 1) <= 1e-6 else {
            throw v.error("\(what) sum to \(total)", expected: "expected \(what) that sum to 1")
        }
    }
}

/// Reads a channel's `hours` and `hide_when`.
enum AvailabilityReader {
    static func read(_ m: inout YAMLMap, horizon: Horizon, isForm: Bool = false) throws(ScenarioError) -> Availability {
        var a = Availability()
        if let hv = m.optional("hours") {
            let s = try hv.string()
            let parts = s.split(separator: "-").map { Units.parseClock(String($0).trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 2, let open = parts[0], let close = parts[1], close > open else {
                throw hv.error("'\(s)' is not a range of hours", expected: "expected \"HH:MM-HH:MM\", e.g. \"08:00-22:00\"")
            }
            let dayOpen = horizon.dayStart, dayClose = horizon.dayStart + horizon.windowLength
            guard open < dayClose && close > dayOpen else {
                throw hv.error("\(s) lies outside the horizon's \(Units.clock(dayOpen))-\(Units.clock(dayClose))",
                               expected: "expected hours that overlap the horizon's day")
            }
            a.hours = open...close
        }
        if let wv = m.optional("hide_when") {
            // Forms are always offered (they can be submitted at any time), so nothing hides them.
            if isForm { throw wv.error("does not apply to a form", expected: "forms are always offered; remove it") }
            var w = try wv.map()
            a.maxQueue = try w.optional("queue")?.positiveInt("expected a number of waiting contacts ≥ 1")
            a.maxExpectedWait = try w.optional("expected_wait")?.duration()
            try w.finish()
        }
        return a
    }
}
