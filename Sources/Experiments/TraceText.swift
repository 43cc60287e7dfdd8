import ChannelModel

/// The text of a replication trace: JSON Lines (one event a line) or a flat CSV table with
/// one row per contact. The schemas are documented in docs/trace.md.
public struct TraceText {
    let spec: ModelSpec
    /// The events in time order (ties in the order the engine reported them).
    public let events: [TraceEvent]

    public init(spec: ModelSpec, events: [TraceEvent]) {
        self.spec = spec
        // Events are reported when the engine learns of them, and a customer message is
        // only reported with its reply: sort by time, keeping the report order on ties.
        self.events = events.enumerated().sorted { a, b in
            a.element.time != b.element.time ? a.element.time < b.element.time : a.offset < b.offset
        }.map(\.element)
    }

    /// Seconds to three decimals, without `String(format:)` (millions of calls).
    static func seconds(_ t: Double) -> String {
        let ms = Int((t * 1000).rounded())
        let sign = ms < 0 ? "-" : ""
        let a = abs(ms)
        let frac = a % 1000
        return "\(sign)\(a / 1000).\(frac < 10 ? "00" : frac < 100 ? "0" : "")\(frac)"
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// The clock time of engine time `t`: `d1 08:03:12.345` (day 1 is the horizon's first day).
    func clock(_ t: Double) -> String {
        let ms = Int(((spec.horizon.dayStart + t) * 1000).rounded())
        let day = ms / 86_400_000, inDay = ms % 86_400_000
        let s = inDay / 1000, frac = inDay % 1000
        return "d\(day + 1) \(Self.two(s / 3600)):\(Self.two(s % 3600 / 60)):\(Self.two(s % 60)).\(frac < 10 ? "00" : frac < 100 ? "0" : "")\(frac)"
    }

    func channelName(_ c: Int16) -> String? { c >= 0 && Int(c) < spec.channels.count ? spec.channels[Int(c)].name : nil }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where ch.value < 0x20: out += "\\u00" + (ch.value < 16 ? "0" : "") + String(ch.value, radix: 16)
            default: out.unicodeScalars.append(ch)
            }
        }
        return out + "\""
    }

    /// One JSON object for event `e`.
    public func line(_ e: TraceEvent) -> String {
        var s = "{\"t\":\(Self.seconds(e.time)),\"clock\":\"\(clock(e.time))\",\"event\":\"\(e.kind.name)\""
        if e.contact >= 0 { s += ",\"contact\":\(e.contact)" }
        if e.visitor >= 0 { s += ",\"visitor\":\(e.visitor)" }
        if let name = channelName(e.channel) { s += ",\"channel\":\(Self.quoted(name))" }
        let flag = e.code != 0 ? "true" : "false"
        switch e.kind {
        case .visitorArrived:
            if let v = spec.visitors {
                if Int(e.code) < v.segments.count { s += ",\"segment\":\(Self.quoted(v.segments[Int(e.code)].name))" }
                if Int(e.value) < v.enquiries.count { s += ",\"enquiry\":\(Self.quoted(v.enquiries[Int(e.value)].name))" }
            }
        case .invited, .callbackOffered: s += ",\"accepted\":\(flag)"
        case .answered: s += ",\"wait\":\(Self.seconds(e.value)),\"callback\":\(flag)"
        case .unanswered: s += ",\"wait\":\(Self.seconds(e.value)),\"callback\":\(flag)"
        case .abandoned: s += ",\"wait\":\(Self.seconds(e.value))"
        case .recontacted: s += ",\"wait\":\(Self.seconds(e.value)),\"withdrawn\":\(flag)"
        case .agentReply: s += ",\"delay\":\(Self.seconds(e.value))"
        case .completed, .leftMidChat: s += ",\"service\":\(Self.seconds(e.value))"
        case .ended: s += ",\"ending\":\"\(Self.endingName(e.code))\""
        case .visitorEnded: s += ",\"outcome\":\"\(VisitorOutcome(rawValue: Int(e.code))?.name ?? "?")\""
        case .arrived:
            if let name = className(channel: e.channel, code: e.code) { s += ",\"class\":\(Self.quoted(name))" }
        case .channelChosen, .customerMessage: break
        }
        return s + "}"
    }

    /// The class of an `arrived` event's contact (its code is the class + 1), if any.
    func className(channel: Int16, code: Int16) -> String? {
        guard code > 0, spec.channels.indices.contains(Int(channel)) else { return nil }
        let classes = spec.channels[Int(channel)].classes
        return classes.indices.contains(Int(code) - 1) ? classes[Int(code) - 1].name : nil
    }

    static func endingName(_ code: Int16) -> String {
        switch ContactEnding(traceCode: code) {
        case .resolved: "resolved"
        case .unresolved: "unresolved"
        case .transferred: "transferred"
        case nil: "?"
        }
    }

    /// The whole trace as JSON Lines (each line ends with a newline).
    public func jsonLines() -> String {
        var out = ""
        out.reserveCapacity(events.count * 110)
        for e in events {
            out += line(e)
            out += "\n"
        }
        return out
    }
}
