import CGSL

/// Swift closures handed to GSL's root finder and simplex minimiser through the C
/// helpers in Sources/CGSL/shim.h (a `gsl_function` cannot hold a capturing closure).
enum GSLSolvers {
    private final class Box1 { let f: (Double) -> Double; init(_ f: @escaping (Double) -> Double) { self.f = f } }
    private final class BoxN { let f: ([Double]) -> Double; let n: Int
        init(_ f: @escaping ([Double]) -> Double, n: Int) { self.f = f; self.n = n } }

    /// GSL's default handler aborts the process; every call here checks its status instead.
    static let quiet: Void = { cs_gsl_quiet() }()

    /// The root of f in [lo, hi] by Brent's method, or nil when f does not change sign there
    /// or GSL fails.
    static func root(in lo: Double, _ hi: Double, _ f: @escaping (Double) -> Double) -> Double? {
        _ = quiet
        let flo = f(lo), fhi = f(hi)
        guard flo.isFinite, fhi.isFinite, (flo < 0) != (fhi < 0) else { return nil }
        let box = Unmanaged.passRetained(Box1(f))
        defer { box.release() }
        var x = 0.0
        let status = cs_root_brent({ x, context in
            Unmanaged<Box1>.fromOpaque(context!).takeUnretainedValue().f(x)
        }, box.toOpaque(), lo, hi, 1e-12, &x)
        return status == GSL_SUCCESS && x.isFinite ? x : nil
    }

    /// The minimum of f by GSL's Nelder–Mead simplex from `start` with steps `step`;
    /// nil when GSL fails or the minimum is not finite.
    static func minimize(from start: [Double], step: [Double], size: Double = 1e-9,
                         _ f: @escaping ([Double]) -> Double) -> (x: [Double], value: Double)? {
        _ = quiet
        let box = Unmanaged.passRetained(BoxN(f, n: start.count))
        defer { box.release() }
        var x = start, value = 0.0
        let status = cs_minimize_simplex({ v, context in
            let b = Unmanaged<BoxN>.fromOpaque(context!).takeUnretainedValue()
            let point = (0..<b.n).map { gsl_vector_get(v, $0) }
            let y = b.f(point)
            return y.isFinite ? y : Double.greatestFiniteMagnitude
        }, box.toOpaque(), start.count, &x, step, size, &value)
        guard status == GSL_SUCCESS, value.isFinite, value < Double.greatestFiniteMagnitude else { return nil }
        return (x, value)
    }
}
