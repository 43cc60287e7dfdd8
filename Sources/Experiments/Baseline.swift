import ChannelModel
import Statistics

/// What `check` compares against: one scenario's figures, replication by replication, with
/// what produced them (docs/ci.md, "Baselines").
public struct Baseline: Sendable, Equatable {
    /// The format of the text file; a file of another format is refused, not misread.
    public static let format = 1

    public var version: String
    public var scenario: String
    /// `Scenario.meaningHash` of the scenario that produced it.
    public var meaningHash: String
    public var seed: UInt64
    public var replications: Int
    public var confidence: Double
    public var figures: [BaselineFigure]

    public init(version: String, scenario: String, meaningHash: String, seed: UInt64, replications: Int, confidence: Double,
                figures: [BaselineFigure]) {
        self.version = version
        self.scenario = scenario
        self.meaningHash = meaningHash
        self.seed = seed
        self.replications = replications
        self.confidence = confidence
        self.figures = figures
    }

    /// The baseline of an experiment's results: for every variant, the figures that apply
    /// to channels, teams, the totals and all visitors (not the per-group crosses, which
    /// would multiply the file for little), each defined in at least one replication.
    public init(_ result: ExperimentResult, scenario: String, meaningHash: String, version: String) {
        self.init(version: version, scenario: scenario, meaningHash: meaningHash, seed: result.design.seed,
                  replications: result.replications, confidence: result.design.confidence, figures: [])
        for v in result.variants {
            for e in v.summary.entries(model: v.variant.model) where e.applies && Self.kept(e.key) {
                guard let values = v.figures.replications(of: e.key), values.contains(where: { !$0.isNaN }) else { continue }
                figures.append(BaselineFigure(variant: v.variant.name, key: e.key, values: values))
            }
        }
    }

    /// Channels (no `/` in the scope), teams, the totals, `visitors/all/all`, and the
    /// channels' classes (`CHANNEL/CLASS`: the only other scope with one `/`), whose order
    /// of service is what a change to priorities or head starts would move.
    static func kept(_ key: MetricKey) -> Bool {
        !key.scope.contains("/") || key.scope.hasPrefix("team/") || key.scope == "visitors/all/all"
            || key.scope.split(separator: "/", omittingEmptySubsequences: false).count == 2
    }
}

/// One figure of one variant in a baseline: its value in each replication (NaN where
/// undefined).
public struct BaselineFigure: Sendable, Equatable {
    public var variant: String
    public var key: MetricKey
    public var values: [Double]

    public init(variant: String, key: MetricKey, values: [Double]) {
        self.variant = variant
        self.key = key
        self.values = values
    }

    /// Equality is bit for bit: NaN equals NaN here, as in the reproducibility relation.
    public static func == (a: BaselineFigure, b: BaselineFigure) -> Bool {
        a.variant == b.variant && a.key == b.key && a.values.map(\.bitPattern) == b.values.map(\.bitPattern)
    }
}
