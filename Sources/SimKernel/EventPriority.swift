/// The named tie-breaking rank of events that fall at the same instant (lower runs first).
///
/// The kernel only orders by rank; the model decides what each name means. The
/// conventional use in channelsim: schedule changes (`boundary`) run before anything
/// else at that instant, then work finishing (`completion`), then customers giving up
/// (`abandonment`), then new arrivals, then bookkeeping (`late`). So an agent whose shift
/// starts at 09:00 can take a chat that arrives at exactly 09:00, and a slot freed at the
/// instant a waiting customer's patience runs out goes to that customer.
///
/// A priority is just its rank (a trivial value, cheap on the hot path); the names are
/// the static members below.
public struct EventPriority: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// 0 is the most urgent; at most 255.
    public let rank: UInt8

    @inlinable
    public init(rank: UInt8) { self.rank = rank }

    public static func < (lhs: EventPriority, rhs: EventPriority) -> Bool { lhs.rank < rhs.rank }

    @inlinable public static var boundary: EventPriority { EventPriority(rank: 10) }
    @inlinable public static var completion: EventPriority { EventPriority(rank: 20) }
    @inlinable public static var abandonment: EventPriority { EventPriority(rank: 30) }
    @inlinable public static var normal: EventPriority { EventPriority(rank: 40) }
    @inlinable public static var arrival: EventPriority { EventPriority(rank: 50) }
    @inlinable public static var late: EventPriority { EventPriority(rank: 90) }

    public var description: String {
        switch rank {
        case 10: return "boundary"
        case 20: return "completion"
        case 30: return "abandonment"
        case 40: return "normal"
        case 50: return "arrival"
        case 90: return "late"
        default: return "rank \(rank)"
        }
    }
}
