import ArgumentParser
import ChannelModel

/// A duration flag value: `45s`, `5m`, `1.5h`.
struct DurationArg: ExpressibleByArgument {
    var seconds: Double
    init?(argument: String) {
        guard let s = Units.parseDuration(argument), s >= 0 else { return nil }
        seconds = s
    }
    static var defaultCompletionKind: CompletionKind { .default }
}

/// A rate flag value: `2/min`, `120/h`, `0.5/s`.
struct RateArg: ExpressibleByArgument {
    var perSecond: Double
    init?(argument: String) {
        guard let r = Units.parseRate(argument), r > 0 else { return nil }
        perSecond = r
    }
}
