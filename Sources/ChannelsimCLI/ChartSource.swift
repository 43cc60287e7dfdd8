import ChannelModel
import Foundation
import ResultStore

/// What every chart is drawn from: an experiment's rows as the result store keeps them,
/// taken from the record about to be written when a command runs, or read back from the
/// database by `plot`. One source for both is what makes a redrawn chart byte-identical to
/// the one drawn at run time (docs/decisions.md, "Charts are drawn from the stored rows").
struct ChartSource {
    /// One variant (strategy, sweep point, stress variant) and its rows.
    struct Variant {
        var name: String
        /// The variant's parameters, path → value as written (`{"teams.web.headcount":"5"}`).
        var parameters: [String: String]
        var summaries: [MetricKey: SummaryRow]
        /// Per-interval means of the channels, then of their classes (`CHANNEL/CLASS`).
        var series: [IntervalSeriesRow]

        /// Mean and limits of a whole-horizon figure; nil when the variant has no defined mean.
        func figure(_ key: MetricKey) -> SummaryRow? {
            guard let row = summaries[key], let mean = row.mean, mean.isFinite else { return nil }
            return row
        }

        func mean(_ scope: String, _ metric: Metric) -> Double? { figure(MetricKey(scope: scope, metric: metric.rawValue))?.mean }
    }

    /// A target of the experiment, as its verdict rows record it.
    struct ChartTarget {
        var text: String
        var key: MetricKey
        var atLeast: Bool
        var bound: Double
    }

    /// The experiment's id in the database, nil when it was not stored (`--no-store`).
    var id: Int64?
    var kind: String
    var scenarioName: String
    var scenarioPath: String
    var scenarioHash: String
    var confidence: Double
    var baseline: String?
    /// The settings object, parsed (`targets`, a sweep's `axes`, a stress test's search).
    var settings: [String: Any]
    var variants: [Variant]
    /// The channels, in the model's order (the order of their interval series).
    var channels: [String]
    var targets: [ChartTarget]
    /// Each variant's verdict per target position.
    var verdicts: [String: [TargetVerdictRow.Verdict]]
    var comparisons: [ComparisonRow]

    /// From the record a command is about to store (or would store, with `--no-store`).
    init(record r: ExperimentRecord, id: Int64?) {
        self.init(id: id, kind: r.kind, scenarioName: r.scenarioName, scenarioPath: r.scenarioPath, scenarioHash: r.scenarioHash,
                  confidence: r.confidence, baseline: r.baseline, settings: r.settings,
                  variants: r.variants.map { ($0.strategy, $0.parameters, $0.summaries, $0.intervalSeries) },
                  verdicts: r.targetVerdicts, comparisons: r.comparisons)
    }

    /// Read back from the database; nil when there is no experiment `id`.
    init?(database: ResultDatabase, id: Int64) throws {
        guard let e = try database.experiment(id: id) else { return nil }
        let runs = try database.runs(experimentID: id)
        let variants = try runs.map { run in
            (run.strategy, run.parameters, try database.summaries(runID: run.id), try database.intervalSeries(runID: run.id))
        }
        self.init(id: id, kind: e.kind, scenarioName: e.scenarioName, scenarioPath: e.scenarioPath, scenarioHash: e.scenarioHash,
                  confidence: e.confidence, baseline: e.baseline, settings: e.settings, variants: variants,
                  verdicts: try database.targetVerdicts(experimentID: id), comparisons: try database.comparisons(experimentID: id))
    }

    private init(id: Int64?, kind: String, scenarioName: String, scenarioPath: String, scenarioHash: String, confidence: Double,
                 baseline: String?, settings: String, variants: [(String, String, [SummaryRow], [IntervalSeriesRow])],
                 verdicts: [TargetVerdictRow], comparisons: [ComparisonRow]) {
        self.id = id
        self.kind = kind
        self.scenarioName = scenarioName
        self.scenarioPath = scenarioPath
        self.scenarioHash = scenarioHash
        self.confidence = confidence
        self.baseline = baseline
        self.settings = Self.object(settings) ?? [:]
        self.variants = variants.map { name, parameters, summaries, series in
            Variant(name: name, parameters: (Self.object(parameters) ?? [:]).compactMapValues { $0 as? String },
                    summaries: Dictionary(summaries.map { (MetricKey(scope: $0.channel, metric: $0.metric), $0) }, uniquingKeysWith: { a, _ in a }),
                    series: series)
        }
        var channels: [String] = []
        // Classes' rows (`CHANNEL/CLASS`) follow their channel's: they are not channels.
        for row in variants.first?.3 ?? [] where channels.last != row.channel && !row.channel.contains("/")
            && !channels.contains(row.channel) {
            channels.append(row.channel)
        }
        self.channels = channels
        let first = verdicts.first?.variant
        self.targets = verdicts.filter { $0.variant == first }.sorted { $0.position < $1.position }.map {
            ChartTarget(text: $0.target, key: MetricKey(scope: $0.channel, metric: $0.metric), atLeast: $0.comparison == .atLeast,
                        bound: $0.bound)
        }
        self.verdicts = Dictionary(grouping: verdicts, by: \.variant).mapValues { $0.sorted { $0.position < $1.position }.map(\.verdict) }
        self.comparisons = comparisons
    }

    static func object(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }

    /// Whether every target of the experiment is met by `variant` (false without targets).
    func meetsEveryTarget(_ variant: String) -> Bool {
        guard let v = verdicts[variant], !v.isEmpty else { return false }
        return v.allSatisfy { $0 == .met }
    }

    /// The scenario's name as file names use it.
    var slug: String { IntradayChartBuilder.slug(scenarioName) }
}
