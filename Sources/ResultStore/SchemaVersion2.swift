/// Schema version 2: experiments, compact per-replication values, target verdicts and
/// comparisons (documented in docs/results.md).
///
/// It runs inside the migrate transaction with `foreign_keys = ON` (the pragma cannot be
/// switched inside a transaction). That rules out rebuilding `runs`: dropping the old table
/// would cascade-delete every summary. So `runs` only gains columns, and
/// `runs.experiment_id` stays nullable (ADD COLUMN with REFERENCES needs a NULL default);
/// the writer always sets it and the upgrade below fills it for every v1 run.
extension Schema {
    static let version2 = """
        CREATE TABLE experiments (
            id            INTEGER PRIMARY KEY AUTOINCREMENT,
            kind          TEXT    NOT NULL,
            scenario_name TEXT    NOT NULL,
            scenario_path TEXT    NOT NULL,
            scenario_hash TEXT    NOT NULL,
            seed          INTEGER NOT NULL,
            replications  INTEGER NOT NULL CHECK (replications >= 0),
            threads       INTEGER NOT NULL CHECK (threads >= 0),
            version       TEXT    NOT NULL,
            started_at    TEXT    NOT NULL,
            wall_seconds  REAL,
            command       TEXT    NOT NULL,
            confidence    REAL    NOT NULL CHECK (confidence > 0 AND confidence < 1),
            baseline      TEXT,
            settings      TEXT    NOT NULL DEFAULT '{}'
                CHECK (json_valid(settings) AND json_type(settings) = 'object')
        );
        CREATE INDEX experiments_by_scenario ON experiments (scenario_name, id);

        ALTER TABLE runs ADD COLUMN experiment_id INTEGER
            REFERENCES experiments (id) ON DELETE CASCADE;
        ALTER TABLE runs ADD COLUMN parameters TEXT NOT NULL DEFAULT '{}'
            CHECK (json_valid(parameters) AND json_type(parameters) = 'object');

        -- Each v1 run becomes an experiment of its own, under the same id, so the runs find
        -- theirs without a mapping table. v1 recorded only the subcommand, so that is the
        -- kind and the command line; the confidence is the level its summaries used.
        INSERT INTO experiments (id, kind, scenario_name, scenario_path, scenario_hash, seed,
                                 replications, threads, version, started_at, wall_seconds,
                                 command, confidence, baseline, settings)
        SELECT id, command, scenario_name, scenario_path, scenario_hash, seed,
               replications, threads, version, started_at, wall_seconds, command,
               coalesce((SELECT s.confidence FROM summaries AS s WHERE s.run_id = runs.id
                         ORDER BY s.rowid LIMIT 1), 0.95),
               NULL, '{}'
        FROM runs ORDER BY id;
        UPDATE runs SET experiment_id = id;

        -- Variant names are how verdicts and comparisons name a run: unique per experiment.
        -- The index also serves "the runs of an experiment" and the cascade from experiments.
        CREATE UNIQUE INDEX runs_by_experiment ON runs (experiment_id, strategy);

        -- Per-replication values were most of a file, each repeating its channel and metric
        -- names; a key dictionary shared by all runs stores each name pair once.
        CREATE TABLE metric_keys (
            id      INTEGER PRIMARY KEY,
            channel TEXT NOT NULL CHECK (channel <> ''),
            metric  TEXT NOT NULL CHECK (metric <> ''),
            UNIQUE (channel, metric)
        );
        CREATE TABLE replication_values (
            run_id      INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            key_id      INTEGER NOT NULL REFERENCES metric_keys (id),
            replication INTEGER NOT NULL CHECK (replication >= 0),
            value       REAL,
            PRIMARY KEY (run_id, key_id, replication)
        ) WITHOUT ROWID;

        -- Keys are numbered in the order they first appear, as the writer numbers new ones.
        INSERT INTO metric_keys (channel, metric)
        SELECT channel, metric FROM replication_metrics
        GROUP BY channel, metric ORDER BY min(rowid);
        INSERT INTO replication_values (run_id, key_id, replication, value)
        SELECT m.run_id, k.id, m.replication, m.value
        FROM replication_metrics AS m
        JOIN metric_keys AS k ON k.channel = m.channel AND k.metric = m.metric;
        DROP TABLE replication_metrics;

        -- The old table's name and columns, so queries written against v1 keep working.
        CREATE VIEW replication_metrics (run_id, replication, channel, metric, value) AS
        SELECT v.run_id, v.replication, k.channel, k.metric, v.value
        FROM replication_values AS v JOIN metric_keys AS k ON k.id = v.key_id;

        CREATE TABLE target_verdicts (
            experiment_id INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
            run_id        INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            position      INTEGER NOT NULL CHECK (position >= 0),
            target        TEXT    NOT NULL CHECK (target <> ''),
            channel       TEXT    NOT NULL CHECK (channel <> ''),
            metric        TEXT    NOT NULL CHECK (metric <> ''),
            comparison    TEXT    NOT NULL CHECK (comparison IN ('>=', '<=')),
            bound         REAL    NOT NULL,
            mean          REAL,
            low           REAL,
            high          REAL,
            n             INTEGER NOT NULL CHECK (n >= 0),
            verdict       TEXT    NOT NULL
                CHECK (verdict IN ('met', 'missed', 'undecided', 'undefined')),
            UNIQUE (run_id, position)
        );
        CREATE INDEX target_verdicts_by_experiment ON target_verdicts (experiment_id);

        -- The baseline cascades too: a difference from a deleted run means nothing, and
        -- without it deleting that run by hand would fail on the foreign key.
        CREATE TABLE comparisons (
            experiment_id   INTEGER NOT NULL REFERENCES experiments (id) ON DELETE CASCADE,
            run_id          INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            baseline_run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
            channel         TEXT    NOT NULL CHECK (channel <> ''),
            metric          TEXT    NOT NULL CHECK (metric <> ''),
            difference      REAL,
            half_width      REAL,
            low             REAL,
            high            REAL,
            n               INTEGER NOT NULL CHECK (n >= 0),
            relative        REAL,
            p_value         REAL CHECK (p_value >= 0 AND p_value <= 1),
            adjusted_p      REAL CHECK (adjusted_p >= 0 AND adjusted_p <= 1),
            verdict         TEXT    NOT NULL CHECK (verdict IN
                ('better', 'worse', 'no significant difference', 'no interval', 'higher', 'lower', 'identical',
                 'undefined', 'none')),
            UNIQUE (run_id, channel, metric)
        );
        CREATE INDEX comparisons_by_experiment ON comparisons (experiment_id);
        -- Deleting a run looks up the comparisons that name it as baseline.
        CREATE INDEX comparisons_by_baseline ON comparisons (baseline_run_id);
        """
}
