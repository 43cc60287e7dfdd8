/// The statements on experiments, target verdicts and comparisons.
extension SQL {
    static let insertExperiment = """
        INSERT INTO experiments (kind, scenario_name, scenario_path, scenario_hash, seed,
                                 replications, threads, version, started_at, wall_seconds,
                                 command, confidence, baseline, settings)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let insertTargetVerdict = """
        INSERT INTO target_verdicts (experiment_id, run_id, position, target, channel, metric,
                                     comparison, bound, mean, low, high, n, verdict)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    static let insertComparison = """
        INSERT INTO comparisons (experiment_id, run_id, baseline_run_id, channel, metric,
                                 difference, half_width, low, high, n, relative, p_value,
                                 adjusted_p, verdict)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    private static let experimentColumns = """
        id, kind, scenario_name, scenario_path, scenario_hash, seed, replications, threads,
        version, started_at, wall_seconds, command, confidence, baseline, settings
        """
    static let selectExperiments = "SELECT \(experimentColumns) FROM experiments ORDER BY id"
    static let selectExperiment = "SELECT \(experimentColumns) FROM experiments WHERE id = ?"
    /// Variant names come from the runs, so a row reads back as it was handed in.
    static let selectTargetVerdicts = """
        SELECT r.strategy, t.position, t.target, t.channel, t.metric, t.comparison, t.bound,
               t.mean, t.low, t.high, t.n, t.verdict
        FROM target_verdicts AS t JOIN runs AS r ON r.id = t.run_id
        WHERE t.experiment_id = ? ORDER BY t.rowid
        """
    static let selectComparisons = """
        SELECT r.strategy, b.strategy, c.channel, c.metric, c.difference, c.half_width, c.low,
               c.high, c.n, c.relative, c.p_value, c.adjusted_p, c.verdict
        FROM comparisons AS c
        JOIN runs AS r ON r.id = c.run_id
        JOIN runs AS b ON b.id = c.baseline_run_id
        WHERE c.experiment_id = ? ORDER BY c.rowid
        """
    static let deleteExperiment = "DELETE FROM experiments WHERE id = ?"
}
