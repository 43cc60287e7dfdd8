import Foundation

/// What the staffing chart shows: each staffed team's head-count per interval by the
/// formulas and after the simulation's correction (and as whole shifts, when planned), and
/// the service level each channel reaches with the plan.
public struct StaffingChartData: Sendable, Equatable {
    /// One team's head-counts per interval.
    public struct Team: Sendable, Equatable {
        public var name: String
        public var analytic: [Int]
        public var plan: [Int]
        /// The whole-shift plan's head-counts, when one was made.
        public var shifts: [Int]?

        public init(name: String, analytic: [Int], plan: [Int], shifts: [Int]? = nil) {
            self.name = name
            self.analytic = analytic
            self.plan = plan
            self.shifts = shifts
        }
    }

    /// One channel's service level per interval with the plan.
    public struct Level: Sendable, Equatable {
        public var channel: String
        /// The threshold, as written ("60s"), for the legend.
        public var threshold: String
        /// The service-level target, raw (0.8); nil draws none.
        public var target: Double?
        /// Per interval: mean and confidence limits, raw shares; NaN leaves a gap.
        public var points: [SweepCurve.Point]

        public init(channel: String, threshold: String, target: Double?, points: [SweepCurve.Point]) {
            self.channel = channel
            self.threshold = threshold
            self.target = target
            self.points = points
        }
    }

    public var title: String
    /// Each interval's label ("08:00", "d2 08:00"), in order.
    public var intervals: [String]
    /// Interval length as written ("15m"), for the axis title.
    public var intervalLength: String
    public var teams: [Team]
    public var levels: [Level]

    public init(title: String, intervals: [String], intervalLength: String, teams: [Team], levels: [Level]) {
        self.title = title
        self.intervals = intervals
        self.intervalLength = intervalLength
        self.teams = teams
        self.levels = levels
    }
}

/// The staffing chart: head-counts on top (dashed: the formulas, solid: the plan, dotted:
/// whole shifts), service level with its confidence band and target underneath.
public enum StaffingChart {
    /// Columns of the head-count block (per team: analytic, plan, shifts) and of each level block.
    public static func headcountColumns(_ d: StaffingChartData) -> [String] {
        ["interval"] + d.teams.flatMap { ["\($0.name)_formulas", "\($0.name)_plan", "\($0.name)_shifts"] }
    }

    public static let levelColumns = ["interval", "mean", "low", "high"]

    /// The .dat text: block 0 the head-counts (steps drawn from each interval's start), then
    /// one block per channel's service level, at each interval's middle.
    public static func data(_ d: StaffingChartData) -> String {
        // One extra row repeats the last interval so the last step is drawn to its end.
        let rows = (0...d.intervals.count).map { i -> [String] in
            let k = min(i, d.intervals.count - 1)
            return [DataFormat.number(Double(i))] + d.teams.flatMap { t in
                [DataFormat.number(Double(t.analytic[k])), DataFormat.number(Double(t.plan[k])),
                 t.shifts.map { DataFormat.number(Double($0[k])) } ?? "NaN"]
            }
        }
        var blocks = ["# block 0: head-count per interval\n" + DataFormat.table(header: headcountColumns(d), rows: rows)]
        for (n, level) in d.levels.enumerated() {
            let rows = level.points.enumerated().map { i, p in
                DataFormat.bandRow(x: Double(i) + 0.5, mean: p.mean, low: p.low, high: p.high)
            }
            blocks.append("# block \(n + 1): \(DataFormat.oneLine(level.channel)) service level\n"
                          + DataFormat.table(header: levelColumns, rows: rows))
        }
        return blocks.joined(separator: "\n\n")
    }

    /// Writes NAME.dat and NAME.gp into `directory` and runs gnuplot there.
    @discardableResult
    public static func write(_ d: StaffingChartData, confidence: Double, to directory: String, baseName: String,
                             format: ImageFormat) throws -> ChartFiles {
        try ChartWriter.checkConfidence(confidence, chart: "staffing chart '\(baseName)'")
        guard !d.intervals.isEmpty, !d.teams.isEmpty,
              d.teams.allSatisfy({ $0.analytic.count == d.intervals.count && $0.plan.count == d.intervals.count
                  && ($0.shifts?.count ?? d.intervals.count) == d.intervals.count }),
              d.levels.allSatisfy({ $0.points.count == d.intervals.count }) else {
            throw ChartError.io("staffing chart '\(baseName)': every team and channel needs one value per interval")
        }
        return try ChartWriter.write(data: data(d), script: script(d, confidence: confidence, baseName: baseName, format: format),
                                     to: directory, baseName: baseName, format: format)
    }
}
