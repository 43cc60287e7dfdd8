import ChannelModel

/// Reads a form channel's re-contact settings. The weights name channels, which are only
/// known once every channel is read, so they are resolved afterwards (`resolveRecontact`).
enum FormReader {
    struct Settings {
        var after = Double.infinity
        var withdraw = false
        var weights: YAMLValue?
    }

    static func read(_ m: inout YAMLMap, kind: ChannelKind, hasVisitors: Bool) throws(ScenarioError) -> Settings {
        var s = Settings()
        let keys = ["recontact_after", "recontact", "withdraw_on_recontact"]
        guard kind == .form else {
            for k in keys {
                if let v = m.optional(k) { throw v.error("applies only to form channels", expected: "remove it from this \(kind.rawValue) channel") }
            }
            return s
        }
        if let av = m.optional("recontact_after") {
            // Re-contact continues a website visitor's story; direct submissions have none.
            guard hasVisitors else {
                throw av.error("applies to website visitors, and this scenario has none",
                               expected: "add visitors:, or remove recontact_after")
            }
            s.after = try av.duration()
            s.weights = try m.required("recontact", expected: "expected recontact: { CHANNEL: weight, ..., leave: weight } (how submitters contact again)")
        } else if let wv = m.optional("recontact") {
            throw wv.error("needs recontact_after", expected: "add recontact_after: DURATION, e.g. 24h")
        }
        if let wv = m.optional("withdraw_on_recontact") {
            guard s.after.isFinite else { throw wv.error("needs recontact_after", expected: "add recontact_after: DURATION, e.g. 24h") }
            let t = try wv.string()
            guard t == "true" || t == "false" else { throw wv.error("'\(t)' is not true or false", expected: "expected true or false") }
            s.withdraw = t == "true"
        }
        return s
    }
}
