import ChannelModel
import Statistics

/// One metric's mean over replications with its confidence interval (nil when the metric
/// was undefined in every replication).
public typealias MetricInterval = ConfidenceInterval?

/// The across-replication summary of one channel: over the horizon and per interval.
public struct ChannelSummary: Sendable {
    public var channel: String
    /// Indexed by `Metric.index`.
    public var total: [MetricInterval]
    /// [interval][Metric.index]
    public var intervals: [[MetricInterval]]

    public subscript(_ m: Metric) -> MetricInterval { total[m.index] }
}

/// The across-replication summary of one visitor group (segment × enquiry, or all).
public struct VisitorGroupSummary: Sendable {
    public var segment: String
    public var enquiry: String
    public var names: [String]
    /// One interval per name (counts per replication: visitors, outcomes, contacts).
    public var values: [MetricInterval]
}

/// An experiment's result: every channel's summaries, plus the replications themselves.
public struct ExperimentSummary: Sendable {
    public var channels: [ChannelSummary]
    /// Website visitors by segment × enquiry, then all; empty without visitors.
    public var visitorGroups: [VisitorGroupSummary] = []
    public var replications: [ReplicationMetrics]
    public var level: Double

    /// Means and Student-t intervals over `replications` (in replication order, so the
    /// result is the same whatever order they were computed in).
    public init(replications: [ReplicationMetrics], level: Double = 0.95) {
        self.replications = replications
        self.level = level
        guard let first = replications.first else {
            channels = []
            return
        }
        visitorGroups = first.visitorGroups.indices.map { g in
            let group = first.visitorGroups[g]
            return VisitorGroupSummary(
                segment: group.segment, enquiry: group.enquiry, names: group.names,
                values: group.names.indices.map { k in
                    ConfidenceInterval(values: replications.map { $0.visitorGroups[g].values[k] }, level: level)
                })
        }
        channels = first.channels.indices.map { c in
            let intervalCount = first.channels[c].intervals.count
            func interval(_ pick: (ReplicationMetrics) -> MetricValues) -> [MetricInterval] {
                Metric.allCases.map { m in ConfidenceInterval(values: replications.map { pick($0)[m] }, level: level) }
            }
            return ChannelSummary(
                channel: first.channels[c].channel,
                total: interval { $0.channels[c].total },
                intervals: (0..<intervalCount).map { i in interval { $0.channels[c].intervals[i] } })
        }
    }
}
