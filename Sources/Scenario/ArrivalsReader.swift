import ChannelModel
import Foundation

/// Reads `arrivals:` into an expected rate (per second) for each interval of the horizon.
enum ArrivalsReader {
    static let forms = "expected one of rate: 2/min (or a list, one rate per interval), per_interval: [counts], or daily_volume: N with profile: [shares]"

    static func read(_ v: YAMLValue, context: ReaderContext) throws(ScenarioError) -> [Double] {
        try readWithCV(v, context: context, allowCV: false).rates
    }

    /// The rates and, on a channel's direct arrivals, `overdispersion_cv` (0 when absent;
    /// visitors give theirs beside `arrivals`, so `allowCV` is false for them).
    static func readWithCV(_ v: YAMLValue, context: ReaderContext, allowCV: Bool) throws(ScenarioError)
        -> (rates: [Double], cv: Double) {
        let h = context.horizon
        var m = try v.map()
        var cv = 0.0
        if let cvV = m.optional("overdispersion_cv") {
            guard allowCV else {
                throw cvV.error("belongs beside visitors' arrivals", expected: "write visitors.overdispersion_cv instead")
            }
            cv = try readCV(cvV)
        }
        let (form, body) = try m.oneOf(["rate", "per_interval", "daily_volume"], expected: forms)
        var rates: [Double]
        switch form {
        case "rate":
            if body.isList {
                // One rate per interval of the horizon.
                let items = try body.list()
                guard items.count == h.intervalCount else {
                    throw body.error("has \(items.count) values", expected: "expected \(h.intervalCount), one rate per interval of the horizon")
                }
                rates = []
                for x in items { rates.append(try x.rate()) }
            } else {
                rates = Array(repeating: try body.rate(), count: h.intervalCount)
            }
        case "per_interval":
            let counts = try numbers(body, count: h.intervalCount, what: "interval of the horizon", max: Limits.maxArrivalFigure)
            rates = counts.map { $0 / h.intervalLength }
        default:
            let volumes: [Double]
            if body.isList {
                volumes = try numbers(body, count: h.days, what: "day of the horizon", max: Limits.maxArrivalFigure)
            } else {
                let x = try body.double("expected a number of visitors ≥ 0, or one per day")
                guard x >= 0 else { throw body.error("must not be negative, got \(x)", expected: "expected a number ≥ 0") }
                try checkFigure(x, at: body)
                volumes = Array(repeating: x, count: h.days)
            }
            let shares = try profile(m.required("profile", expected: "expected profile: [share per interval] or a CSV file"),
                                     context: context)
            rates = (0..<h.intervalCount).map { i in
                volumes[i / h.intervalsPerDay] * shares[i % h.intervalsPerDay] / h.intervalLength
            }
        }
        if form != "daily_volume", let p = m.optional("profile") {
            throw p.error("goes only with daily_volume", expected: "remove it, or use daily_volume")
        }
        try m.finish()
        return (rates, cv)
    }

    /// A day factor's coefficient of variation: 0…1 (`Limits.maxOverdispersionCV`).
    static func readCV(_ cvV: YAMLValue) throws(ScenarioError) -> Double {
        let cv = try cvV.double("expected a coefficient of variation ≥ 0, e.g. 0.08")
        if cv < 0 { throw cvV.error("must not be negative, got \(cv)", expected: "expected a number ≥ 0") }
        // The day factor is gamma with this CV: beyond 1 its tail multiplies a rare day's
        // arrivals without bound (the run would never end), and real days vary far less.
        if cv > Limits.maxOverdispersionCV {
            throw cvV.error("\(cv) is above the supported 1", expected: "expected a coefficient of variation 0…1, e.g. 0.08")
        }
        return cv
    }

    /// Non-negative numbers, exactly `count` of them, each at most `max` (arrival figures).
    static func numbers(_ v: YAMLValue, count: Int, what: String, max: Double? = nil) throws(ScenarioError) -> [Double] {
        let items = try v.list()
        guard items.count == count else {
            throw v.error("has \(items.count) values", expected: "expected \(count), one per \(what)")
        }
        var out: [Double] = []
        for x in items {
            let d = try x.double("expected a number ≥ 0")
            guard d >= 0 else { throw x.error("must not be negative, got \(d)", expected: "expected a number ≥ 0") }
            if max != nil { try checkFigure(d, at: x) }
            out.append(d)
        }
        return out
    }

    /// An arrival count (a day's volume, an interval's count): beyond 10⁹ it is a typo, and
    /// near 10¹⁹ it would not even fit the whole numbers the totals are reported in.
    static func checkFigure(_ x: Double, at v: YAMLValue) throws(ScenarioError) {
        guard x <= Limits.maxArrivalFigure else {
            throw v.error("\(x) is above the supported 10⁹", expected: "expected at most 10⁹ arrivals")
        }
    }

    /// Shares of the day's volume per interval of the day, from a list or a CSV file
    /// (one share per line, last column; a header line is skipped). They must sum to 1.
    static func profile(_ v: YAMLValue, context: ReaderContext) throws(ScenarioError) -> [Double] {
        let n = context.horizon.intervalsPerDay
        var shares: [Double]
        if v.isList {
            shares = try numbers(v, count: n, what: "interval of the day")
        } else {
            let rel = try v.string()
            let path = rel.hasPrefix("/") ? rel : context.baseDirectory.isEmpty ? rel : "\(context.baseDirectory)/\(rel)"
            context.files.add(path)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw v.error("cannot read profile file '\(rel)'", expected: "expected a CSV file relative to the scenario, or a list of shares")
            }
            shares = []
            // Line numbers count every line (blank ones too), as an editor shows them.
            for (lineNo, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let cells = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                let cell = cells.last { !$0.isEmpty } ?? ""
                if cell.isEmpty || cell.hasPrefix("#") { continue }
                guard let x = Double(cell), x >= 0 else {
                    if shares.isEmpty && Double(cell) == nil { continue }   // a header line before the data
                    throw v.error("line \(lineNo + 1) of '\(rel)' has '\(cell)'", expected: "expected a share ≥ 0 in the last column")
                }
                shares.append(x)
            }
            guard shares.count == n else {
                throw v.error("'\(rel)' has \(shares.count) shares", expected: "expected \(n), one per interval of the day")
            }
        }
        let total = shares.reduce(0, +)
        guard abs(total - 1) <= 1e-6 else {
            throw v.error("shares sum to \(total)", expected: "expected shares that sum to 1")
        }
        return shares
    }
}
