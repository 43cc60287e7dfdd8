/// The built-in column layouts of contact logs, and the column map that adapts one to a
/// log whose headers are named differently.
public enum LayoutName: String, Sendable, CaseIterable {
    /// The Anonymous Bank call-by-call records (data/anonymous-bank-1999/README.md).
    case anonymousBank = "anonymous-bank"
    /// One row per contact, named columns (docs/howto-fit.md): arrival (or date and time),
    /// outcome, wait, handle, and optionally agent, channel, class.
    case generic
}

/// What the bank's contacts are classed by: the classes are fitted, reported and written as
/// the channel's `classes:`.
public enum BankClasses: String, Sendable, CaseIterable {
    /// Service type: PS, PE, IN, NE, NW, TT (and the undocumented AA).
    case type
    /// Priority: regular (0 and 1) or high (2).
    case priority
    /// No classes: the channel only.
    case none
}

/// A layout with its column map and the bounds beyond which a time is an outlier.
public struct LogLayout: Sendable {
    public var name: LayoutName
    /// Field → column header, from `--map field=column`; unnamed fields use their own name.
    public var columnMap: [String: String]
    public var bankClasses: BankClasses
    /// The channel name when the log has no channel column (the bank's is all phone).
    public var defaultChannel: String
    /// Waits above this many seconds are outliers.
    public var maxWait: Double
    /// Handle times above this many seconds are outliers.
    public var maxHandle: Double

    public init(name: LayoutName, columnMap: [String: String] = [:], bankClasses: BankClasses = .type,
                defaultChannel: String = "phone", maxWait: Double = 3600, maxHandle: Double = 7200) {
        self.name = name; self.columnMap = columnMap; self.bankClasses = bankClasses
        self.defaultChannel = defaultChannel; self.maxWait = maxWait; self.maxHandle = maxHandle
    }

    /// The bank layout's fields, named as its header names them.
    public static let bankFields = ["date", "vru_entry", "vru_time", "q_start", "q_time", "outcome",
                                    "ser_time", "server", "type", "priority"]
    /// The generic layout's fields: required ones first.
    public static let genericFields = ["arrival", "date", "time", "outcome", "wait", "handle", "agent", "channel", "class"]

    /// The fields `--map` may name for this layout.
    public var fields: [String] { name == .anonymousBank ? Self.bankFields : Self.genericFields }

    /// Reads `--map` text: `field=column` pairs separated by commas (several flags add up).
    public static func parseMap(_ specs: [String], layout: LayoutName) throws(FitError) -> [String: String] {
        let known = layout == .anonymousBank ? bankFields : genericFields
        var map: [String: String] = [:]
        for spec in specs {
            for pair in spec.split(separator: ",", omittingEmptySubsequences: false) {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                let field = parts[0].trimmingSpaces, column = parts.count == 2 ? parts[1].trimmingSpaces : ""
                guard parts.count == 2, !field.isEmpty, !column.isEmpty else {
                    throw FitError("--map: '\(pair)' is not FIELD=COLUMN (expected e.g. --map arrival=start_time,wait=queue_s)")
                }
                guard known.contains(field) else {
                    throw FitError("--map: unknown field '\(field)' for layout \(layout.rawValue) (expected one of: \(known.joined(separator: ", ")))")
                }
                guard map[field] == nil else { throw FitError("--map: field '\(field)' is mapped twice (expected each field once)") }
                map[field] = column
            }
        }
        return map
    }

    /// The decoder of rows under `header`, or what the header lacks.
    public func decoder(header: DelimitedLine, file: String) throws(FitError) -> RowDecoder {
        var index: [String: Int] = [:]
        for i in 0..<header.count {
            let name = header.string(i)
            if index[name] == nil { index[name] = i }
        }
        let columns = (0..<header.count).map { header.string($0) }
        func column(_ field: String, required: Bool) throws(FitError) -> Int? {
            let name = columnMap[field] ?? field
            if let i = index[name] { return i }
            if required || columnMap[field] != nil {
                let via = columnMap[field] != nil ? " (mapped by --map \(field)=\(name))" : ""
                throw FitError("\(file): no column '\(name)' for field '\(field)'\(via) in the header (columns: "
                               + columns.prefix(30).joined(separator: ", ") + "; map yours with --map \(field)=COLUMN)")
            }
            return nil
        }
        switch name {
        case .anonymousBank:
            var c: [Int] = []
            for f in Self.bankFields { c.append(try column(f, required: true)!) }
            let cls: Int? = bankClasses == .type ? c[8] : bankClasses == .priority ? c[9] : nil
            return RowDecoder(kind: .bank(BankColumns(date: c[0], entry: c[1], vruTime: c[2], queueStart: c[3],
                                                      queueTime: c[4], outcome: c[5], serviceTime: c[6], server: c[7])),
                              classColumn: cls, classIsPriority: bankClasses == .priority, channelColumn: nil,
                              layout: self)
        case .generic:
            let arrival = try column("arrival", required: false)
            let date = try column("date", required: false), time = try column("time", required: false)
            guard arrival != nil || (date != nil && time != nil) else {
                throw FitError("\(file): the header has no 'arrival' column, nor 'date' and 'time' (columns: "
                               + columns.prefix(30).joined(separator: ", ") + "; map yours with --map arrival=COLUMN)")
            }
            let g = GenericColumns(arrival: arrival, date: date, time: time,
                                   outcome: try column("outcome", required: true)!,
                                   wait: try column("wait", required: true)!,
                                   handle: try column("handle", required: true)!,
                                   agent: try column("agent", required: false))
            return RowDecoder(kind: .generic(g), classColumn: bankClasses == .none ? nil : try column("class", required: false),
                              classIsPriority: false, channelColumn: try column("channel", required: false), layout: self)
        }
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
