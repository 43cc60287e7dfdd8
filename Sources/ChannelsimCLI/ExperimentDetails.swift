import ResultStore

/// One stored experiment with everything `results show` and `results export` print.
struct ExperimentDetails {
    /// A variant: its run and the run's whole-horizon summaries.
    struct Variant {
        var run: StoredRun
        var summaries: [SummaryRow]
    }

    var experiment: StoredExperiment
    var variants: [Variant]
    var targetVerdicts: [TargetVerdictRow]
    var comparisons: [ComparisonRow]

    /// Experiment `id` from `database`, or nil if it has none.
    static func load(id: Int64, from database: ResultDatabase) throws -> ExperimentDetails? {
        guard let experiment = try database.experiment(id: id) else { return nil }
        let variants = try database.runs(experimentID: id).map {
            Variant(run: $0, summaries: try database.summaries(runID: $0.id))
        }
        return ExperimentDetails(experiment: experiment, variants: variants,
                                 targetVerdicts: try database.targetVerdicts(experimentID: id),
                                 comparisons: try database.comparisons(experimentID: id))
    }
}
