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

/// Turns GSL's default error handler (which calls abort()) off, once per process.
/// Every GSL call whose result matters is then checked by its return code.
static inline void cs_gsl_quiet(void) { gsl_set_error_handler_off(); }

/// A uniform on (0,1), never 0: `gsl_rng_uniform_pos` through the type's function pointer.
static inline double cs_uniform_pos(const gsl_rng *r) { return gsl_rng_uniform_pos(r); }

#endif
