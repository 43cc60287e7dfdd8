import ArgumentParser
import Foundation
import ResultStore

/// `channelsim results list|show|export|delete`: reads and prunes the experiments stored in
/// a result database.
struct ResultsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "results",
        abstract: "List, show, export or delete the experiments stored in a result database.",
        subcommands: [ResultsList.self, ResultsShow.self, ResultsExport.self, ResultsDelete.self])
}

/// The database option every `results` subcommand takes, and opening it.
struct ResultsDatabaseOption: ParsableArguments {
    @Option(parsing: .unconditional, help: "Result database.")
    var db: String = "Results/results.sqlite"

    /// Opens the database, which must exist: opening creates a missing file, and a mistyped
    /// `--db` should say so rather than leave an empty database behind.
    ///
    /// A file that is not a result database this build can read is bad input (exit 2); so is
    /// a missing one. Opening upgrades a file of an older schema version in place.
    func open() throws -> ResultDatabase {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: db, isDirectory: &isDirectory) else {
            throw CLIFailure(status: .badInput, description: "results: no result database at \(db)")
        }
        guard !isDirectory.boolValue else {
            throw CLIFailure(status: .badInput, description: "results: \(db) is a directory, not a result database")
        }
        do {
            return try ResultDatabase(path: db)
        } catch let error as StoreError {
            switch error {
            case .schema: throw CLIFailure(status: .badInput, description: "results: \(db): \(error)")
            case .open, .unwritable: throw CLIFailure(status: .badInput, description: "results: \(error)")
            case .sqlite, .invalidRecord: throw CLIFailure(status: .runtime, description: "results: \(error)")
            }
        }
    }

    /// Runs `body` on the opened database; a failure while reading or deleting is a runtime
    /// failure (exit 3), unlike the bad input `open` reports.
    func with<T>(_ body: (ResultDatabase) throws -> T) throws -> T {
        let database = try open()
        do {
            return try body(database)
        } catch let error as StoreError {
            throw CLIFailure(status: .runtime, description: "results: \(db): \(error)")
        }
    }

    /// The stored experiment `id` with everything `show` and `export` print.
    func details(_ id: Int64) throws -> ExperimentDetails {
        let found = try with { database in try ExperimentDetails.load(id: id, from: database) }
        guard let found else { throw noExperiment(id) }
        return found
    }

    func noExperiment(_ id: Int64) -> CLIFailure {
        CLIFailure(status: .badInput, description: "results: no experiment \(id) in \(db)")
    }
}

/// `results list`: one line per stored experiment, oldest first.
struct ResultsList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "One line per stored experiment, oldest first.")

    @OptionGroup var database: ResultsDatabaseOption

    @Option(parsing: .unconditional, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let listed = try database.with { db in
            try db.experiments().map { ($0, try db.runs(experimentID: $0.id).map(\.strategy)) }
        }
        print(ResultsListing.render(listed, format: format), terminator: "")
    }
}

/// `results show ID`: an experiment's provenance, variants, verdicts, comparisons and summaries.
struct ResultsShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Provenance, variants, target verdicts, comparisons and channel summaries of one experiment.",
        discussion: "In json and csv format, prints what `results export` writes.")

    @Argument(help: "Experiment id (see `results list`).")
    var id: Int64

    @OptionGroup var database: ResultsDatabaseOption

    @Option(parsing: .unconditional, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table

    func run() throws {
        let details = try database.details(id)
        switch format {
        case .table: print(ResultsShowTable.render(details), terminator: "")
        case .json, .jsonl: print(ResultsExportFormat.json(details))
        case .csv: print(ResultsExportFormat.csv(details), terminator: "")
        }
    }
}

/// `results export ID`: every summary row of every variant, as CSV or one JSON document.
struct ResultsExport: ParsableCommand {
    /// What `export` writes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, json
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Every summary row of every variant of one experiment, as CSV or JSON.")

    @Argument(help: "Experiment id (see `results list`).")
    var id: Int64

    @OptionGroup var database: ResultsDatabaseOption

    @Option(parsing: .unconditional, help: "Output format: csv or json.")
    var format: Format = .csv

    @Option(name: .shortAndLong, parsing: .unconditional, help: "Write to this file instead of standard output.")
    var output: String?

    func run() throws {
        let details = try database.details(id)
        let text = format == .csv ? ResultsExportFormat.csv(details) : ResultsExportFormat.json(details) + "\n"
        guard let output else { return print(text, terminator: "") }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CLIFailure(status: .runtime, description: "results: cannot write \(output): \(error.localizedDescription)")
        }
    }
}

/// `results delete ID`: removes an experiment with its runs and all their rows.
struct ResultsDelete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete", abstract: "Delete one experiment with its runs and all their rows.")

    @Argument(help: "Experiment id (see `results list`).")
    var id: Int64

    @OptionGroup var database: ResultsDatabaseOption

    func run() throws {
        let deleted = try database.with { db -> (StoredExperiment, [String])? in
            // Read first, to say what went; a concurrent delete between the two is reported
            // as "no experiment", which is then true.
            guard let experiment = try db.experiment(id: id) else { return nil }
            let variants = try db.runs(experimentID: id).map(\.strategy)
            return try db.deleteExperiment(id: id) ? (experiment, variants) : nil
        }
        guard let (experiment, variants) = deleted else { throw database.noExperiment(id) }
        print("deleted experiment \(id) (\(experiment.kind) of \(experiment.scenarioName); "
              + "\(variants.count == 1 ? "variant" : "variants") \(variants.joined(separator: ", "))) "
              + "from \(database.db)")
    }
}
