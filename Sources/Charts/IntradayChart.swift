import Foundation

/// The intraday profile chart: load and staffing on top, service level with its CI below.
public enum IntradayChart {
    /// Column names of the .dat file, in order (also usable with `Gnuplot.dumbPreview`).
    public static let columns = [
        "interval", "label", "arrivals", "staff", "mean_queue",
        "service_level", "sl_low", "sl_high", "slots",
    ]

    /// The .dat text: one line per interval, columns as in `columns`, missing values `NaN`.
    public static func data(_ s: IntradaySeries) -> String {
        let rows = s.intervalLabels.indices.map { i -> [String] in
            [
                String(i), DataFormat.label(s.intervalLabels[i]),
                DataFormat.number(s.arrivals[safe: i]), DataFormat.number(s.staff[safe: i]),
                DataFormat.number(s.meanQueue[safe: i]),
                DataFormat.number(s.serviceLevel[safe: i] ?? nil),
                DataFormat.number(s.serviceLevelLow[safe: i] ?? nil),
                DataFormat.number(s.serviceLevelHigh[safe: i] ?? nil),
                DataFormat.number(s.slots[safe: i]),
            ]
        }
        return DataFormat.table(header: columns, rows: rows)
    }

    /// Writes NAME.dat and NAME.gp into `directory` (created if missing) and runs gnuplot there to make the image.
    ///
    /// The data and script are written first, so they exist even when gnuplot is missing
    /// (`ChartError.gnuplotMissing`) and the image can be drawn later by hand. Returns the
    /// full paths of the three files. A series without intervals throws `ChartError.io`.
    @discardableResult
    public static func write(_ s: IntradaySeries, to directory: String, baseName: String,
                             format: ImageFormat) throws -> ChartFiles {
        // gnuplot cannot autoscale an axis with no points at all, so refuse up front with a
        // message about the input rather than one about line 40 of a generated script.
        guard !s.intervalLabels.isEmpty else {
            throw ChartError.io("intraday chart '\(baseName)': the series has no intervals")
        }
        return try ChartWriter.write(data: data(s), script: script(s, baseName: baseName, format: format),
                                     to: directory, baseName: baseName, format: format)
    }

    /// The top of the mean-queue axis: the largest mean queue with a tenth of headroom,
    /// but at least 1, so that a queue of a few hundredths of a contact is drawn as the
    /// flat line it is rather than auto-scaled into tall spikes.
    static func queueAxisTop(_ meanQueue: [Double]) -> Double {
        let observed = meanQueue.filter(\.isFinite).max() ?? 0
        return max(1, observed * 1.1)
    }

    /// The confidence level as a legend names it: 0.95 → "95%", 0.9 → "90%", 0.995 → "99.5%".
    static func levelText(_ confidence: Double) -> String {
        DataFormat.number(confidence * 100) + "%"
    }

    /// Distance in intervals between labelled x tics, so that at most about a dozen labels
    /// appear whatever the interval length: with 15-minute intervals over a day (96) every
    /// 8th (two hours), with half-hours over a 12-hour day (24) every 2nd. Steps are chosen
    /// from divisors of common day lengths so labels fall on round times.
    static func ticStep(intervals: Int, maxLabels: Int = 12) -> Int {
        let steps = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 96]
        if let step = steps.first(where: { (intervals + $0 - 1) / $0 <= maxLabels }) { return step }
        return (intervals + maxLabels - 1) / maxLabels
    }
}

extension Array {
    /// The element at `index`, or nil past the end (short input arrays draw as gaps).
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
