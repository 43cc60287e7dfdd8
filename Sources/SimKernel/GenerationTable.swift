/// A stamp that says which incarnation of a timer an event belongs to.
public typealias Generation = UInt32

/// Per-slot generation counters for lazy event cancellation.
///
/// A slot is anything that owns at most one live timer (an agent's next completion, a
/// waiting customer's patience). Arming a timer returns the slot's current generation,
/// which the model puts in the event payload; cancelling or re-arming bumps the
/// generation, so the stale event is recognised and skipped when it pops.
public struct GenerationTable: Sendable {
    @usableFromInline var generations: [Generation]

    /// A table for `count` slots, all at generation 0.
    public init(count: Int = 0) {
        generations = Array(repeating: 0, count: count)
    }

    /// The number of slots.
    @inlinable public var count: Int { generations.count }

    /// Adds a slot and returns its index.
    @inlinable
    public mutating func append() -> Int {
        generations.append(0)
        return generations.count - 1
    }

    /// The generation an event scheduled now for `slot` must carry.
    @inlinable
    public func current(_ slot: Int) -> Generation { generations[slot] }

    /// Invalidates every event stamped with the slot's current generation and returns the
    /// new one (use it to schedule the replacement, if any).
    @inlinable
    @discardableResult
    public mutating func bump(_ slot: Int) -> Generation {
        generations[slot] &+= 1
        return generations[slot]
    }

    /// Whether an event stamped `generation` for `slot` is still live.
    @inlinable
    public func isLive(_ slot: Int, _ generation: Generation) -> Bool {
        generations[slot] == generation
    }
}
