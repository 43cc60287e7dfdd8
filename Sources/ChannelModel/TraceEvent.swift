/// One thing that happened to a visitor or a contact in a traced replication, at an
/// engine time (seconds from the start of the horizon). See docs/trace.md.
///
/// Kept compact (32 bytes) because a traced day can hold millions of them.
public struct TraceEvent: Sendable, Equatable {
    /// What happened; the raw value is the `event` field of the JSON Lines trace.
    public enum Kind: UInt8, Sendable, CaseIterable {
        case visitorArrived, invited, channelChosen, visitorEnded
        case arrived, queued, callbackOffered, answered, customerMessage, agentReply
        case abandoned, leftMidChat, unanswered, completed, ended, recontacted

        /// The name written in the trace.
        public var name: String {
            switch self {
            case .visitorArrived: "visitor_arrived"
            case .invited: "invited"
            case .channelChosen: "channel_chosen"
            case .visitorEnded: "visitor_end"
            case .arrived: "arrived"
            case .queued: "queued"
            case .callbackOffered: "callback_offered"
            case .answered: "answered"
            case .customerMessage: "customer_message"
            case .agentReply: "agent_reply"
            case .abandoned: "abandoned"
            case .leftMidChat: "left_mid_chat"
            case .unanswered: "unanswered_at_end"
            case .completed: "completed"
            case .ended: "end"
            case .recontacted: "recontacted"
            }
        }
    }

    /// Engine time of the event.
    public var time: Double
    public var kind: Kind
    /// Contact number (0, 1, … in arrival order), or −1 for a visitor-only event.
    public var contact: Int32
    /// Visitor number (0, 1, … in arrival order), or −1 for a direct contact.
    public var visitor: Int32
    /// Channel index, or −1 for none.
    public var channel: Int16
    /// A kind-specific code: accepted (1/0) for `invited` and `callbackOffered`, callback
    /// (1/0) for `answered` and `unanswered`, withdrawn (1/0) for `recontacted`, synthesised
    /// (1/0) for `customerMessage` and `agentReply` (a fluid chat's, docs/trace.md), the
    /// `ContactEnding` (0 resolved, 1 unresolved, 2 transferred) for `ended`, the
    /// `VisitorOutcome` raw value for `visitorEnded`, the segment for `visitorArrived`, the
    /// class + 1 for `arrived` (0: no class); 0 otherwise.
    public var code: Int16
    /// A kind-specific duration in seconds: the wait (`answered`, `abandoned`,
    /// `unanswered`, `recontacted`), the reply delay (`agentReply`), the service time
    /// (`completed`, `leftMidChat`); the enquiry index for `visitorArrived`; the contact it
    /// became for a transferred `ended`; 0 otherwise.
    public var value: Double

    public init(time: Double, kind: Kind, contact: Int32 = -1, visitor: Int32 = -1, channel: Int16 = -1,
                code: Int16 = 0, value: Double = 0) {
        self.time = time
        self.kind = kind
        self.contact = contact
        self.visitor = visitor
        self.channel = channel
        self.code = code
        self.value = value
    }
}

extension ContactEnding {
    /// The code a trace stores for this ending.
    var traceCode: Int16 {
        switch self {
        case .resolved: 0
        case .unresolved: 1
        case .transferred: 2
        }
    }

    /// The ending of a trace code.
    public init?(traceCode: Int16) {
        switch traceCode {
        case 0: self = .resolved
        case 1: self = .unresolved
        case 2: self = .transferred
        default: return nil
        }
    }
}
