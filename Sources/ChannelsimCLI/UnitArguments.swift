import ArgumentParser
import ChannelModel

/// A duration flag value: `45s`, `5m`, `1.5h`, `90 seconds`.
///
/// Reading it never fails: ArgumentParser would only say "the value is invalid", so the
/// value keeps what is wrong with it and the command's `validate()` reports that, naming
/// the flag (`check(_:)`).
struct DurationArg: ExpressibleByArgument, CustomStringConvertible {
    /// The text as given, shown as the default in help.
    var text: String
    /// Seconds, or why the text is not a duration.
    var parsed: Result<Double, UnitProblem>

    init(argument: String) {
        text = argument
        parsed = Result { () throws(UnitProblem) in try Units.duration(argument, example: "4m") }
    }

    /// Seconds; NaN for a value `check` would refuse, so a forgotten check cannot pass as a number.
    var seconds: Double { (try? parsed.get()) ?? .nan }
    var description: String { text }
    var defaultValueDescription: String { text }

    /// The seconds, or a bad-input failure saying why `flag`'s value is wrong, with `example` as a good one.
    @discardableResult
    func check(_ flag: String, example: String, positive: Bool = false) throws -> Double {
        do throws(UnitProblem) {
            let s = try Units.duration(text, example: example)
            if positive && s <= 0 {
                throw UnitProblem(problem: "'\(text)' must be positive", expected: "expected e.g. \(example)")
            }
            return s
        } catch {
            throw FlagValueError(flag: flag, problem: error)
        }
    }
}

/// A rate flag value: `2/min`, `120/h`, `0.5/s`, `2/minutes`; read as leniently as a duration.
struct RateArg: ExpressibleByArgument {
    var text: String
    /// Events per second, or why the text is not a rate above 0.
    var parsed: Result<Double, UnitProblem>

    init(argument: String) {
        text = argument
        parsed = Result { () throws(UnitProblem) in try Units.rate(argument, example: "2/min") }
    }

    /// Events per second; NaN for a value `check` would refuse.
    var perSecond: Double { (try? parsed.get()) ?? .nan }

    /// The rate, or a bad-input failure saying why `flag`'s value is wrong.
    @discardableResult
    func check(_ flag: String) throws -> Double {
        do throws(UnitProblem) { return try Units.rate(text, example: "2/min") } catch {
            throw FlagValueError(flag: flag, problem: error)
        }
    }
}

/// A flag value that does not read as its unit: `--rate: '-2/min' must not be negative (…)`.
///
/// Thrown from `validate()`, it reaches the entry point inside ArgumentParser's error as a
/// plain message without the usage text (one line, exit 2, like a scenario error).
struct FlagValueError: Error, CustomStringConvertible {
    var flag: String
    var problem: UnitProblem
    var description: String { "\(flag): \(problem)" }
}
