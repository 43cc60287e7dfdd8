import ArgumentParser
import ChannelModel

/// A duration flag value: `45s`, `5m`, `1.5h`.
struct DurationArg: ExpressibleByArgument, CustomStringConvertible {
    var seconds: Double
    /// The text as given, shown as the default in help.
    var text: String
    init?(argument: String) {
        guard let s = Units.parseDuration(argument), s >= 0 else { return nil }
        seconds = s
        text = argument
    }
    var description: String { text }
    var defaultValueDescription: String { text }
}

/// A rate flag value: `2/min`, `120/h`, `0.5/s`.
struct RateArg: ExpressibleByArgument {
    var perSecond: Double
    init?(argument: String) {
        guard let r = Units.parseRate(argument), r > 0 else { return nil }
        perSecond = r
    }
}
