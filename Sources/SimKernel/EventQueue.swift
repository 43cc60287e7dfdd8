/// A future event list: a binary min-heap keyed by (time, priority, insertion sequence).
///
/// Ties in time are broken first by the event's named `EventPriority`, then by the order
/// in which events were scheduled, so a run is a pure function of its inputs (the same
/// ordering rules as SimPy's and simmer's queues). The payload is a small value chosen by
/// the model; the queue never looks inside it and never computes anything about it.
///
/// Cancellation is lazy: the model stamps a payload with a `Generation` and ignores the
/// event when it pops if the generation has moved on (see `GenerationTable`). Nothing is
/// searched or removed from the heap, so cancelling costs one integer increment.
public struct EventQueue<Payload> {
    @usableFromInline
    struct Entry {
        @usableFromInline var time: Double
        /// Priority in the top 8 bits, insertion sequence in the low 56 bits.
        @usableFromInline var order: UInt64
        @usableFromInline var payload: Payload

        @inlinable
        init(time: Double, order: UInt64, payload: Payload) {
            self.time = time
            self.order = order
            self.payload = payload
        }

        @inlinable
        func precedes(_ other: Entry) -> Bool {
            time < other.time || (time == other.time && order < other.order)
        }
    }

    @usableFromInline var heap: ContiguousArray<Entry> = []
    @usableFromInline var sequence: UInt64 = 0

    /// An empty queue; `capacity` is a hint for the expected number of pending events.
    @inlinable
    public init(capacity: Int = 64) {
        heap.reserveCapacity(capacity)
    }

    /// The number of pending events (cancelled ones included until they are popped).
    @inlinable public var count: Int { heap.count }
    @inlinable public var isEmpty: Bool { heap.isEmpty }

    /// The time of the next event, or nil when none is pending.
    @inlinable public var nextTime: Double? { heap.first?.time }

    /// Whether an event at `time` with `priority` would run before every pending event,
    /// by the queue's own ordering (an equal time and rank counts as later, as an event
    /// scheduled now would be). Lets a model keep a sorted stream of its own beside the
    /// heap and merge it in without a push and pop per item.
    @inlinable
    public func precedesAll(time: Double, priority: EventPriority) -> Bool {
        guard let first = heap.first else { return true }
        return time < first.time || (time == first.time && priority.rank < UInt8(truncatingIfNeeded: first.order >> 56))
    }

    /// Schedules `payload` at absolute time `time`.
    @inlinable
    public mutating func schedule(at time: Double, priority: EventPriority = .normal, _ payload: Payload) {
        precondition(time.isFinite, "event time must be finite")
        let order = (UInt64(priority.rank) << 56) | (sequence & 0x00FF_FFFF_FFFF_FFFF)
        sequence &+= 1
        heap.append(Entry(time: time, order: order, payload: payload))
        siftUp(heap.count - 1)
    }

    /// Removes and returns the earliest event.
    @inlinable
    public mutating func pop() -> (time: Double, payload: Payload)? {
        guard let first = heap.first else { return nil }
        let last = heap.removeLast()
        if !heap.isEmpty {
            heap[0] = last
            siftDown(0)
        }
        return (first.time, first.payload)
    }

    /// Drops every pending event (the sequence counter keeps counting).
    @inlinable
    public mutating func removeAll() { heap.removeAll(keepingCapacity: true) }

    // The sifts work on the raw buffer: one uniqueness check per operation instead of one
    // per element moved, which is most of the cost of a small heap.
    @inlinable
    mutating func siftUp(_ start: Int) {
        heap.withUnsafeMutableBufferPointer { h in
            var child = start
            let item = h[child]
            while child > 0 {
                let parent = (child &- 1) >> 1
                if !item.precedes(h[parent]) { break }
                h[child] = h[parent]
                child = parent
            }
            h[child] = item
        }
    }

    @inlinable
    mutating func siftDown(_ start: Int) {
        heap.withUnsafeMutableBufferPointer { h in
            var parent = start
            let count = h.count
            let item = h[parent]
            while true {
                var child = 2 &* parent &+ 1
                if child >= count { break }
                let right = child &+ 1
                if right < count && h[right].precedes(h[child]) { child = right }
                if !h[child].precedes(item) { break }
                h[parent] = h[child]
                parent = child
            }
            h[parent] = item
        }
    }
}
