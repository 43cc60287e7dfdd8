import SimKernel
import Variates

/// Where a customer is in its life.
enum CustomerState: UInt8 {
    case free, waiting, abandoned, inService
    /// A website visitor trying self-serve, before any contact.
    case selfServing
    // Message-level chats (in service): waiting for the agent's reply, the agent writing
    // it, or the customer writing their next message.
    case awaitingReply, replying, typing
    /// Not a customer: an agent's after-call work, holding the slot its contact left.
    case wrapUp
}

/// One customer's attributes and progress (drawn at arrival; see docs/model.md).
struct Customer {
    var arrival: Double = 0
    var patience: Double = 0
    var work: Double = 0
    /// After-call work the agent owes once this contact ends (drawn as it joins the channel).
    var wrap: Double = 0
    /// Agent-virtual time at which the work is done (fluid sharing; see `AgentPool`).
    var finishV: Double = 0
    var answeredAt: Double = 0
    var channel: Int32 = 0
    var interval: Int32 = 0
    /// The agent serving the customer (while in service).
    var agent: Int32 = -1
    var state: CustomerState = .free
    // Message-level chats.
    /// Exchanges still to come (each: a reply, then the customer's next message if any).
    var exchangesLeft: Int32 = 0
    /// When the customer's last message arrived (its reply is being waited for).
    var replyNeededAt: Double = 0
    /// How long this customer waits for any one reply before leaving mid-chat.
    var inChatPatience: Double = .infinity
    /// The chat's duration had the agent held it alone: replies plus typing, accumulated
    /// as they are drawn (fluid chats: the work content).
    var aloneTime: Double = 0
    /// Key of the customer's message substream (see `RandomStream.init(substreamSeed:)`).
    var scriptKey: UInt64 = 0
    // Website visitors (segment −1 for direct arrivals).
    var segment: Int16 = -1
    var enquiry: Int16 = -1
    var selfServeSucceeds = false
    var visitorInterval: Int32 = 0
    var visitorArrival: Double = 0
    /// Uniforms drawn at arrival, turned into values by the chosen channel's distributions.
    var uChoice: Double = 0, uPatience: Double = 0, uWork: Double = 0, uInChat: Double = 0, uEnding: Double = 0
    var uRecontact: Double = 0, uCallback: Double = 0
    /// Whether the visitor buys (compared with the conversion probability of its outcome)
    /// and the quantile of its order value.
    var uSale: Double = 0, uOrderValue: Double = 0
    /// Visitor group (segment × enquiries + enquiry) of the visitor this contact belongs
    /// to, kept by a form item its submitter left behind; −1 for direct contacts.
    var group: Int32 = -1
    /// Satisfaction proxy: the per-minute waiting score accrued over the visitor's waits.
    var waitScore: Double = 0
    /// Waiting (or served) as a callback rather than in the live queue.
    var callback = false
    /// This contact is a chat's transfer (to phone, or a follow-up form): never offered a
    /// callback, whatever the phone channel's `escalation`. Kept apart from the priority
    /// flag, which `escalation: fifo` leaves false for transfers.
    var transferred = false
}

/// A free-list pool of customers, so memory stays at the peak number present at once
/// rather than growing with every visitor.
///
/// A slot is reused once its customer has left, so every event about a customer carries
/// the slot's generation; releasing a slot bumps it and so cancels the old customer's
/// pending timers. Message-level chats also keep a reply timer per slot (bumped when a
/// reply arrives) and a substream generator per slot, reused from customer to customer.
struct CustomerPool {
    private(set) var items: ContiguousArray<Customer> = []
    private var freeList: [Int32] = []
    private(set) var generations = GenerationTable()
    /// In-chat patience timers: bumped whenever the awaited reply arrives or the customer leaves.
    var replyTimers = GenerationTable()
    /// Per slot: the message substream (only when some channel is message-level).
    private(set) var scripts: [RandomStream] = []
    let withScripts: Bool

    init(capacity: Int, withScripts: Bool = false) {
        items.reserveCapacity(capacity)
        self.withScripts = withScripts
    }

    @inline(__always)
    mutating func allocate() -> Int32 {
        if let i = freeList.popLast() { return i }
        items.append(Customer())
        _ = generations.append()
        _ = replyTimers.append()
        if withScripts { scripts.append(RandomStream(substreamSeed: UInt64(items.count))) }
        return Int32(items.count - 1)
    }

    @inline(__always)
    mutating func release(_ i: Int32) {
        items[Int(i)].state = .free
        generations.bump(Int(i))
        replyTimers.bump(Int(i))
        freeList.append(i)
    }

    @inline(__always)
    func generation(_ i: Int32) -> Generation { generations.current(Int(i)) }

    /// The message substream of slot i.
    func script(_ i: Int32) -> RandomStream { scripts[Int(i)] }

    subscript(i: Int32) -> Customer {
        get { items[Int(i)] }
        _modify { yield &items[Int(i)] }
    }

    /// Customers currently present (waiting, in service, or abandoned but still queued).
    var inUse: Int { items.count - freeList.count }
}
