import ChannelModel
import Statistics

/// One metric's mean over replications with its confidence interval (nil when the metric
/// was undefined in every replication).
public typealias MetricInterval = ConfidenceInterval?

/// The across-replication summary of one channel: over the horizon, per interval, and
/// per visitor group.
public struct ChannelSummary: Sendable {
    public var channel: String
    /// Indexed by `Metric.index`.
    public var total: [MetricInterval]
    /// [interval][Metric.index]
    public var intervals: [[MetricInterval]]
    /// [visitor group][Metric.index], in the order of `ExperimentSummary.visitorGroupLabels`.
    public var groups: [[MetricInterval]]
    /// [class][Metric.index], in the order of `classLabels` (empty without classes).
    public var classes: [[MetricInterval]] = []
    public var classLabels: [String] = []
    /// [class][interval][Metric.index], the classes' figures per interval of arrival
    /// (empty without classes).
    public var classIntervals: [[[MetricInterval]]] = []

    public subscript(_ m: Metric) -> MetricInterval { total[m.index] }
}

extension ChannelSummary {
    /// The scopes that have figures per interval, in report order: the channel, then each
    /// of its classes (`CHANNEL/CLASS`); the walk the CSV, JSON and the store share.
    public var intervalScopes: [(scope: String, intervals: [[MetricInterval]])] {
        [(channel, intervals)] + zip(classLabels, classIntervals).map { ("\(channel)/\($0)", $1) }
    }
}

/// The across-replication summary of one `MetricGroup` (a visitor group, a team, the totals).
public struct GroupSummary: Sendable {
    public var kind: MetricGroup.Kind
    public var label: String
    public var names: [String]
    /// One interval per name.
    public var values: [MetricInterval]
    /// Where its rows are stored (see `MetricGroup.key`).
    public var key: String

    public subscript(_ name: String) -> MetricInterval {
        names.firstIndex(of: name).flatMap { values[$0] }
    }
}

/// An experiment's result: every channel's and group's summaries, plus the replications.
public struct ExperimentSummary: Sendable {
    public var channels: [ChannelSummary]
    /// Visitor groups, teams and totals, in `ReplicationMetrics.groups` order.
    public var groups: [GroupSummary] = []
    public var visitorGroupLabels: [String] = []
    public var replications: [ReplicationMetrics]
    public var level: Double
    /// Which intervals `replications` hold (`ExperimentDesign.keptIntervals`); `channels`
    /// summarise every interval whatever this says.
    public var keptIntervals: KeptIntervals = .all

    /// The groups of one kind, in order.
    public func groups(_ kind: MetricGroup.Kind) -> [GroupSummary] { groups.filter { $0.kind == kind } }

    /// Means and Student-t intervals over `replications` (in replication order, so the
    /// result is the same whatever order they were computed in). `intervals`, when given,
    /// are the channels' per-interval intervals already folded (`IntervalFold`), and
    /// `kept` says which intervals the replications still hold.
    public init(replications: [ReplicationMetrics], level: Double = 0.95, intervals: [[[MetricInterval]]]? = nil,
                kept: KeptIntervals = .all) {
        self.replications = replications
        self.level = level
        self.keptIntervals = kept
        guard let first = replications.first else {
            channels = []
            return
        }
        visitorGroupLabels = first.visitorGroupLabels
        groups = first.groups.indices.map { g in
            let group = first.groups[g]
            return GroupSummary(
                kind: group.kind, label: group.label, names: group.names,
                values: group.names.indices.map { k in
                    ConfidenceInterval(values: replications.map { $0.groups[g].values[k] }, level: level)
                },
                key: group.key)
        }
        channels = first.channels.indices.map { c in
            let intervalCount = first.channels[c].intervals.count
            func interval(_ pick: (ReplicationMetrics) -> MetricValues) -> [MetricInterval] {
                // Each replication's row is picked once and read by position: looking a
                // metric's index up per value (a hash) was a tenth of a short run's time.
                let rows = replications.map { pick($0).values }
                return Metric.allCases.indices.map { k in ConfidenceInterval(values: rows.map { $0[k] }, level: level) }
            }
            var summary = ChannelSummary(
                channel: first.channels[c].channel,
                total: interval { $0.channels[c].total },
                intervals: intervals?[c] ?? (0..<intervalCount).map { i in interval { $0.channels[c].intervals[i] } },
                groups: first.channels[c].groups.indices.map { g in interval { $0.channels[c].groups[g] } })
            summary.classLabels = first.channels[c].classLabels
            summary.classes = first.channels[c].classes.indices.map { k in interval { $0.channels[c].classes[k] } }
            summary.classIntervals = first.channels[c].classIntervals.indices.map { k in
                (0..<intervalCount).map { i in interval { $0.channels[c].classIntervals[k][i] } }
            }
            return summary
        }
    }
}
