import ChannelModel

/// The figures a comparison gives verdicts on, after the targets: what a consultant reports
/// first (abandonment, service level, speed of answer and reply, cost per resolved contact,
/// revenue, the satisfaction proxy), where the model reports them.
public enum HeadlineFigures {
    public static func comparison(_ model: ModelSpec) -> [MetricKey] {
        var keys: [MetricKey] = []
        for (c, ch) in model.channels.enumerated() {
            let metrics: [Metric] = [.pAbandon, .slOffered, .asa, .abandonedMidChat, .replyDelay, .responseTime, .costPerResolved,
                                     .satisfaction]
            keys += metrics.filter { model.metricApplies($0, channel: c) }.map { MetricKey(scope: ch.name, metric: $0.rawValue) }
        }
        if model.visitors != nil {
            keys += ["resolved", "left", "abandoned"].map { MetricKey(scope: "visitors/all/all", metric: $0) }
        }
        let costs = model.teams.contains { $0.costPerHour > 0 }
        let sales = model.visitors?.enquiries.contains { $0.sale != nil } ?? false
        if costs { keys.append(MetricKey(scope: "totals", metric: "cost_per_resolved")) }
        if sales { keys.append(MetricKey(scope: "totals", metric: "revenue")) }
        if costs && sales { keys.append(MetricKey(scope: "totals", metric: "revenue_less_cost")) }
        if model.visitors != nil && model.satisfaction != nil { keys.append(MetricKey(scope: "totals", metric: "satisfaction_proxy")) }
        return keys
    }
}
