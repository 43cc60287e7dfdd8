import ChannelModel

/// One contact of a trace, flattened: the row of `--trace-format csv` (docs/trace.md).
public struct TraceContactRow: Sendable, Equatable {
    public var contact: Int32
    public var visitor: Int32 = -1
    public var channel: Int16 = -1
    public var arrival = 0.0
    /// Engine time of the answer (nil: never answered).
    public var answered: Double?
    public var callbackOffered = false
    public var callback = false
    public var messages = 0
    public var replies = 0
    /// Engine time of the contact's last event, and how it ended.
    public var end: Double?
    public var outcome = "open"
    /// The agent who answered it.
    public var agent: TraceAgent?
    /// Whether its messages were synthesised (a fluid chat's).
    public var syntheticMessages = false
    /// The contact a transfer made of it.
    public var transferredTo: Int32?
    /// The direct contact's class + 1 (0: none).
    public var classCode: Int16 = 0

    public init(contact: Int32) { self.contact = contact }
}

extension TraceText {
    /// One row per contact, in arrival order.
    public func contactRows() -> [TraceContactRow] {
        var rows: [TraceContactRow] = []
        for e in events where e.contact >= 0 {
            let i = Int(e.contact)
            while rows.count <= i { rows.append(TraceContactRow(contact: Int32(rows.count))) }
            switch e.kind {
            case .arrived:
                rows[i].visitor = e.visitor
                rows[i].channel = e.channel
                rows[i].arrival = e.time
                rows[i].classCode = e.code
            case .callbackOffered:
                rows[i].callbackOffered = true
                rows[i].callback = e.code != 0
            case .answered:
                rows[i].answered = e.time
                rows[i].agent = agent(e.contact)
            case .customerMessage:
                rows[i].messages += 1
                if e.code != 0 { rows[i].syntheticMessages = true }
            case .agentReply: rows[i].replies += 1
            case .abandoned: (rows[i].end, rows[i].outcome) = (e.time, "abandoned")
            case .leftMidChat: (rows[i].end, rows[i].outcome) = (e.time, "abandoned_mid_chat")
            case .unanswered: (rows[i].end, rows[i].outcome) = (e.time, "unanswered")
            case .ended:
                (rows[i].end, rows[i].outcome) = (e.time, Self.endingName(e.code))
                rows[i].transferredTo = transferTarget(e)
            case .queued, .completed, .recontacted, .visitorArrived, .invited, .channelChosen, .visitorEnded: break
            }
        }
        return rows
    }

    /// The columns of the CSV table.
    public static let csvHeader = "contact,visitor,channel,arrival_t,arrival_clock,answered_t,wait,callback_offered,callback,"
        + "customer_messages,agent_replies,end_t,end_clock,outcome,team,agent,synthetic_messages,transferred_to"

    /// The per-contact table as CSV (header first; empty fields for what did not happen),
    /// with a last `class` column when some channel has classes.
    public func csv() -> String {
        let withClasses = spec.channels.contains { !$0.classes.isEmpty }
        var out = Self.csvHeader + (withClasses ? ",class" : "") + "\n"
        for r in contactRows() {
            let name = channelName(r.channel).map(CSVField.quoted) ?? ""
            var f: [String] = ["\(r.contact)", r.visitor >= 0 ? "\(r.visitor)" : "", name,
                               Self.seconds(r.arrival), clock(r.arrival)]
            f.append(r.answered.map(Self.seconds) ?? "")
            f.append(r.answered.map { Self.seconds($0 - r.arrival) } ?? "")
            f += [r.callbackOffered ? "1" : "0", r.callback ? "1" : "0", "\(r.messages)", "\(r.replies)"]
            f += [r.end.map(Self.seconds) ?? "", r.end.map(clock) ?? "", r.outcome]
            f += [r.agent.flatMap { teamName($0.team) }.map(CSVField.quoted) ?? "", r.agent.map { "\($0.number)" } ?? "",
                  r.syntheticMessages ? "1" : "0", r.transferredTo.map { "\($0)" } ?? ""]
            if withClasses { f.append(className(channel: r.channel, code: r.classCode).map(CSVField.quoted) ?? "") }
            out += f.joined(separator: ",") + "\n"
        }
        return out
    }
}
