import ArgumentParser
import Charts
import Fitting
import Foundation
import Scenario

/// `channelsim fit LOG… -o scenario.yaml`: learns arrivals, handle time, patience and agents
/// present from a contact log and writes a scenario that `run` accepts (docs/howto-fit.md).
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit a scenario from a contact log: arrivals, handle time, patience (censored), agents present.")

    @Argument(help: "Contact logs: CSV or TSV with a header line, gzipped or not.")
    var logs: [String]

    @Option(help: "Column layout: anonymous-bank (the bank's call records) or generic.")
    var layout = "anonymous-bank"

    @Option(parsing: .singleValue, help: "Column map FIELD=COLUMN[,…], for headers named differently (repeatable).")
    var map: [String] = []

    @Option(help: "Bank layout: class contacts by type, priority or none.")
    var classes = "type"

    @Option(help: "First day fitted, YYYY-MM-DD.")
    var from: String?

    @Option(help: "Last day fitted, YYYY-MM-DD (inclusive).")
    var to: String?

    @Option(help: "Weekdays fitted: names and ranges, e.g. sun-thu or mon,wed.")
    var weekdays: String?

    @Option(help: "Interval length: 15m, 30m or 60m.")
    var interval = "30m"

    @Option(name: .customLong("handle-by"), help: "Handle time: one law per clock hour (hours with under 500 served pooled) or one for the whole day: hour or day.")
    var handleBy = "hour"

    @Option(name: .customLong("patience-by"), help: "Patience: one law per clock hour (hours with under 200 abandoned pooled) or one for the whole day: hour or day.")
    var patienceBy = "day"

    @Option(help: "Fit only this channel.")
    var channel: String?

    @Option(name: .shortAndLong, help: "Write the fitted scenario to this file.")
    var output: String?

    @Option(help: "Draw the QQ and survival charts (.dat, .gp, PNG and SVG) into this folder.")
    var plots: String?

    @Option(name: .customLong("intervals-csv"), help: "Write the log per channel, day and interval as CSV (for validation).")
    var intervalsCSV: String?

    @Option(help: "Write the offered contacts as a replay CSV (time, handle, patience); with -o, the scenario written replays them day by day.")
    var replay: String?

    /// The old name of `--replay` (`run --trace` writes events): still read, with a notice.
    @Option(name: .customLong("trace"), help: .hidden)
    var deprecatedTrace: String?

    @Option(help: "Report format: table or json.")
    var format = "table"

    @Option(name: .customLong("max-wait"), help: "Waits above this are outliers.")
    var maxWait = DurationArg(argument: "1h")

    @Option(name: .customLong("max-handle"), help: "Handle times above this are outliers.")
    var maxHandle = DurationArg(argument: "2h")

    @Option(help: "Name of the written scenario (default: fitted- and the first log's name).")
    var name: String?

    func validate() throws {
        if replay != nil && deprecatedTrace != nil {
            throw ValidationError("--trace is the old name of --replay: give one of them")
        }
    }

    func run() throws {
        if deprecatedTrace != nil { printError("fit --trace is deprecated: use --replay (the same file)") }
        let trace = replay ?? deprecatedTrace
        let setup = try settings()
        for path in [output, intervalsCSV, trace].compactMap({ $0 }) { try checkWritable(path) }
        var acc = LogAccumulator(intervalLength: setup.interval, selection: setup.selection)
        acc.keepsRecords = trace != nil
        let result: FitResult
        do {
            try acc.read(paths: logs, layout: setup.layout)
            result = try Estimator.fit(acc, files: logs, layout: setup.layout.name,
                                       classedBy: setup.layout.name == .anonymousBank ? setup.layout.bankClasses.rawValue : "class",
                                       handleBy: setup.handleBy, patienceBy: setup.patienceBy)
        } catch { throw CLIFailure(status: .badInput, description: error.description) }
        // An estimate the log cannot support is said, and the rest fitted (exit 0).
        for w in FitReport.warnings(result) { printError(w) }
        let scenarioName = name ?? defaultName
        var text = ScenarioText.render(result, name: scenarioName)
        if let trace {
            // One trace file holds one channel: a log with several needs --channel.
            guard result.channels.count == 1, let only = result.channels.first else {
                throw CLIFailure(status: .badInput, description: "--replay: the selection has \(result.channels.count) channels "
                                 + "(\(result.channels.map(\.name).joined(separator: ", "))) (expected one: choose it with --channel)")
            }
            do { try ReplayText.trace(acc.records, channel: only.name, classes: only.classes.count > 1).write(toFile: trace, atomically: true, encoding: .utf8) } catch {
                throw CLIFailure(status: .runtime, description: "cannot write '\(trace)': \(error.localizedDescription)")
            }
            if let output {
                text = ReplayText.render(result, name: scenarioName, traces: [only.name: Self.relativePath(trace, from: output)])
            }
        }
        var validated: String?
        if let output {
            // The text is checked by the loader before anything is written: a scenario that
            // `run` would refuse is a bug here, not the user's input.
            let directory = (output as NSString).deletingLastPathComponent
            do {
                let s = try ScenarioLoader.parse(text, file: output, baseDirectory: directory.isEmpty ? "." : directory)
                validated = "\(s.model.channels.count) channel(s), \(s.model.teams.count) team(s), \(s.model.horizon.intervalCount) intervals"
            } catch {
                throw CLIFailure(status: .runtime, description: "the fitted scenario does not load (a bug in fit): \(error.description)")
            }
            do { try text.write(toFile: output, atomically: true, encoding: .utf8) } catch {
                throw CLIFailure(status: .runtime, description: "cannot write '\(output)': \(error.localizedDescription)")
            }
        }
        if let intervalsCSV {
            do { try DayIntervalCSV.text(result.tables).write(toFile: intervalsCSV, atomically: true, encoding: .utf8) } catch {
                throw CLIFailure(status: .runtime, description: "cannot write '\(intervalsCSV)': \(error.localizedDescription)")
            }
        }
        var charts: [String] = []
        if let plots { charts = try FitCharts.draw(result, name: scenarioName, to: plots) }
        if setup.json {
            print(FitReport.json(result, scenario: output, charts: charts).text)
        } else {
            print(FitReport.table(result), terminator: "")
            if let output, let validated { print("scenario: \(output) (loads: \(validated))") }
            for c in charts { print("chart \(c)") }
        }
    }

    /// `path` as the scenario at `scenario` names it: its file name when both share a
    /// folder, else absolute.
    static func relativePath(_ path: String, from scenario: String) -> String {
        func folder(_ p: String) -> String {
            URL(fileURLWithPath: (p as NSString).deletingLastPathComponent.isEmpty ? "." : (p as NSString).deletingLastPathComponent)
                .standardizedFileURL.path
        }
        if folder(path) == folder(scenario) { return (path as NSString).lastPathComponent }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    var defaultName: String {
        var base = ((logs.first ?? "log") as NSString).lastPathComponent
        for ext in [".gz", ".txt", ".csv", ".tsv"] where base.hasSuffix(ext) { base = String(base.dropLast(ext.count)) }
        return "fitted-" + ScenarioText.safeName(base)
    }

    struct Settings {
        var layout: LogLayout
        var selection: FitSelection
        var interval: Double
        var json: Bool
        var handleBy: BandSplit
        var patienceBy: BandSplit
    }

    /// Every flag read and checked before any file is opened.
    func settings() throws -> Settings {
        func bad(_ s: String) -> CLIFailure { CLIFailure(status: .badInput, description: s) }
        guard let layoutName = LayoutName(rawValue: layout) else {
            throw bad("--layout: unknown layout '\(layout)' (expected one of: \(LayoutName.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard let bankClasses = BankClasses(rawValue: classes) else {
            throw bad("--classes: '\(classes)' (expected one of: \(BankClasses.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        guard format == "table" || format == "json" else { throw bad("--format: '\(format)' (expected table or json)") }
        let splits = BandSplit.allCases.map(\.rawValue).joined(separator: " or ")
        guard let handleSplit = BandSplit(rawValue: handleBy) else { throw bad("--handle-by: '\(handleBy)' (expected \(splits))") }
        guard let patienceSplit = BandSplit(rawValue: patienceBy) else { throw bad("--patience-by: '\(patienceBy)' (expected \(splits))") }
        let allowed: [String: Double] = ["15m": 900, "30m": 1800, "60m": 3600, "1h": 3600]
        guard let length = allowed[interval] else { throw bad("--interval: '\(interval)' (expected 15m, 30m or 60m)") }
        let wait: Double, handle: Double
        do {
            wait = try maxWait.check("--max-wait", example: "1h", positive: true)
            handle = try maxHandle.check("--max-handle", example: "2h", positive: true)
        } catch let e as FlagValueError { throw bad(e.description) }
        guard !logs.isEmpty else { throw bad("fit: no log given (expected one or more contact log files)") }
        do {
            let columnMap = try LogLayout.parseMap(map, layout: layoutName)
            var selection = FitSelection(channel: channel)
            if let from { selection.from = try FitSelection.parseDate(from, flag: "--from") }
            if let to { selection.to = try FitSelection.parseDate(to, flag: "--to") }
            if let a = selection.from, let b = selection.to, a > b {
                throw FitError("--from \(from!) is after --to \(to!) (expected a period of at least one day)")
            }
            if let weekdays { selection.weekdays = try FitSelection.parseWeekdays(weekdays) }
            return Settings(layout: LogLayout(name: layoutName, columnMap: columnMap, bankClasses: bankClasses,
                                              defaultChannel: layoutName == .anonymousBank ? "phone" : "contacts",
                                              maxWait: wait, maxHandle: handle),
                            selection: selection, interval: length, json: format == "json",
                            handleBy: handleSplit, patienceBy: patienceSplit)
        } catch let e as FitError { throw bad(e.description) }
    }

    /// Refuses an output path that cannot be written, before the (long) read.
    func checkWritable(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw CLIFailure(status: .badInput, description: "'\(path)' is a folder (expected a file name to write)")
        }
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
            throw CLIFailure(status: .badInput, description: "'\(path)': folder '\(directory)' does not exist (expected an existing folder)")
        }
    }
}
