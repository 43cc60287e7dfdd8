import ChannelModel
import Variates
import Yams

/// Reads a handle time / work / patience that may change over the day: one distribution,
/// or `{ bands: [ { from: "07:00", DISTRIBUTION }, … ] }`, or `{ per_interval: [DISTRIBUTION, …] }`
/// (one per interval of the day). Bands are expanded to one distribution per interval of
/// the day; the contact's arrival interval picks its law (docs/model.md, "Parameters that
/// change over the day").
enum BandReader {
    /// The whole-day law and, when the field changes over the day, one law per interval of
    /// the day. The whole-day law is then the first band's (it is only a fallback: every
    /// reader of the model that knows the interval uses the band).
    static func read(_ v: YAMLValue, horizon h: Horizon, allowNever: Bool = false) throws(ScenarioError)
        -> (whole: Distribution, bands: [Distribution]?) {
        guard case .mapping(let raw) = v.node,
              raw.keys.contains(where: { $0.string == "bands" || $0.string == "per_interval" }) else {
            return (try DistributionReader.read(v, allowNever: allowNever), nil)
        }
        var m = try v.map()
        let (key, body) = try m.oneOf(["bands", "per_interval"],
                                      expected: "expected bands: [ { from: \"HH:MM\", DISTRIBUTION }, … ] or per_interval: [DISTRIBUTION, …]")
        try m.finish()
        let items = try body.list()
        let n = h.intervalsPerDay
        let laws: [Distribution]
        if key == "per_interval" {
            guard items.count == n else {
                throw body.error("has \(items.count) distributions", expected: "expected \(n), one per interval of the day")
            }
            laws = try items.map { i throws(ScenarioError) in try DistributionReader.read(i, allowNever: allowNever) }
        } else {
            laws = try bands(items, body: body, horizon: h, example: "{ from: \"07:00\", DISTRIBUTION }") { item, bm throws(ScenarioError) in
                // The band's law is the map without `from`: { from: …, lognormal: {…} } or { from: …, value: 90s }.
                if let plain = bm.optional("value") {
                    let law = try DistributionReader.read(plain, allowNever: allowNever)
                    try bm.finish()
                    return law
                }
                guard case .mapping(let pairs) = item.node else { throw item.error("is \(item.kindName)") }
                let rest = Node.Mapping(pairs.filter { $0.key.string != "from" }, pairs.tag, pairs.style, pairs.mark)
                guard !rest.isEmpty else {
                    throw item.error("has no distribution", expected: "expected e.g. { from: \"07:00\", lognormal: { mean: 200s, cv: 1.2 } } or { from: \"07:00\", value: 3m }")
                }
                return try DistributionReader.read(YAMLValue(node: .mapping(rest), path: item.path, file: item.file), allowNever: allowNever)
            }
        }
        // One law all day is no band at all: keep the plain form, so results stay bit-identical.
        if laws.allSatisfy({ $0 == laws[0] }) { return (laws[0], nil) }
        return (laws[0], laws)
    }

    /// A number that may change over the day (the team's `shrinkage`): one number, or
    /// `{ bands: [ { from: "07:00", value: 0.3 }, … ] }`, or `{ per_interval: [0.3, …] }`,
    /// each read by `read`. One value all day gives no bands, as for distributions.
    static func numbers(_ v: YAMLValue, horizon h: Horizon,
                        read: (YAMLValue) throws(ScenarioError) -> Double) throws(ScenarioError) -> (whole: Double, bands: [Double]?) {
        guard case .mapping = v.node else { return (try read(v), nil) }
        var m = try v.map()
        let (key, body) = try m.oneOf(["bands", "per_interval"],
                                      expected: "expected a number, bands: [ { from: \"HH:MM\", value: NUMBER }, … ] or per_interval: [NUMBER, …]")
        try m.finish()
        let items = try body.list()
        let values: [Double]
        if key == "per_interval" {
            guard items.count == h.intervalsPerDay else {
                throw body.error("has \(items.count) values", expected: "expected \(h.intervalsPerDay), one per interval of the day")
            }
            values = try items.map { i throws(ScenarioError) in try read(i) }
        } else {
            values = try bands(items, body: body, horizon: h, example: "{ from: \"07:00\", value: NUMBER }") { _, bm throws(ScenarioError) in
                let x = try read(try bm.required("value", expected: "expected value: NUMBER, the band's value"))
                try bm.finish()
                return x
            }
        }
        if values.allSatisfy({ $0 == values[0] }) { return (values[0], nil) }
        return (values[0], values)
    }

    /// `bands:` expanded to one law per interval of the day: each band holds from its
    /// `from` to the next band's; the first must start when the day's window opens. `law`
    /// reads a band's value from the item and its map (with `from` already taken).
    private static func bands<T>(_ items: [YAMLValue], body: YAMLValue, horizon h: Horizon, example: String,
                                 law readLaw: (YAMLValue, inout YAMLMap) throws(ScenarioError) -> T) throws(ScenarioError) -> [T] {
        guard !items.isEmpty else { throw body.error("is empty", expected: "expected at least one band \(example)") }
        var starts: [Int] = [], laws: [T] = []
        let window = "\(Units.clock(h.dayStart))–\(Units.clock(h.dayStart + h.windowLength))"
        for item in items {
            var bm = try item.map()
            let fromV = try bm.required("from", expected: "expected from: \"HH:MM\", the clock time the band starts")
            let clock = try fromV.clock()
            // Offset into the day's window (a window may run past midnight).
            var offset = clock - h.dayStart
            if offset < 0 { offset += Horizon.day }
            guard offset < h.windowLength - 1e-9 else {
                throw fromV.error("\(Units.clock(clock)) is outside the day's window \(window)", expected: "expected a clock time within \(window)")
            }
            let k = offset / h.intervalLength
            guard abs(k - k.rounded()) < 1e-9 else {
                throw fromV.error("\(Units.clock(clock)) is not on an interval boundary",
                                  expected: "expected a multiple of the \(Int(h.intervalLength / 60))-minute interval from \(Units.clock(h.dayStart))")
            }
            let index = Int(k.rounded())
            if starts.isEmpty, index != 0 {
                throw fromV.error("the first band starts at \(Units.clock(clock)), after the window opens",
                                  expected: "expected the first band from \"\(Units.clock(h.dayStart))\", so every interval has a law")
            }
            if let last = starts.last, index <= last {
                throw fromV.error("\(Units.clock(clock)) is not after the previous band's start",
                                  expected: "expected bands in ascending order of from")
            }
            let law = try readLaw(item, &bm)
            starts.append(index)
            laws.append(law)
        }
        var perInterval: [T] = []
        for (b, start) in starts.enumerated() {
            let end = b + 1 < starts.count ? starts[b + 1] : h.intervalsPerDay
            perInterval += Array(repeating: laws[b], count: end - start)
        }
        return perInterval
    }
}
