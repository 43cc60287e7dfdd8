import ChannelModel

/// Names chosen in a scenario: which ones outputs can use, and looking channels up by name.
enum Names {
    /// Rejects a name that outputs could not use as a key part (`CHANNEL/SEGMENT/ENQUIRY`, `team/NAME`).
    static func check(_ name: String, _ v: YAMLValue, what: String) throws(ScenarioError) {
        if name.isEmpty || name.contains("/") {
            throw v.error("\(what) name '\(name)' is empty or contains '/'", expected: "expected a name without '/' (outputs use it as a separator)")
        }
    }

    /// The index of the channel called `name`, or an "unknown channel" error at `v` (with a
    /// "did you mean" when a channel's name is close).
    static func channelIndex(_ name: String, at v: YAMLValue, channels: [ChannelSpec]) throws(ScenarioError) -> Int {
        let names = channels.map(\.name)
        guard let c = names.firstIndex(of: name) else {
            let hint = Suggest.closest(to: name, in: names).map { "did you mean '\($0)'?" }
            throw v.error("unknown channel '\(name)'", expected: hint ?? "expected one of: \(names.joined(separator: ", "))")
        }
        return c
    }
}
