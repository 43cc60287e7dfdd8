/// The MSER rule for the end of an initial transient (White, 1997; MSER-5 of White, Cobb
/// and Spratt, 2000): truncate the first d observations of an output series where the
/// marginal standard error of what is left, Σ_{i>d} (y_i − ȳ_d)² / (n − d)², is smallest.
///
/// Deleting observations that are still biased lowers the spread of what remains faster
/// than it shrinks n − d; once the series is stationary, deleting more only costs data and
/// the statistic rises. Searching only the first half guards against the statistic's
/// known instability near the end of the series.
public enum MSER {
    /// The number of leading observations to delete (0 when there is no transient), at most
    /// half the series; NaN observations are ignored.
    public static func truncation(_ series: [Double]) -> Int {
        let y = series.filter { !$0.isNaN }
        let n = y.count
        guard n >= 4 else { return 0 }
        var best = (d: 0, value: Double.infinity)
        // Suffix sums make each candidate O(1).
        var sum = 0.0, sumSquares = 0.0
        var suffix = Array(repeating: (0.0, 0.0), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            sum += y[i]
            sumSquares += y[i] * y[i]
            suffix[i] = (sum, sumSquares)
        }
        for d in 0...(n / 2) {
            let k = Double(n - d)
            let (s, q) = suffix[d]
            let ss = max(0, q - s * s / k)
            let value = ss / (k * k)
            // Ties keep the smaller truncation: data is only deleted for a real gain.
            if d == 0 || value < best.value * (1 - 1e-12) { best = (d, value) }
        }
        return best.d
    }
}
