import ChannelModel

/// The text of a replication trace: JSON Lines (one event a line) or a flat CSV table with
/// one row per contact. The schemas are documented in docs/trace.md.
public struct TraceText {
    let spec: ModelSpec
    /// The events in time order (ties in the order the engine reported them).
    public let events: [TraceEvent]
    /// Per contact number, the agent who answered it.
    public let agents: [TraceAgent]
    /// Per contact number, its channel (for a transfer's destination).
    let contactChannels: [Int16]
    /// Names as JSON strings, quotes included, computed once (not once a line).
    let channelJSON: [[UInt8]], teamJSON: [[UInt8]], segmentJSON: [[UInt8]], enquiryJSON: [[UInt8]]
    /// Per channel, its classes' names as JSON strings.
    let classJSON: [[[UInt8]]]

    public init(spec: ModelSpec, capture: TraceCapture) {
        self.spec = spec
        agents = capture.agents
        // Events are reported when the engine learns of them, and a customer message is
        // only reported with its reply (a fluid chat's with its completion, a queued
        // contact's `queued` with its answer): sort by time, keeping the report order on ties.
        events = capture.events.enumerated().sorted { a, b in
            a.element.time != b.element.time ? a.element.time < b.element.time : a.offset < b.offset
        }.map(\.element)
        var channels = [Int16](repeating: -1, count: capture.agents.count)
        for e in capture.events where e.kind == .arrived && e.contact >= 0 {
            if Int(e.contact) >= channels.count { channels += [Int16](repeating: -1, count: Int(e.contact) + 1 - channels.count) }
            channels[Int(e.contact)] = e.channel
        }
        contactChannels = channels
        channelJSON = spec.channels.map { TraceBytes.quoted($0.name) }
        teamJSON = spec.teams.map { TraceBytes.quoted($0.name) }
        segmentJSON = spec.visitors?.segments.map { TraceBytes.quoted($0.name) } ?? []
        enquiryJSON = spec.visitors?.enquiries.map { TraceBytes.quoted($0.name) } ?? []
        classJSON = spec.channels.map { $0.classes.map { TraceBytes.quoted($0.name) } }
    }

    /// The agent who answered contact `c`, if any.
    func agent(_ c: Int32) -> TraceAgent? {
        c >= 0 && Int(c) < agents.count && agents[Int(c)].team >= 0 ? agents[Int(c)] : nil
    }

    func teamName(_ t: Int32) -> String? { t >= 0 && Int(t) < spec.teams.count ? spec.teams[Int(t)].name : nil }

    /// Seconds to three decimals.
    static func seconds(_ t: Double) -> String {
        var b = TraceBytes()
        b.seconds(t)
        return String(decoding: b.out, as: UTF8.self)
    }

    /// The clock time of engine time `t`: `d1 08:03:12.345` (day 1 is the horizon's first day).
    func clock(_ t: Double) -> String {
        var b = TraceBytes()
        clock(t, into: &b)
        return String(decoding: b.out, as: UTF8.self)
    }

    func clock(_ t: Double, into b: inout TraceBytes) {
        let ms = Int(((spec.horizon.dayStart + t) * 1000).rounded())
        let day = ms / 86_400_000, inDay = ms % 86_400_000
        let s = inDay / 1000
        b.append("d")
        b.int(day + 1)
        b.append(" ")
        b.two(s / 3600)
        b.append(":")
        b.two(s % 3600 / 60)
        b.append(":")
        b.two(s % 60)
        b.append(".")
        b.three(inDay % 1000)
    }

    func channelName(_ c: Int16) -> String? { c >= 0 && Int(c) < spec.channels.count ? spec.channels[Int(c)].name : nil }

    /// The contact a transferred `ended` became (nil for any other event).
    func transferTarget(_ e: TraceEvent) -> Int32? {
        e.kind == .ended && ContactEnding(traceCode: e.code) == .transferred && e.value >= 0 ? Int32(e.value) : nil
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

    /// One JSON object for event `e`.
    public func line(_ e: TraceEvent) -> String {
        var b = TraceBytes()
        append(e, to: &b)
        return String(decoding: b.out, as: UTF8.self)
    }

    /// The whole trace as JSON Lines, UTF-8 (each line ends with a newline), handed to `sink`
    /// in pieces of about a megabyte: a day's trace is never one buffer of its own size.
    public func writeJSONLines(_ sink: ([UInt8]) throws -> Void) rethrows {
        let piece = 1 << 20
        var b = TraceBytes(capacity: piece + 4096)
        for e in events {
            append(e, to: &b)
            b.append("\n")
            if b.out.count >= piece {
                try sink(b.out)
                b.out.removeAll(keepingCapacity: true)
            }
        }
        if !b.out.isEmpty { try sink(b.out) }
    }

    /// The whole trace as JSON Lines, UTF-8, in one buffer.
    public func jsonLinesBytes() -> [UInt8] {
        var all: [UInt8] = []
        writeJSONLines { all += $0 }
        return all
    }

    /// The whole trace as JSON Lines (each line ends with a newline).
    public func jsonLines() -> String { String(decoding: jsonLinesBytes(), as: UTF8.self) }
}
