// The one place that talks to GSL's error machinery. GSL's default handler calls abort(),
// which would take the whole simulator down on, say, a singular matrix; with the handler
// off, every call instead returns a status code that we turn into `AnalyticError.numerical`.
import CGSL

/// Thin, checked access to the GSL routines this module uses.
enum GSL {
    /// Swift initialises a static `let` exactly once and thread-safely, which is what a
    /// process-wide "turn the abort handler off" switch needs.
    private static let quiet: Void = cs_gsl_quiet()

    /// Call before any GSL routine whose status code we check.
    static func prepare() { _ = quiet }

    /// Throws `.numerical` unless `status` is GSL_SUCCESS.
    static func check(_ status: Int32, _ what: String) throws {
        guard status == Int32(GSL_SUCCESS) else {
            let reason = String(cString: gsl_strerror(status))
            throw AnalyticError.numerical("\(what): GSL error \(status) (\(reason))")
        }
    }

    /// ln Γ(x), checked. Used for Poisson weights in log space, where factorials of
    /// thousands would overflow.
    static func lnGamma(_ x: Double) throws -> Double {
        prepare()
        var result = gsl_sf_result()
        try check(gsl_sf_lngamma_e(x, &result), "gsl_sf_lngamma_e(\(x))")
        return result.val
    }

    /// Standard normal CDF Φ(x) and density φ(x); these cannot fail.
    static func normalCDF(_ x: Double) -> Double { gsl_cdf_ugaussian_P(x) }
    static func normalPDF(_ x: Double) -> Double { gsl_ran_ugaussian_pdf(x) }
}
