/// The live queue of a channel whose classes have head starts (docs/model.md, "Classes of
/// direct arrivals"; docs/decisions.md): one FIFO lane per distinct head start beside the
/// channel's own queue (head start 0), and the pick of the lane head with the smallest
/// arrival − head start.
extension Simulation {
    /// Per channel, each class's lane (−1 strict, 0 the FIFO queue, l > 0 the l-th
    /// distinct positive head start) and those head starts, in order of first use.
    static func lanes(_ channels: [ChannelSpec]) -> (classLanes: [[Int]], headStarts: [[Double]]) {
        var lanes: [[Int]] = [], heads: [[Double]] = []
        for ch in channels {
            var own: [Double] = []
            lanes.append(ch.classes.map { cl in
                if cl.isStrict { return -1 }
                let h = cl.headStart
                // Head start 0 is FIFO: the channel's own queue, exactly as without classes.
                guard h > 0 else { return 0 }
                if let l = own.firstIndex(of: h) { return l + 1 }
                own.append(h)
                return own.count
            })
            heads.append(own)
        }
        return (lanes, heads)
    }

    /// The live queue's next contact on a channel with head-start classes: of the heads of
    /// its lanes (the FIFO queue, head start 0, and one lane per distinct head start), the
    /// one with the smallest arrival − head start; on a tie, the earlier arrival (lanes
    /// have distinct head starts, so equal keys never have equal arrivals).
    @inline(__always)
    mutating func popByHeadStart(channel c: Int) -> Int32? {
        var best = -1, bestKey = Double.infinity, bestArrival = Double.infinity
        if let i = Self.peekLive(&queues[c], &customers) {
            best = 0
            bestArrival = customers[i].arrival
            bestKey = bestArrival
        }
        for l in laneQueues[c].indices {
            guard let i = Self.peekLive(&laneQueues[c][l], &customers) else { continue }
            let a = customers[i].arrival, key = a - laneHeadStarts[c][l]
            if key < bestKey || (key == bestKey && a < bestArrival) {
                best = l + 1
                bestKey = key
                bestArrival = a
            }
        }
        if best < 0 { return nil }
        return best == 0 ? queues[c].popFirst() : laneQueues[c][best - 1].popFirst()
    }

    /// The first customer in `queue` still waiting, left in place; abandoned ones ahead of
    /// it are released.
    @inline(__always)
    static func peekLive(_ queue: inout RingQueue, _ customers: inout CustomerPool) -> Int32? {
        while let i = queue.first {
            if customers[i].state == .waiting { return i }
            _ = queue.popFirst()
            customers.release(i)
        }
        return nil
    }

    /// Any contact left in channel c's head-start lanes (the drain at the end of the run).
    mutating func popAnyLane(_ c: Int) -> Int32? {
        for l in laneQueues[c].indices { if let i = laneQueues[c][l].popFirst() { return i } }
        return nil
    }
}
