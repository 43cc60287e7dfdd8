import ArgumentParser
import ChannelModel
import Scenario

/// `channelsim validate FILE...`: checks scenario files and says exactly what is wrong.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenario files; print file:line:col: field: problem for the first error in each.")

    @Argument(help: "Scenario files (YAML).")
    var files: [String]

    @Flag(help: "Print nothing for valid files.")
    var quiet = false

    func run() throws {
        var firstError: ScenarioError?
        for file in files {
            do {
                let s = try ScenarioLoader.load(path: file)
                if !quiet {
                    let m = s.model
                    print("\(file): ok: '\(s.name)', \(m.channels.count) channel(s), \(m.teams.count) team(s), "
                          + "\(m.horizon.intervalCount) intervals of \(Units.formatDuration(m.horizon.intervalLength)), "
                          + "\(s.replications) replications, seed \(s.seed)")
                }
            } catch {
                if files.count > 1 { printError(error.description) }
                firstError = firstError ?? error
            }
        }
        if let firstError {
            if files.count > 1 { throw CLIFailure(status: .badInput, description: "\(files.count) files checked, some invalid") }
            throw firstError
        }
    }
}

/// Writes one line to standard error.
func printError(_ line: String) {
    FileHandle.standardError.write((line + "\n").data(using: .utf8)!)
}

import Foundation
