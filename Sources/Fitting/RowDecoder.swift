/// Column positions of the bank layout.
struct BankColumns: Sendable {
    var date, entry, vruTime, queueStart, queueTime, outcome, serviceTime, server: Int
}

/// Column positions of the generic layout.
struct GenericColumns: Sendable {
    var arrival, date, time: Int?
    var outcome, wait, handle: Int
    var agent: Int?
}

/// Turns one row of a log into a contact or a drop reason, under a resolved layout.
public struct RowDecoder: Sendable {
    enum Kind: Sendable { case bank(BankColumns), generic(GenericColumns) }
    let kind: Kind
    let classColumn: Int?
    let classIsPriority: Bool
    let channelColumn: Int?
    let layout: LogLayout

    /// The bank's "no value" marker in q_*/ser_* clock fields.
    static let noClock: [UInt8] = Array("0:00:00".utf8)
    static let noServer: [UInt8] = Array("NO_SERVER".utf8)

    public func decode(_ row: DelimitedLine) -> DecodedRow {
        switch kind {
        case .bank(let c): return bank(row, c)
        case .generic(let c): return generic(row, c)
        }
    }

    private func contactClass(_ row: DelimitedLine) -> String {
        guard let i = classColumn, i < row.count else { return "all" }
        if classIsPriority { return row.number(i) == 2 ? "high" : "regular" }
        let s = row.string(i)
        return s.isEmpty ? "unknown" : s
    }

    private func channel(_ row: DelimitedLine) -> String {
        guard let i = channelColumn, i < row.count else { return layout.defaultChannel }
        let s = row.string(i)
        return s.isEmpty ? layout.defaultChannel : s
    }

    private func bank(_ row: DelimitedLine, _ c: BankColumns) -> DecodedRow {
        guard row.count > max(c.date, c.entry, c.vruTime, c.queueStart, c.queueTime, c.outcome, c.serviceTime, c.server)
        else { return .dropped(.malformed) }
        let outcome = row.string(c.outcome)
        if outcome == "PHANTOM" { return .dropped(.phantom) }
        guard let day = CivilDate.parseDate(row.raw(c.date)) else {
            return .badTime(field: "date", value: row.string(c.date), expected: "YYMMDD, YYYYMMDD or YYYY-MM-DD")
        }
        guard let entry = CivilDate.parseClock(row.raw(c.entry)) else {
            return .badTime(field: "vru_entry", value: row.string(c.entry), expected: "H:MM:SS")
        }
        guard outcome == "AGENT" || outcome == "HANG",
              let vru = row.number(c.vruTime), let wait = row.number(c.queueTime), let service = row.number(c.serviceTime)
        else { return .dropped(.malformed) }
        if vru < 0 || wait < 0 || service < 0 { return .dropped(.negativeTime) }
        let served = outcome == "AGENT"
        if wait > layout.maxWait || (served && service > layout.maxHandle) { return .dropped(.outlier) }
        let queued = wait > 0 || !row.raw(c.queueStart).elementsEqual(Self.noClock)
        var agent: String?
        if served {
            if service == 0 { return .dropped(.zeroService) }
            // Exact match: the mangled names NO_SERVERAMA and ANO_SERVERT are real agents.
            if row.raw(c.server).elementsEqual(Self.noServer) { return .dropped(.noAgent) }
            agent = row.string(c.server)
        }
        // Offered to the agents when the call leaves the VRU; past midnight it is the next day's.
        let offered = entry + vru
        let dayShift = Int((offered / 86_400).rounded(.down))
        return .contact(ContactRecord(day: day + dayShift, second: offered - Double(dayShift) * 86_400,
                                      channel: channel(row), contactClass: contactClass(row),
                                      outcome: served ? .served : queued ? .abandoned : .leftBeforeQueue,
                                      wait: wait, handle: served ? service : 0, agent: agent))
    }

    static let servedWords: Set<String> = ["served", "answered", "agent", "handled", "completed"]
    static let abandonedWords: Set<String> = ["abandoned", "abandon", "hang", "hangup", "lost"]
    static let leftWords: Set<String> = ["ivr", "vru", "left", "left_before_queue"]
    static let phantomWords: Set<String> = ["phantom", "virtual", "test"]

    private func generic(_ row: DelimitedLine, _ c: GenericColumns) -> DecodedRow {
        let needed = [c.arrival, c.date, c.time, c.outcome, c.wait, c.handle].compactMap { $0 }.max() ?? 0
        guard row.count > needed else { return .dropped(.malformed) }
        let word = row.string(c.outcome).lowercased()
        if Self.phantomWords.contains(word) { return .dropped(.phantom) }
        let served = Self.servedWords.contains(word), abandoned = Self.abandonedWords.contains(word)
        let left = Self.leftWords.contains(word)
        guard served || abandoned || left else { return .dropped(.malformed) }
        var when: (day: Int, seconds: Double)?
        if let a = c.arrival {
            when = CivilDate.parseDateTime(row.raw(a))
            if when == nil { return .badTime(field: "arrival", value: row.string(a), expected: "YYYY-MM-DD HH:MM:SS") }
        } else if let d = c.date, let t = c.time {
            guard let day = CivilDate.parseDate(row.raw(d)) else {
                return .badTime(field: "date", value: row.string(d), expected: "YYYY-MM-DD, YYYYMMDD or YYMMDD")
            }
            guard let s = CivilDate.parseClock(row.raw(t)) else {
                return .badTime(field: "time", value: row.string(t), expected: "H:MM or H:MM:SS")
            }
            when = (day, s)
        }
        guard let when else { return .dropped(.malformed) }
        let wait = left ? 0 : row.number(c.wait)
        let handle = served ? row.number(c.handle) : 0
        guard let wait, let handle else { return .dropped(.malformed) }
        if wait < 0 || handle < 0 { return .dropped(.negativeTime) }
        if wait > layout.maxWait || handle > layout.maxHandle { return .dropped(.outlier) }
        if served && handle == 0 { return .dropped(.zeroService) }
        let agent = c.agent.flatMap { $0 < row.count ? row.string($0) : nil }.flatMap { $0.isEmpty ? nil : $0 }
        let shift = Int((when.seconds / 86_400).rounded(.down))
        return .contact(ContactRecord(day: when.day + shift, second: when.seconds - Double(shift) * 86_400,
                                      channel: channel(row), contactClass: contactClass(row),
                                      outcome: served ? .served : abandoned ? .abandoned : .leftBeforeQueue,
                                      wait: wait, handle: handle, agent: served ? agent : nil))
    }
}
