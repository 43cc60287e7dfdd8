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
#include <gsl/gsl_roots.h>
#include <gsl/gsl_multimin.h>
#include <gsl/gsl_sf_psi.h>
#include <gsl/gsl_sf_erf.h>

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

/// Brent's root of f on [lo, hi] (f(lo) and f(hi) of opposite signs), to a relative
/// tolerance `rel`. Returns GSL_SUCCESS and the root in *root, or a GSL error code
/// (GSL_EINVAL when the interval does not bracket a root, GSL_EMAXITER). The loop lives
/// here because Swift cannot fill a gsl_function with a capturing closure: the caller
/// passes a C function and its context pointer.
static inline int cs_root_brent(double (*f)(double, void *), void *context, double lo, double hi,
                                double rel, double *root) {
    gsl_function F = { f, context };
    gsl_root_fsolver *s = gsl_root_fsolver_alloc(gsl_root_fsolver_brent);
    if (!s) return GSL_ENOMEM;
    int status = gsl_root_fsolver_set(s, &F, lo, hi);
    if (status != GSL_SUCCESS) { gsl_root_fsolver_free(s); return status; }
    status = GSL_EMAXITER;
    for (int i = 0; i < 200; i++) {
        int step = gsl_root_fsolver_iterate(s);
        if (step != GSL_SUCCESS) { status = step; break; }
        double a = gsl_root_fsolver_x_lower(s), b = gsl_root_fsolver_x_upper(s);
        if (gsl_root_test_interval(a, b, 0, rel) == GSL_SUCCESS) { status = GSL_SUCCESS; break; }
    }
    *root = gsl_root_fsolver_root(s);
    gsl_root_fsolver_free(s);
    return status;
}

/// Minimises f over n ≤ 8 variables with GSL's Nelder–Mead simplex (nmsimplex2), from x
/// (overwritten with the minimum) with initial steps `step`, until the simplex size is below
/// `size`. Returns GSL_SUCCESS, or GSL_EMAXITER / another GSL code; *fmin gets f at x.
static inline int cs_minimize_simplex(double (*f)(const gsl_vector *, void *), void *context, size_t n,
                                      double *x, const double *step, double size, double *fmin) {
    if (n == 0 || n > 8) return GSL_EINVAL;
    gsl_multimin_function F = { f, n, context };
    gsl_vector *x0 = gsl_vector_alloc(n), *ss = gsl_vector_alloc(n);
    gsl_multimin_fminimizer *m = gsl_multimin_fminimizer_alloc(gsl_multimin_fminimizer_nmsimplex2, n);
    if (!x0 || !ss || !m) {
        if (m) gsl_multimin_fminimizer_free(m);
        if (x0) gsl_vector_free(x0);
        if (ss) gsl_vector_free(ss);
        return GSL_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) { gsl_vector_set(x0, i, x[i]); gsl_vector_set(ss, i, step[i]); }
    int status = gsl_multimin_fminimizer_set(m, &F, x0, ss);
    if (status == GSL_SUCCESS) {
        status = GSL_EMAXITER;
        for (int i = 0; i < 5000; i++) {
            int step_status = gsl_multimin_fminimizer_iterate(m);
            if (step_status != GSL_SUCCESS) { status = step_status; break; }
            if (gsl_multimin_test_size(gsl_multimin_fminimizer_size(m), size) == GSL_SUCCESS) {
                status = GSL_SUCCESS; break;
            }
        }
        for (size_t i = 0; i < n; i++) x[i] = gsl_vector_get(m->x, i);
        *fmin = m->fval;
    }
    gsl_multimin_fminimizer_free(m);
    gsl_vector_free(x0);
    gsl_vector_free(ss);
    return status;
}

#endif
