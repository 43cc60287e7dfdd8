import ChannelModel

/// Keys that name an outcome, optionally on one channel: `resolved`, `chat.resolved`,
/// `self_served`, or `default`.
enum OutcomeKey {
    /// The outcome and channel (nil for every channel) a key names; nil for `default`.
    static func parse(_ key: String, at v: YAMLValue, outcomes: [String], channels: [ChannelSpec])
        throws(ScenarioError) -> (outcome: String, channel: String?)? {
        if key == "default" { return nil }
        let names = channels.map(\.name)
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        let outcome = parts.last ?? ""
        let channel = parts.count == 2 ? parts[0] : nil
        let choices = outcomes + ["default"] + names.flatMap { c in outcomes.filter { !withoutChannel.contains($0) }.map { "\(c).\($0)" } }
        guard outcomes.contains(outcome) else {
            let hint = Suggest.closest(to: key, in: choices).map { "did you mean '\($0)'?" }
            throw v.error("'\(key)' is not an outcome", expected: hint ?? "expected default, OUTCOME or CHANNEL.OUTCOME with OUTCOME one of \(outcomes.joined(separator: ", "))")
        }
        if let channel {
            guard names.contains(channel) else {
                let hint = Suggest.closest(to: channel, in: names).map { "did you mean '\($0).\(outcome)'?" }
                throw v.error("unknown channel '\(channel)'", expected: hint ?? "expected one of: \(names.joined(separator: ", "))")
            }
            guard !withoutChannel.contains(outcome) else {
                throw v.error("'\(outcome)' involves no channel", expected: "expected \(outcome) without a channel")
            }
        }
        return (outcome, channel)
    }

    /// Outcomes that end a visitor's story without a contact.
    static let withoutChannel = ["self_served", "left"]
}

/// Reads an enquiry's `sale: { value, conversion }`.
enum SaleReader {
    static func read(_ v: YAMLValue, channels: [ChannelSpec]) throws(ScenarioError) -> SaleSpec {
        var m = try v.map()
        let value = try DistributionReader.read(m.required("value", expected: "expected value: order value, e.g. 80 or { lognormal: { mean: 80, cv: 0.5 } }"),
                                                quantity: .money)
        let cv = try m.required("conversion", expected: "expected conversion: { resolved: 0.4, self_served: 0.3, ... }")
        var cm = try cv.map()
        var given: [String: Double] = [:]
        let outcomes = VisitorOutcome.allCases.map(\.name)
        for (key, pv) in cm.all() {
            _ = try OutcomeKey.parse(key, at: pv, outcomes: outcomes, channels: channels)
            given[key] = try pv.probability()
        }
        try m.finish()
        // Most specific first: CHANNEL.OUTCOME, then OUTCOME, then default, then no sale.
        let table = VisitorOutcome.allCases.map { o in
            [given[o.name] ?? given["default"] ?? 0] + channels.map { c in
                given["\(c.name).\(o.name)"] ?? given[o.name] ?? given["default"] ?? 0
            }
        }
        return SaleSpec(value: value, conversion: table)
    }
}

/// Reads `satisfaction: { base, per_minute_wait, abandoned }`, the satisfaction proxy.
enum SatisfactionReader {
    static func read(_ v: YAMLValue, channels: [ChannelSpec]) throws(ScenarioError) -> SatisfactionSpec {
        var m = try v.map()
        var base: [String: Double] = [:]
        if let bv = m.optional("base") {
            var bm = try bv.map()
            for (key, sv) in bm.all() {
                _ = try OutcomeKey.parse(key, at: sv, outcomes: SatisfactionSpec.outcomeNames, channels: channels)
                base[key] = try score(sv)
            }
        }
        var perMinute = Array(repeating: 0.0, count: channels.count)
        if let wv = m.optional("per_minute_wait") {
            if wv.isMap {
                var wm = try wv.map()
                for (key, sv) in wm.all() {
                    let c = try Names.channelIndex(key, at: sv, channels: channels)
                    perMinute[c] = try score(sv)
                }
            } else {
                perMinute = Array(repeating: try score(wv), count: channels.count)
            }
        }
        let abandoned = try m.optional("abandoned").map { x throws(ScenarioError) in try score(x) } ?? 0
        try m.finish()
        return SatisfactionSpec(base: base, perMinuteWait: perMinute, abandoned: abandoned)
    }

    /// A score (any sign; penalties are negative).
    static func score(_ v: YAMLValue) throws(ScenarioError) -> Double {
        let x = try v.double("expected a score, e.g. 80 or -2")
        guard abs(x) <= Limits.maxMoney else { throw v.error("\(x) is outside the supported ±10¹²", expected: "expected a score, e.g. 80 or -2") }
        return x
    }
}
