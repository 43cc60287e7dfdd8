import CGSL

/// One GSL Mersenne Twister generator, owned by one replication for one purpose.
///
/// Streams are never shared: a replication creates its own, so replications can run on
/// any thread in any order and still produce the same numbers. The class is deliberately
/// not `Sendable`.
public final class RandomStream {
    @usableFromInline let rng: UnsafeMutablePointer<gsl_rng>

    /// A generator seeded from the key, derived from (scenario seed, replication, stream).
    public convenience init(_ key: StreamKey) {
        self.init(seed64: key.derivedSeed)
    }

    /// An MT19937 generator seeded with all 64 bits of `seed64` (the simulation derives
    /// them from a `StreamKey`).
    public init(seed64: UInt64) {
        rng = Self.allocate(cs_rng_mt19937())
        gsl_rng_set(rng, 1)                                   // initialise GSL's bookkeeping
        cs_rng_mt19937_seed64(rng, seed64)                    // then the full 64-bit seeding
    }

    /// A per-visitor substream: a GSL Tausworthe generator, re-seeded with `reseed(_:)` for
    /// each visitor from a key drawn on one of the visitor's own MT19937 streams. Its draws
    /// are a function of that key alone, so a visitor's variable-length attributes (the
    /// messages of a chat) are the same under every strategy however events interleave.
    public init(substreamSeed seed: UInt64) {
        rng = Self.allocate(cs_rng_taus2())
        gsl_rng_set(rng, UInt(truncatingIfNeeded: seed))
    }

    private static func allocate(_ type: UnsafePointer<gsl_rng_type>) -> UnsafeMutablePointer<gsl_rng> {
        GSL.prepare()
        guard let rng = gsl_rng_alloc(type) else {
            // gsl_rng_alloc only fails when malloc fails; there is nothing sensible to continue with.
            fatalError("channelsim: out of memory allocating a GSL random generator")
        }
        return rng
    }

    /// Restarts the generator from `seed` (cheap for the Tausworthe substreams).
    public func reseed(_ seed: UInt64) {
        gsl_rng_set(rng, UInt(truncatingIfNeeded: SplitMix64.mix(seed)))
    }

    /// A uniformly distributed 64-bit key (two 32-bit draws), for seeding substreams.
    public func key() -> UInt64 {
        UInt64(gsl_rng_get(rng) & 0xFFFF_FFFF) << 32 | UInt64(gsl_rng_get(rng) & 0xFFFF_FFFF)
    }

    deinit { gsl_rng_free(rng) }

    /// A uniform variate on the open interval (0, 1).
    @inlinable
    public func uniform() -> Double { cs_uniform_pos(rng) }

    /// A uniform integer in 0..<n (n ≥ 1).
    @inlinable
    public func integer(below n: Int) -> Int {
        Int(gsl_rng_uniform_int(rng, UInt(n)))
    }

    /// The underlying GSL generator, for GSL's own variate functions.
    @inlinable
    public var gsl: UnsafeMutablePointer<gsl_rng> { rng }
}

/// Process-wide GSL set-up.
public enum GSL {
    private static let quiet: Void = cs_gsl_quiet()

    /// Switches GSL's abort-on-error handler off (idempotent, thread-safe): every GSL call
    /// channelsim makes is checked by its return code instead.
    public static func prepare() { _ = quiet }
}
