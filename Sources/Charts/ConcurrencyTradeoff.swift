import Foundation

/// A chat channel's figures against the chats each agent may hold: the concurrency
/// trade-off chart's input.
public struct ConcurrencyTradeoff: Sendable, Equatable {
    public var title: String
    public var channel: String
    /// The concurrency parameter, e.g. "teams.web.concurrency".
    public var parameter: String
    /// Chats per agent, one per point, ascending as swept.
    public var concurrency: [Double]
    /// Abandonment in the queue (`p_abandon`), raw shares with intervals.
    public var queueAbandon: [SweepCurve.Point]
    /// Abandonment mid-chat as a share of offered chats (ratio of means, no interval);
    /// empty when the channel is not message by message.
    public var midChatAbandon: [SweepCurve.Point]
    /// Mean reply delay, seconds, with intervals; empty when not message by message.
    public var replyDelay: [SweepCurve.Point]
    /// Agents needed at each concurrency (nil where none of the candidates met the targets);
    /// empty when the experiment cannot say (a one-parameter sweep).
    public var agentsNeeded: [Double?]
    /// How `agentsNeeded` was found, for the panel's title, e.g. "smallest teams.web.headcount meeting every target".
    public var agentsRule: String
    /// The queue-abandonment target, raw, if any.
    public var abandonTarget: Double?
    /// Where the figures come from when it is not plain (a two-parameter sweep), for the heading.
    public var note: String = ""

    public init(title: String, channel: String, parameter: String, concurrency: [Double],
                queueAbandon: [SweepCurve.Point], midChatAbandon: [SweepCurve.Point], replyDelay: [SweepCurve.Point],
                agentsNeeded: [Double?], agentsRule: String, abandonTarget: Double?) {
        self.title = title
        self.channel = channel
        self.parameter = parameter
        self.concurrency = concurrency
        self.queueAbandon = queueAbandon
        self.midChatAbandon = midChatAbandon
        self.replyDelay = replyDelay
        self.agentsNeeded = agentsNeeded
        self.agentsRule = agentsRule
        self.abandonTarget = abandonTarget
    }
}

/// The concurrency trade-off chart: abandonment (in queue and mid-chat), reply delay and
/// agents needed against chats per agent.
public enum ConcurrencyChart {
    /// Column names of the first three data blocks of the .dat file, in order.
    public static let columns = ["concurrency", "mean", "low", "high"]

    /// The .dat text: block 0 queue abandonment, 1 mid-chat abandonment, 2 reply delay,
    /// 3 agents needed (`concurrency agents`), raw values, NaN where undefined.
    public static func data(_ t: ConcurrencyTradeoff) -> String {
        func block(_ name: String, _ points: [SweepCurve.Point]) -> String {
            let rows = points.isEmpty ? [["NaN", "NaN", "NaN", "NaN"]]
                : points.map { DataFormat.bandRow(x: $0.x, mean: $0.mean, low: $0.low, high: $0.high) }
            return "# block: \(name)\n" + DataFormat.table(header: columns, rows: rows)
        }
        let agents = t.agentsNeeded.isEmpty ? [["NaN", "NaN"]]
            : zip(t.concurrency, t.agentsNeeded).map { [DataFormat.number($0), DataFormat.number($1)] }
        return [block("abandoned in queue (p_abandon)", t.queueAbandon),
                block("abandoned mid-chat, share of offered", t.midChatAbandon),
                block("reply delay, seconds", t.replyDelay),
                "# block: agents needed\n" + DataFormat.table(header: ["concurrency", "agents"], rows: agents)]
            .joined(separator: "\n\n")
    }

    /// Writes NAME.dat and NAME.gp into `directory` and runs gnuplot there.
    @discardableResult
    public static func write(_ t: ConcurrencyTradeoff, confidence: Double, to directory: String, baseName: String,
                             format: ImageFormat) throws -> ChartFiles {
        try ChartWriter.checkConfidence(confidence, chart: "concurrency trade-off '\(baseName)'")
        guard !t.concurrency.isEmpty, t.queueAbandon.count == t.concurrency.count else {
            throw ChartError.io("concurrency trade-off '\(baseName)': needs the queue abandonment at every concurrency")
        }
        return try ChartWriter.write(data: data(t), script: script(t, confidence: confidence, baseName: baseName, format: format),
                                     to: directory, baseName: baseName, format: format)
    }
}
