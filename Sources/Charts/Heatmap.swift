import Foundation

/// A two-parameter sweep as a grid of cells coloured by one figure, with the target's
/// contour: the heat map's input.
public struct Heatmap: Sendable, Equatable {
    /// The figure's target, raw, and which side of it is met.
    public struct Bound: Sendable, Equatable {
        public var value: Double
        public var atLeast: Bool
        /// As the target was written, e.g. `chat.sl(60s) >= 0.8`.
        public var text: String

        public init(value: Double, atLeast: Bool, text: String) {
            self.value = value
            self.atLeast = atLeast
            self.text = text
        }

        /// Whether a mean meets the bound (an undefined mean does not).
        public func met(_ mean: Double) -> Bool { mean.isFinite && (atLeast ? mean >= value : mean <= value) }
    }

    public var title: String
    /// The parameters on the x and y axes, e.g. "teams.web.concurrency" and "teams.web.headcount".
    public var xName: String
    public var yName: String
    /// Each axis' values as written ("8", "90s"), in order.
    public var xLabels: [String]
    public var yLabels: [String]
    /// The figure colouring the cells, e.g. "chat.sl_offered".
    public var figure: String
    public var unit: ChartUnit
    /// Whether higher values are better (green); nil for a figure without a direction.
    public var higherIsBetter: Bool?
    /// Means, raw, `[y][x]`; NaN for an undefined cell.
    public var values: [[Double]]
    public var bound: Bound?

    public init(title: String, xName: String, yName: String, xLabels: [String], yLabels: [String], figure: String,
                unit: ChartUnit, higherIsBetter: Bool?, values: [[Double]], bound: Bound?) {
        self.title = title
        self.xName = xName
        self.yName = yName
        self.xLabels = xLabels
        self.yLabels = yLabels
        self.figure = figure
        self.unit = unit
        self.higherIsBetter = higherIsBetter
        self.values = values
        self.bound = bound
    }

    /// The target's contour on the grid: unit segments between neighbouring cells of which
    /// exactly one meets the bound, as (x1, y1, x2, y2) in cell coordinates (cell (i, j) is
    /// centred on (i, j)). Empty without a bound.
    public func contour() -> [(Double, Double, Double, Double)] {
        guard let bound else { return [] }
        var segments: [(Double, Double, Double, Double)] = []
        for (j, row) in values.enumerated() {
            for (i, v) in row.enumerated() {
                if i + 1 < row.count, bound.met(v) != bound.met(row[i + 1]) {
                    segments.append((Double(i) + 0.5, Double(j) - 0.5, Double(i) + 0.5, Double(j) + 0.5))
                }
                if j + 1 < values.count, i < values[j + 1].count, bound.met(v) != bound.met(values[j + 1][i]) {
                    segments.append((Double(i) - 0.5, Double(j) + 0.5, Double(i) + 0.5, Double(j) + 0.5))
                }
            }
        }
        return segments
    }
}

/// The heat map of a two-parameter sweep.
public enum HeatmapChart {
    /// The .dat text: block 0 one row per cell (`x y mean label`, x and y the cell's
    /// position on each axis from 0, mean raw); block 1 the target's contour segments.
    public static func data(_ map: Heatmap) -> String {
        let scale = map.unit.scale(largest: map.values.flatMap { $0 }.filter(\.isFinite).map(abs).max() ?? 0)
        var cells: [[String]] = []
        for (j, row) in map.values.enumerated() {
            for (i, v) in row.enumerated() {
                cells.append([DataFormat.number(Double(i)), DataFormat.number(Double(j)), DataFormat.number(v),
                              DataFormat.label(v.isFinite ? scale.valueLabel(v) : "–")])
            }
        }
        let segments = map.contour().map { [$0.0, $0.1, $0.2 - $0.0, $0.3 - $0.1].map { DataFormat.number($0) } }
        return "# block 0: cells\n" + DataFormat.table(header: ["x", "y", "mean", "label"], rows: cells)
            + "\n\n# block 1: target contour (from x, from y, dx, dy)\n"
            + DataFormat.table(header: ["x", "y", "dx", "dy"], rows: segments.isEmpty ? [["NaN", "NaN", "NaN", "NaN"]] : segments)
    }

    /// Writes NAME.dat and NAME.gp into `directory` and runs gnuplot there.
    @discardableResult
    public static func write(_ map: Heatmap, to directory: String, baseName: String, format: ImageFormat) throws -> ChartFiles {
        guard !map.xLabels.isEmpty, map.values.count == map.yLabels.count,
              map.values.allSatisfy({ $0.count == map.xLabels.count }) else {
            throw ChartError.io("heat map '\(baseName)': the grid must have one value per x and y label")
        }
        return try ChartWriter.write(data: data(map), script: script(map, baseName: baseName, format: format),
                                     to: directory, baseName: baseName, format: format)
    }

    /// A text rendering for terminals and CI logs (gnuplot's dumb terminal cannot draw cells):
    /// the grid with y down the side, x across, each cell's value and `*` where the target is met.
    public static func textTable(_ map: Heatmap) -> String {
        let scale = map.unit.scale(largest: map.values.flatMap { $0 }.filter(\.isFinite).map(abs).max() ?? 0)
        let head = (map.title.isEmpty ? "" : "\(map.title): ") + "\(map.figure) by \(map.yName) (rows) × \(map.xName) (columns)"
            + (map.bound.map { "; * meets \($0.text)" } ?? "")
        let cells = map.values.map { row in row.map { v in (v.isFinite ? scale.valueLabel(v) : "-") + (map.bound?.met(v) == true ? "*" : "") } }
        let width = max(([map.yName] + map.yLabels).map(\.count).max() ?? 0, 1)
        let cellWidth = max((cells.flatMap { $0 } + map.xLabels).map(\.count).max() ?? 0, 1) + 2
        func pad(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(w - s.count, 0)) + s }
        var text = head + "\n" + map.yName.padding(toLength: width, withPad: " ", startingAt: 0) + map.xLabels.map { pad($0, cellWidth) }.joined() + "\n"
        for (label, row) in zip(map.yLabels, cells) { text += pad(label, width) + row.map { pad($0, cellWidth) }.joined() + "\n" }
        return text
    }
}
