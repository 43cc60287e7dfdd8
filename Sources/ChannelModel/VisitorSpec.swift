import Variates

/// Website visitors: who arrives, why, how many help themselves, and which channel the
/// others choose (DESIGN §1.1–1.2).
public struct VisitorSpec: Sendable, Equatable {
    /// Expected visitor arrivals per second in each interval of the horizon.
    public var arrivalRates: [Double]
    /// Coefficient of variation of the day-level Gamma factor (mean 1) that multiplies a
    /// whole day's rates; 0 for none.
    public var overdispersionCV: Double
    public var segments: [Segment]
    public var enquiries: [Enquiry]
    /// The phone channel that chat escalations (`toPhone`) join; nil when there is none.
    public var escalationChannel: Int?
    /// The form channel that follow-ups (`toForm`) join; nil when there is none.
    public var followUpChannel: Int?
    /// Proactive chat invitations; nil for none.
    public var proactive: Proactive?
    /// Segment indices whose contacts go ahead of the queue in every channel (a priority
    /// class, e.g. a high-value tier), FIFO among themselves and with priority escalations.
    public var prioritySegments: [Int] = []

    /// Proactive chat (DESIGN §1.2): a share of arriving visitors of chosen segments are
    /// invited to chat before they try self-serve, optionally only while the chat queue is
    /// short; an invited visitor accepts with a probability and joins the chat at once.
    public struct Proactive: Sendable, Equatable {
        /// The chat channel invitations open.
        public var channel: Int
        /// Segment indices invited (all when empty).
        public var segments: [Int]
        public var share: Double
        public var accept: Double
        /// Invite only while fewer than this many chats wait (nil: always).
        public var maxQueue: Int?
        public init(channel: Int, segments: [Int], share: Double, accept: Double, maxQueue: Int? = nil) {
            self.channel = channel
            self.segments = segments
            self.share = share
            self.accept = accept
            self.maxQueue = maxQueue
        }
    }

    public init(arrivalRates: [Double], overdispersionCV: Double = 0, segments: [Segment], enquiries: [Enquiry]) {
        self.arrivalRates = arrivalRates
        self.overdispersionCV = overdispersionCV
        self.segments = segments
        self.enquiries = enquiries
    }

    /// A group of visitors (device, customer status, value tier…).
    public struct Segment: Sendable, Equatable {
        public var name: String
        public var share: Double
        public init(name: String, share: Double) {
            self.name = name
            self.share = share
        }
    }

    /// A reason for visiting, with its self-serve behaviour and channel choice.
    public struct Enquiry: Sendable, Equatable {
        public var name: String
        public var share: Double
        /// Probability that self-serve resolves it.
        public var selfServeSuccess: Double
        /// Time spent in self-serve before success or giving up on it.
        public var selfServeTime: Distribution
        /// Choice after self-serve fails, for every segment (`bySegment` overrides).
        public var choice: Choice
        /// Per segment index: a different choice, or nil to use `choice`.
        public var bySegment: [Choice?]
        /// How a chat about this enquiry ends.
        public var endings: ChatEndings = .allResolved
        /// The sale the enquiry may lead to; nil for none.
        public var sale: SaleSpec?

        public init(name: String, share: Double, selfServeSuccess: Double, selfServeTime: Distribution,
                    choice: Choice, bySegment: [Choice?] = []) {
            self.name = name
            self.share = share
            self.selfServeSuccess = selfServeSuccess
            self.selfServeTime = selfServeTime
            self.choice = choice
            self.bySegment = bySegment
        }

        /// The choice weights that apply to a visitor of `segment`.
        public func choice(segment: Int) -> Choice {
            segment < bySegment.count ? bySegment[segment] ?? choice : choice
        }
    }

    /// How chats end (DESIGN §1.3): probabilities that sum to 1.
    public struct ChatEndings: Sendable, Equatable {
        public var resolved: Double
        public var unresolved: Double
        /// Transferred to the phone queue (chat-to-voice escalation), as a new contact.
        public var toPhone: Double
        /// Converted to a follow-up form: the visitor's enquiry joins the form backlog.
        public var toForm: Double = 0
        public init(resolved: Double, unresolved: Double, toPhone: Double) {
            self.resolved = resolved
            self.unresolved = unresolved
            self.toPhone = toPhone
        }
        public static let allResolved = ChatEndings(resolved: 1, unresolved: 0, toPhone: 0)
    }

    /// Weights over the channels (by index) and leaving unresolved; they sum to 1.
    public struct Choice: Sendable, Equatable {
        public var channels: [Double]
        public var leave: Double
        public init(channels: [Double], leave: Double) {
            self.channels = channels
            self.leave = leave
        }
    }
}

/// When a channel is offered to a visitor choosing how to get help.
public struct Availability: Sendable, Equatable {
    /// Opening hours as seconds after midnight, [open, close); nil: whenever the horizon's
    /// window is open.
    public var hours: ClosedRange<Double>?
    /// Hidden while this many or more contacts are waiting.
    public var maxQueue: Int?
    /// Hidden while the estimated wait exceeds this, seconds: (waiting + 1) × mean handle
    /// time ÷ slots on duty.
    public var maxExpectedWait: Double?
    /// Intervals of the horizon in which the channel is out of service (a channel outage in
    /// `stress`): never offered, to anyone, whatever its kind.
    public var outOfService: [Range<Int>] = []

    public init(hours: ClosedRange<Double>? = nil, maxQueue: Int? = nil, maxExpectedWait: Double? = nil) {
        self.hours = hours
        self.maxQueue = maxQueue
        self.maxExpectedWait = maxExpectedWait
    }

    public static let always = Availability()
}

/// How a contact ended, for the channel's tallies.
public enum ContactEnding: Sendable {
    case resolved, unresolved, transferred
}

/// How a visitor's story ended: exactly one per visitor.
public enum VisitorOutcome: Int, CaseIterable, Sendable {
    case selfServed
    /// Chose to leave unresolved (or nothing was offered).
    case left
    /// Their last contact ended resolved.
    case resolved
    /// Their last contact ended without resolving the enquiry.
    case unresolved
    /// Gave up in a queue.
    case abandoned
    /// Left a message-level chat because a reply took too long.
    case abandonedMidChat
    /// Still waiting when the run ended with nobody left to serve them.
    case unanswered

    public var name: String {
        switch self {
        case .selfServed: return "self_served"
        case .left: return "left"
        case .resolved: return "resolved"
        case .unresolved: return "unresolved"
        case .abandoned: return "abandoned"
        case .abandonedMidChat: return "abandoned_mid_chat"
        case .unanswered: return "unanswered"
        }
    }
}
