import Foundation

/// Survival curves of queue wait, P(wait > t), one panel per channel and one line per
/// variant: the wait-distribution chart's input.
public struct WaitSurvivalCurves: Sendable, Equatable {
    /// One variant's curve on one channel; `x` of each point is the threshold t in seconds.
    public struct Line: Sendable, Equatable {
        public var variant: String
        public var points: [SweepCurve.Point]

        public init(variant: String, points: [SweepCurve.Point]) {
            self.variant = variant
            self.points = points
        }
    }

    /// A target on one of the survival figures (`chat.wait_over_1m <= 10%`), drawn as a marker.
    public struct Marker: Sendable, Equatable {
        public var seconds: Double
        public var bound: Double
        public var text: String

        public init(seconds: Double, bound: Double, text: String) {
            self.seconds = seconds
            self.bound = bound
            self.text = text
        }
    }

    /// One channel's panel.
    public struct Panel: Sendable, Equatable {
        public var channel: String
        public var lines: [Line]
        public var markers: [Marker]

        public init(channel: String, lines: [Line], markers: [Marker] = []) {
            self.channel = channel
            self.lines = lines
            self.markers = markers
        }
    }

    /// Heading, e.g. the scenario name.
    public var title: String
    public var panels: [Panel]

    public init(title: String, panels: [Panel]) {
        self.title = title
        self.panels = panels
    }
}

/// The wait-distribution chart: P(wait > t) against t per channel, a line per variant with
/// its confidence band, targets on the survival figures as markers.
public enum WaitSurvivalChart {
    /// Column names of each data block of the .dat file, in order.
    public static let columns = ["t_seconds", "mean", "low", "high"]

    /// The .dat text: one block per panel × line (gnuplot's `index`), raw shares 0...1.
    public static func data(_ curves: WaitSurvivalCurves) -> String {
        var blocks: [String] = []
        for p in curves.panels {
            for l in p.lines {
                let rows = l.points.map { DataFormat.bandRow(x: $0.x, mean: $0.mean, low: $0.low, high: $0.high) }
                blocks.append("# block \(blocks.count): \(DataFormat.oneLine(p.channel)) \(DataFormat.oneLine(l.variant))\n"
                              + DataFormat.table(header: columns, rows: rows))
            }
        }
        return blocks.joined(separator: "\n\n")
    }

    /// Writes NAME.dat and NAME.gp into `directory` and runs gnuplot there.
    ///
    /// - Throws: `ChartError.io` for curves without panels, lines or points or a bad
    ///   confidence level (before writing anything); gnuplot's errors after.
    @discardableResult
    public static func write(_ curves: WaitSurvivalCurves, confidence: Double, to directory: String, baseName: String,
                             format: ImageFormat) throws -> ChartFiles {
        try ChartWriter.checkConfidence(confidence, chart: "wait survival '\(baseName)'")
        guard !curves.panels.isEmpty,
              curves.panels.allSatisfy({ !$0.lines.isEmpty && $0.lines.allSatisfy { !$0.points.isEmpty } }) else {
            throw ChartError.io("wait survival '\(baseName)': every channel needs a line with points")
        }
        return try ChartWriter.write(data: data(curves),
                                     script: script(curves, confidence: confidence, baseName: baseName, format: format),
                                     to: directory, baseName: baseName, format: format)
    }
}
