import ArgumentParser
import Foundation
import Scenario

/// The channelsim version recorded with every stored run.
public enum ChannelsimVersion {
    public static let current = "0.1.0"
}

/// Exit statuses (documented in README and docs/cli.md).
public enum ExitStatus: Int32, Sendable {
    case ok = 0
    /// A check failed (regression, accuracy).
    case failed = 1
    /// Bad input: scenario file, flags.
    case badInput = 2
    /// Something outside the input failed (database, file system, gnuplot).
    case runtime = 3
}

/// A failure the CLI reports in one line and maps to an exit status.
struct CLIFailure: Error, CustomStringConvertible {
    var status: ExitStatus
    var description: String
}

/// The entry point: parses, runs, and turns every error into one line and an exit status.
///
/// ArgumentParser's own `main()` would exit 64 on bad flags; channelsim's contract is 2
/// for any bad input, so parsing errors are caught and re-mapped here.
public enum ChannelsimMain {
    public static func run(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        if let unknown = UnknownCommand.message(arguments) { fail(unknown, .badInput) }
        var command: any ParsableCommand
        do {
            command = try Channelsim.parseAsRoot(arguments)
        } catch {
            // Everything that goes wrong before a command runs is the input's fault: usage
            // errors (ArgumentParser's 64), validate()'s messages and FlagValueError alike.
            let code = Channelsim.exitCode(for: error)
            if code == .success {
                print(Channelsim.fullMessage(for: error))
                exit(.ok)
            }
            // validate()'s own error types (FlagValueError) come back with status 1 and are
            // complete messages: one line, without ArgumentParser's "Error:" and usage.
            fail(code == .failure ? Channelsim.message(for: error) : Channelsim.fullMessage(for: error), .badInput)
        }
        do {
            try command.run()
            exit(ExitStatus.ok)
        } catch let e as ScenarioError {
            fail(e.description, .badInput)
        } catch let e as CLIFailure {
            fail(e.description, e.status)
        } catch {
            let code = Channelsim.exitCode(for: error)
            if code == .success {
                print(Channelsim.fullMessage(for: error))
                exit(.ok)
            }
            let message = Channelsim.fullMessage(for: error)
            // ArgumentParser's usage errors (EX_USAGE, 64) are bad input in channelsim's terms.
            fail(message, code.rawValue == 64 || code == .validationFailure ? .badInput : .runtime)
        }
    }

    static func fail(_ message: String, _ status: ExitStatus) -> Never {
        fflush(nil)
        FileHandle.standardError.write(Data(("channelsim: " + message + "\n").utf8))
        exit(status)
    }

    static func exit(_ status: ExitStatus) -> Never {
        fflush(nil)
        Foundation.exit(status.rawValue)
    }
}

/// The root command.
struct Channelsim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "channelsim",
        abstract: "Discrete-event simulation and load testing for web customer service.",
        discussion: "Exit status: 0 success, 1 a check failed, 2 bad input (scenario or flags), 3 runtime failure.",
        version: ChannelsimVersion.current,
        subcommands: [ValidateCommand.self, RunCommand.self, CompareCommand.self, SweepCommand.self, StressCommand.self, StaffCommand.self,
                      CheckCommand.self, FitCommand.self, ErlangCommand.self, BenchCommand.self,
                      ResultsCommand.self, MergeCommand.self, PlotCommand.self])
}

/// Output format shared by the commands that print results.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl, csv
}
