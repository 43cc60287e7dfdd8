import Foundation

/// How demand ended, per variant: stacked shares of end points (visitors who self-served or
/// left, contacts by the channel where they ended, callbacks, contacts given up): the
/// channel-mix chart's input. Shares of one variant sum to 1.
public struct ChannelMix: Sendable, Equatable {
    /// One stacked bar.
    public struct Row: Sendable, Equatable {
        public var variant: String
        /// One share per category, 0...1, in `categories` order.
        public var shares: [Double]

        public init(variant: String, shares: [Double]) {
            self.variant = variant
            self.shares = shares
        }
    }

    /// What a category is, which decides its colour.
    public enum Role: String, Sendable, Equatable {
        case selfServed, left, channel, callback, gaveUp
    }

    /// A stacked segment's name and role, e.g. ("chat", .channel).
    public struct Category: Sendable, Equatable {
        public var name: String
        public var role: Role

        public init(name: String, role: Role) {
            self.name = name
            self.role = role
        }
    }

    public var title: String
    public var categories: [Category]
    public var rows: [Row]

    public init(title: String, categories: [Category], rows: [Row]) {
        self.title = title
        self.categories = categories
        self.rows = rows
    }
}

/// The channel-mix chart: one stacked bar per variant, shares of how demand ended.
public enum ChannelMixChart {
    /// Variants' names longer than this are shortened under the bars (the .dat keeps them).
    static let maxNameLength = 24

    /// The .dat text: block 0 one row per variant (its name, then one share per category);
    /// block 1 the labels printed inside segments of at least 4 % (x, y in percent, text).
    public static func data(_ mix: ChannelMix) -> String {
        let header = ["variant"] + mix.categories.map { DataFormat.oneLine($0.name).replacingOccurrences(of: " ", with: "_") }
        let rows = mix.rows.map { r in [DataFormat.label(r.variant)] + r.shares.map { DataFormat.number($0) } }
        var labels: [[String]] = []
        for (x, r) in mix.rows.enumerated() {
            var bottom = 0.0
            for s in r.shares {
                let share = s.isFinite ? s : 0
                if share >= 0.04 {
                    labels.append([DataFormat.number(Double(x)), DataFormat.number((bottom + share / 2) * 100),
                                   DataFormat.label(String(format: "%.0f%%", share * 100))])
                }
                bottom += share
            }
        }
        return "# block 0: shares per variant\n" + DataFormat.table(header: header, rows: rows)
            + "\n\n# block 1: labels\n" + DataFormat.table(header: ["x", "y_percent", "label"], rows: labels)
    }

    /// Writes NAME.dat and NAME.gp into `directory` and runs gnuplot there.
    ///
    /// - Throws: `ChartError.io` without categories or rows, or with a row whose shares do
    ///   not match the categories (before writing anything); gnuplot's errors after.
    @discardableResult
    public static func write(_ mix: ChannelMix, to directory: String, baseName: String, format: ImageFormat) throws -> ChartFiles {
        guard !mix.categories.isEmpty, !mix.rows.isEmpty, mix.rows.allSatisfy({ $0.shares.count == mix.categories.count }) else {
            throw ChartError.io("channel mix '\(baseName)': needs categories and one share per category in every row")
        }
        return try ChartWriter.write(data: data(mix), script: script(mix, baseName: baseName, format: format),
                                     to: directory, baseName: baseName, format: format)
    }
}
