/// What a random stream is for. Raw values are part of the reproducibility contract:
/// never renumber them, only add new ones.
public enum StreamPurpose: UInt32, Sendable, CaseIterable {
    case arrivals = 1
    case patience = 2
    case work = 3
    case overdispersion = 4
    case segment = 5
    case enquiry = 6
    case selfServe = 7
    case choice = 8
    case exchanges = 9
    case customerTyping = 10
    case agentReply = 11
    case inChatPatience = 12
    case ending = 13
    case conversion = 14
    case recontact = 15
    case proactive = 16
    case callback = 17
    /// After-call work (wrap-up): one draw per contact joining a channel that has it.
    case wrapUp = 18
    /// Agents' unavailable spells: one stream per agent (index: the agent number).
    case unavailability = 19
    /// The class of each direct arrival on a channel with classes (index: the channel).
    case contactClass = 20
}

/// Identifies one random stream: (scenario seed, replication, purpose, index), where the
/// index separates streams of one purpose (for example the work content of each channel).
///
/// The generator seed is a SplitMix64 hash of the four parts, so neighbouring
/// replications or streams get unrelated seeds. All 64 bits are used: the generator's
/// state is filled from them (`cs_rng_mt19937_seed64`), so two streams of one experiment
/// coincide with probability about n²/2⁶⁵ for n streams.
public struct StreamKey: Hashable, Sendable {
    public var seed: UInt64
    public var replication: Int
    public var purpose: StreamPurpose
    public var index: Int

    public init(seed: UInt64, replication: Int, purpose: StreamPurpose, index: Int = 0) {
        self.seed = seed
        self.replication = replication
        self.purpose = purpose
        self.index = index
    }

    /// The 64-bit generator seed derived from the key.
    public var derivedSeed: UInt64 {
        var h = SplitMix64.mix(seed ^ 0x6368_616E_6E65_6C73)   // "channels"
        h = SplitMix64.mix(h ^ UInt64(truncatingIfNeeded: replication))
        h = SplitMix64.mix(h ^ (UInt64(purpose.rawValue) << 32 | UInt64(UInt32(truncatingIfNeeded: index))))
        // MT19937 treats seed 0 as its default seed; avoid aliasing that one.
        return h == 0 ? 0x9E37_79B9_7F4A_7C15 : h
    }
}

/// The SplitMix64 finaliser (Steele, Lea and Flood, 2014): a bijective 64-bit mixer.
public enum SplitMix64 {
    @inlinable
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
