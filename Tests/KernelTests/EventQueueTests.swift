import SimKernel
import Testing

@Suite struct EventQueueTests {
    @Test func popsInTimeOrder() {
        var q = EventQueue<Int>()
        for (t, v) in [(5.0, 5), (1.0, 1), (3.0, 3), (2.0, 2), (4.0, 4)] { q.schedule(at: t, v) }
        var out: [Int] = []
        while let e = q.pop() { out.append(e.payload) }
        #expect(out == [1, 2, 3, 4, 5])
    }

    @Test func tiesBreakByPriorityThenInsertion() {
        var q = EventQueue<String>()
        q.schedule(at: 1, priority: .arrival, "arrival-1")
        q.schedule(at: 1, priority: .completion, "completion")
        q.schedule(at: 1, priority: .arrival, "arrival-2")
        q.schedule(at: 1, priority: .boundary, "boundary")
        q.schedule(at: 0.5, priority: .late, "early-late")
        q.schedule(at: 1, priority: .abandonment, "abandonment")
        var out: [String] = []
        while let e = q.pop() { out.append(e.payload) }
        #expect(out == ["early-late", "boundary", "completion", "abandonment", "arrival-1", "arrival-2"])
    }

    @Test func largeRandomHeapMatchesSort() {
        var q = EventQueue<Int>()
        var x: UInt64 = 12345
        var times: [(Double, Int)] = []
        for i in 0..<10_000 {
            x = x &* 6364136223846793005 &+ 1442695040888963407
            let t = Double(x >> 40) / 1000
            times.append((t, i))
            q.schedule(at: t, i)
        }
        let expected = times.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 < $1.1) }.map(\.1)
        var out: [Int] = []
        while let e = q.pop() { out.append(e.payload) }
        #expect(out == expected)
    }

    @Test func interleavedScheduleAndPop() {
        var q = EventQueue<Int>()
        q.schedule(at: 10, 10)
        q.schedule(at: 2, 2)
        #expect(q.pop()?.payload == 2)
        q.schedule(at: 5, 5)
        q.schedule(at: 1, 1)   // in the past of nothing popped yet: still ordered
        #expect(q.nextTime == 1)
        #expect(q.count == 3)
        #expect(q.pop()?.payload == 1)
        #expect(q.pop()?.payload == 5)
        #expect(q.pop()?.payload == 10)
        #expect(q.pop() == nil)
        #expect(q.isEmpty)
    }

    @Test func priorityNamesAndOrder() {
        #expect(EventPriority.boundary < .completion)
        #expect(EventPriority.completion < .abandonment)
        #expect(EventPriority.abandonment < .arrival)
        #expect(EventPriority.arrival.description == "arrival")
    }
}

@Suite struct GenerationTableTests {
    @Test func bumpInvalidatesOldStamps() {
        var g = GenerationTable(count: 2)
        let stamp = g.current(0)
        #expect(g.isLive(0, stamp))
        let next = g.bump(0)
        #expect(!g.isLive(0, stamp))
        #expect(g.isLive(0, next))
        #expect(g.isLive(1, 0))
        let s = g.append()
        #expect(s == 2 && g.count == 3 && g.current(2) == 0)
    }

    @Test func lazyCancellationSkipsStaleEvents() {
        // A timer re-armed three times: only the last arming fires, the others pop stale.
        var q = EventQueue<(slot: Int, gen: Generation)>()
        var g = GenerationTable(count: 1)
        for t in [5.0, 3.0, 4.0] { q.schedule(at: t, (0, g.bump(0))) }
        var live: [Double] = [], stale = 0
        while let e = q.pop() {
            if g.isLive(e.payload.slot, e.payload.gen) { live.append(e.time) } else { stale += 1 }
        }
        #expect(live == [4.0])
        #expect(stale == 2)
    }
}
