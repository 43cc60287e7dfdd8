/// A growable FIFO ring buffer of integers (customer indices), O(1) at both ends.
struct RingQueue {
    private var storage: ContiguousArray<Int32>
    private var head = 0
    private(set) var count = 0

    init(capacity: Int = 16) {
        storage = ContiguousArray(repeating: -1, count: max(2, capacity))
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    mutating func append(_ value: Int32) {
        if count == storage.count { grow() }
        storage[(head + count) % storage.count] = value
        count += 1
    }

    @inline(__always)
    mutating func popFirst() -> Int32? {
        guard count > 0 else { return nil }
        let v = storage[head]
        head = (head + 1) % storage.count
        count -= 1
        return v
    }

    var first: Int32? { count > 0 ? storage[head] : nil }

    /// The k-th value from the head (0 ≤ k < count).
    subscript(k: Int) -> Int32 { storage[(head + k) % storage.count] }

    private mutating func grow() {
        var next = ContiguousArray<Int32>(repeating: -1, count: storage.count * 2)
        for i in 0..<count { next[i] = storage[(head + i) % storage.count] }
        storage = next
        head = 0
    }
}
