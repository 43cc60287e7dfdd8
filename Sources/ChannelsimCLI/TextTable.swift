import Foundation

/// A plain-text table with aligned columns, for terminal output.
struct TextTable {
    let columns: [String]
    let rightAligned: [Bool]
    private(set) var rows: [[String]] = []

    init(columns: [String], rightAligned: [Bool]) {
        self.columns = columns
        self.rightAligned = rightAligned
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render() -> String {
        let all = [columns] + rows
        let widths = columns.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.indices.map { c in
                let pad = String(repeating: " ", count: widths[c] - cells[c].count)
                return rightAligned[c] ? pad + cells[c] : cells[c] + pad
            }.joined(separator: "  ")
            // No padding after the last cell: trailing blanks only get in the way of diffs.
            .replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        var out = line(columns) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for r in rows { out += line(r) + "\n" }
        return out
    }
}
