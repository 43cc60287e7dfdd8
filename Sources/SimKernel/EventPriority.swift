/// The named tie-breaking rank of events that fall at the same instant (lower runs first).
///
/// The kernel only orders by rank; the model decides what each name means. The
/// conventional use in channelsim: schedule changes (`boundary`) run before anything
/// else at that instant, then work finishing (`completion`), then customers giving up
/// (`abandonment`), then new arrivals, then bookkeeping (`late`). So an agent whose shift
/// starts at 09:00 can take a chat that arrives at exactly 09:00, and a slot freed at the
/// instant a waiting customer's patience runs out goes to that customer.
public struct EventPriority: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 0 is the most urgent; at most 255.
    public let rank: UInt8
    public let name: String

    public init(rank: UInt8, name: String) {
        self.rank = rank
        self.name = name
    }

    public static func < (lhs: EventPriority, rhs: EventPriority) -> Bool { lhs.rank < rhs.rank }
    public static func == (lhs: EventPriority, rhs: EventPriority) -> Bool { lhs.rank == rhs.rank }
    public func hash(into hasher: inout Hasher) { hasher.combine(rank) }
    public var description: String { name }

    public static let boundary = EventPriority(rank: 10, name: "boundary")
    public static let completion = EventPriority(rank: 20, name: "completion")
    public static let abandonment = EventPriority(rank: 30, name: "abandonment")
    public static let normal = EventPriority(rank: 40, name: "normal")
    public static let arrival = EventPriority(rank: 50, name: "arrival")
    public static let late = EventPriority(rank: 90, name: "late")
}
