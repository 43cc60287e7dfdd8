import Foundation

/// What a metric measures, which decides how its values are scaled and labelled on a chart.
///
/// Values are always passed in the simulator's own units (probabilities 0...1, durations in
/// seconds); the chart converts them for display only, so the .dat file keeps the values as
/// the simulator reported them and the script does the scaling.
public enum ChartUnit: String, Sendable, CaseIterable {
    /// A probability or ratio 0...1, shown in percent (differences in percentage points).
    case probability
    /// A duration in seconds, shown in s, min or h depending on its size.
    case seconds
    /// A number of contacts, agents and the like.
    case count
    /// An amount of money, shown as a plain number (the currency is the scenario's).
    case money
    /// Anything else, e.g. the satisfaction proxy: shown as a plain number.
    case plain

    /// The display scale for values of this unit whose largest magnitude is `largest`.
    ///
    /// Durations switch to minutes from 10 minutes and to hours from 3 hours, so tics read
    /// "12 min" rather than "720 s"; the choice is per panel, so every value in a panel
    /// shares one scale.
    func scale(largest: Double) -> DisplayScale {
        switch self {
        case .probability:
            return DisplayScale(factor: 100, suffix: "%", differenceSuffix: " pp", axisName: "percent",
                                decimals: 1)
        case .seconds:
            if largest >= 3 * 3600 {
                return DisplayScale(factor: 1.0 / 3600, suffix: " h", differenceSuffix: " h", axisName: "hours")
            }
            if largest >= 600 {
                return DisplayScale(factor: 1.0 / 60, suffix: " min", differenceSuffix: " min", axisName: "minutes")
            }
            return DisplayScale(factor: 1, suffix: " s", differenceSuffix: " s", axisName: "seconds")
        case .count:
            return DisplayScale(factor: 1, suffix: "", differenceSuffix: "", axisName: "count")
        case .money:
            return DisplayScale(factor: 1, suffix: "", differenceSuffix: "", axisName: "money")
        case .plain:
            return DisplayScale(factor: 1, suffix: "", differenceSuffix: "", axisName: "")
        }
    }
}

/// How one panel shows its values: a factor applied in the script and the unit's text.
struct DisplayScale: Equatable {
    /// Multiplies a raw value into display units (100 for percent, 1/60 for minutes).
    var factor: Double
    /// Appended to a displayed value: "%", " s", "" for plain numbers.
    var suffix: String
    /// Appended to a displayed difference: percentages differ in percentage points.
    var differenceSuffix: String
    /// The y-axis label of a bar panel, e.g. "percent"; empty for plain numbers.
    var axisName: String
    /// Fixed decimals for labels (percentages: one, "12.5%"); nil for about three significant digits.
    var decimals: Int? = nil

    /// The gnuplot tic format of a value axis: "12%" for percentages; other units are named
    /// in the axis label instead, which keeps tic labels short in narrow panels.
    var ticFormat: String { suffix == "%" ? "%g%%" : "%g" }

    /// A value for a label over a bar, e.g. "12.0%", "45.0", "5.10": only "%" is kept, other
    /// units are on the axis label, so that labels stay short over narrow bars.
    func valueLabel(_ raw: Double?) -> String {
        guard let raw, raw.isFinite else { return "n/a" }
        return Self.rounded(raw * factor, decimals: decimals) + (suffix == "%" ? "%" : "")
    }

    /// A signed difference and its interval for a label: "-4.0 pp [-5.1, -2.9]", all three
    /// numbers with the decimals the largest of them needs, or "+4.00" without an interval.
    func differenceText(_ mean: Double, low: Double?, high: Double?) -> String {
        guard mean.isFinite else { return "n/a" }
        let limits = [low, high].compactMap { $0 }.filter(\.isFinite)
        let largest = ([mean] + limits).map { abs($0 * factor) }.max() ?? 0
        let digits = decimals ?? Self.decimals(largest)
        func signed(_ raw: Double) -> String {
            let shown = Self.rounded(raw * factor, decimals: digits)
            return ((Double(shown) ?? 0) > 0 ? "+" : "") + shown
        }
        var text = signed(mean) + differenceSuffix
        if limits.count == 2 { text += " [" + limits.map(signed).joined(separator: ", ") + "]" }
        return text
    }

    /// `decimals` fixed, or else three significant digits or so; never in exponent form:
    /// what a planner reads off.
    static func rounded(_ value: Double, decimals: Int? = nil) -> String {
        let digits = decimals ?? Self.decimals(abs(value))
        let text = String(format: "%.\(digits)f", value)
        // "-0.00" after rounding a tiny negative number would suggest a sign that is not there.
        return Double(text) == 0 ? String(format: "%.\(digits)f", 0.0) : text
    }

    /// Decimals giving about three significant digits for numbers of this magnitude.
    static func decimals(_ magnitude: Double) -> Int { magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2 }
}
