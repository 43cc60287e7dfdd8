import ArgumentParser
import ChannelModel

/// The message for a command name channelsim does not have (`channelsim rnu x.yaml`).
///
/// ArgumentParser would read the word as an argument of the root command and answer
/// "2 unexpected arguments"; a planner who mistyped `run` needs the name and the list.
enum UnknownCommand {
    /// The message when `arguments` name an unknown command at any level (`rnu`, `erlang x`),
    /// nil when the command words are all known (the flags are left to ArgumentParser).
    static func message(_ arguments: [String]) -> String? {
        var configuration = Channelsim.configuration
        var path: [String] = []
        for word in arguments {
            let subcommands: [any ParsableCommand.Type] = configuration.subcommands
            // A command with no subcommands (or a default one) takes the word as its argument.
            guard !subcommands.isEmpty, configuration.defaultSubcommand == nil, !word.hasPrefix("-") else { return nil }
            var names: [String] = []
            for sub in subcommands { names.append(sub.configuration.commandName ?? sub._commandName) }
            if let k = names.firstIndex(of: word) {
                configuration = subcommands[k].configuration
                path.append(word)
                continue
            }
            if path.isEmpty && word == "help" { return nil }
            return describe(word, path: path, names: names)
        }
        return nil
    }

    static func describe(_ word: String, path: [String], names: [String]) -> String {
        let prefix = path.map { $0 + " " }.joined()
        var hint = ""
        if path.isEmpty && (word.hasSuffix(".yaml") || word.hasSuffix(".yml")) {
            hint = " (did you mean 'channelsim run \(word)'?)"
        } else if let close = NameSuggestion.closest(to: word, in: names) {
            hint = " (did you mean '\(prefix)\(close)'?)"
        }
        let help = (["channelsim"] + path + ["--help"]).joined(separator: " ")
        return "unknown command '\(prefix)\(word)'\(hint)\n"
            + "commands: \(names.map { prefix + $0 }.joined(separator: ", ")) (\(help) describes them)"
    }
}
