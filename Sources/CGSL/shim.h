// Shim for GSL: Swift cannot import GSL's global generator-type variables or its
// macros directly, so each one it needs is reached through a static inline function.
#ifndef CHANNELSIM_CGSL_SHIM_H
#define CHANNELSIM_CGSL_SHIM_H

#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_exp.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_vector.h>
#include <gsl/gsl_permutation.h>
#include <gsl/gsl_linalg.h>

/// The Mersenne Twister generator type (`gsl_rng_mt19937` is a global variable).
static inline const gsl_rng_type *cs_rng_mt19937(void) { return gsl_rng_mt19937; }

/// The Tausworthe generator type (`gsl_rng_taus2`): tiny state and cheap seeding, used for
/// per-visitor substreams that are re-seeded for every visitor.
static inline const gsl_rng_type *cs_rng_taus2(void) { return gsl_rng_taus2; }

/// Seeds an MT19937 generator from 64 bits instead of GSL's 32: the 624-word state is
/// filled from a SplitMix64 sequence started at `seed`, so distinct 64-bit keys give
/// unrelated streams (GSL's own `gsl_rng_set` keeps only the low 32 bits, and among
/// thousands of streams two could then coincide). The layout is GSL's `mt_state_t`
/// (specfunc-independent, unchanged since GSL 1.0): 624 unsigned longs, then `mti`.
typedef struct { unsigned long mt[624]; int mti; } cs_mt_state;
static inline void cs_rng_mt19937_seed64(gsl_rng *r, unsigned long long seed) {
    cs_mt_state *s = (cs_mt_state *)r->state;
    unsigned long long x = seed;
    int nonzero = 0;
    for (int i = 0; i < 624; i++) {
        unsigned long long z = (x += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        s->mt[i] = (unsigned long)(z & 0xffffffffUL);
        nonzero |= s->mt[i] != 0;
    }
    if (!nonzero) s->mt[0] = 0x80000000UL;   /* the all-zero state is not allowed */
    s->mti = 624;
}

/// Turns GSL's default error handler (which calls abort()) off, once per process.
/// Every GSL call whose result matters is then checked by its return code.
static inline void cs_gsl_quiet(void) { gsl_set_error_handler_off(); }

/// A uniform on (0,1), never 0: `gsl_rng_uniform_pos` through the type's function pointer.
static inline double cs_uniform_pos(const gsl_rng *r) { return gsl_rng_uniform_pos(r); }

#endif
