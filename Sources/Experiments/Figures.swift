import ChannelModel
import Statistics

/// A replication's whole-horizon figures flattened under their keys, in report order: each
/// channel's metrics, then that channel's metrics per visitor group and per class
/// (`CHANNEL/CLASS`), then the visitor
/// groups', teams' and totals' figures. The one walk every output and comparison uses.
extension ReplicationMetrics {
    /// The keys of `figureValues()`, in the same order.
    public func figureKeys() -> [MetricKey] {
        var keys: [MetricKey] = []
        for ch in channels {
            keys += Metric.allCases.map { MetricKey(scope: ch.channel, metric: $0.rawValue) }
            for label in visitorGroupLabels.prefix(ch.groups.count) {
                keys += Metric.allCases.map { MetricKey(scope: "\(ch.channel)/\(label)", metric: $0.rawValue) }
            }
            for label in ch.classLabels.prefix(ch.classes.count) {
                keys += Metric.allCases.map { MetricKey(scope: "\(ch.channel)/\(label)", metric: $0.rawValue) }
            }
        }
        for g in groups { keys += g.names.map { MetricKey(scope: g.key, metric: $0) } }
        return keys
    }

    /// Every whole-horizon figure (NaN where undefined), in `figureKeys()` order.
    public func figureValues() -> [Double] {
        var values: [Double] = []
        for ch in channels {
            values += ch.total.values
            for g in ch.groups { values += g.values }
            for k in ch.classes { values += k.values }
        }
        for g in groups { values += g.values }
        return values
    }
}

/// Every replication's figures of one variant: a key list and one value vector per
/// replication, so any figure's replications can be read (and paired) by key.
public struct FigureTable: Sendable {
    public var keys: [MetricKey]
    /// [replication][key index]
    public var values: [[Double]]
    private var index: [MetricKey: Int]

    public init(_ replications: [ReplicationMetrics]) {
        keys = replications.first?.figureKeys() ?? []
        values = replications.map { $0.figureValues() }
        index = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The figure's value in each replication, or nil when this variant does not report it.
    public func replications(of key: MetricKey) -> [Double]? {
        index[key].map { k in values.map { $0[k] } }
    }

    /// The mean and interval of a figure over the replications.
    public func interval(of key: MetricKey, level: Double) -> ConfidenceInterval? {
        replications(of: key).flatMap { ConfidenceInterval(values: $0, level: level) }
    }
}

/// One whole-horizon figure of a summary, with what it is and whether it applies to its
/// scope (tables print only those that do; JSON, CSV and the store keep them all).
public struct SummaryEntry: Sendable {
    public var key: MetricKey
    public var info: MetricInfo
    public var interval: ConfidenceInterval?
    public var applies: Bool
}

extension ExperimentSummary {
    /// Every whole-horizon figure in report order (the order of `figureKeys()`).
    public func entries(model: ModelSpec) -> [SummaryEntry] {
        var out: [SummaryEntry] = []
        for (c, ch) in channels.enumerated() {
            let index = model.channels.firstIndex { $0.name == ch.channel } ?? c
            func add(_ scope: String, _ row: [MetricInterval]) {
                for m in Metric.allCases {
                    out.append(SummaryEntry(key: MetricKey(scope: scope, metric: m.rawValue), info: MetricCatalog.info(m),
                                            interval: row[m.index], applies: model.metricApplies(m, channel: index)))
                }
            }
            add(ch.channel, ch.total)
            for (label, row) in zip(visitorGroupLabels, ch.groups) { add("\(ch.channel)/\(label)", row) }
            for (label, row) in zip(ch.classLabels, ch.classes) { add("\(ch.channel)/\(label)", row) }
        }
        for g in groups {
            for (name, ci) in zip(g.names, g.values) {
                out.append(SummaryEntry(key: MetricKey(scope: g.key, metric: name), info: MetricCatalog.info(name),
                                        interval: ci, applies: true))
            }
        }
        return out
    }
}
