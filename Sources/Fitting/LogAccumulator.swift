/// A channel and class of contacts.
public struct GroupKey: Hashable, Sendable, Comparable {
    public var channel: String
    public var contactClass: String
    public static func < (a: GroupKey, b: GroupKey) -> Bool {
        (a.channel, a.contactClass) < (b.channel, b.contactClass)
    }
}

/// What one channel-and-class group keeps while the log streams by: counted samples of
/// handle times and waits, and the outcome counts.
public struct GroupSamples: Sendable, Equatable {
    public var handle = CountedSample()
    /// Waits of abandoned contacts: observed patience.
    public var abandonWaits = CountedSample()
    /// Waits of served contacts: patience censored at the wait.
    public var servedWaits = CountedSample()
    public var served = 0
    public var abandoned = 0
    public var leftBeforeQueue = 0
    public init() {}

    /// Counts one contact: its handle time and wait as the outcome says.
    public mutating func add(_ r: ContactRecord) {
        switch r.outcome {
        case .served: served += 1; handle.add(r.handle); servedWaits.add(r.wait)
        case .abandoned: abandoned += 1; abandonWaits.add(r.wait)
        case .leftBeforeQueue: leftBeforeQueue += 1
        }
    }

    public mutating func merge(_ o: GroupSamples) {
        handle.merge(o.handle); abandonWaits.merge(o.abandonWaits); servedWaits.merge(o.servedWaits)
        served += o.served; abandoned += o.abandoned; leftBeforeQueue += o.leftBeforeQueue
    }
}

/// Streams contact logs into per-group samples and per-channel day-interval tables, counting
/// every row it drops by reason. Memory is bounded by groups × distinct seconds and by
/// days × intervals, whatever the number of rows.
public struct LogAccumulator: Sendable {
    public let intervalLength: Double
    public let selection: FitSelection
    public private(set) var rowsRead = 0
    public private(set) var dropped: [DropReason: Int] = [:]
    /// Rows read correctly but outside the selection (dates, weekdays, channel).
    public private(set) var outsideSelection = 0
    public private(set) var groups: [GroupKey: GroupSamples] = [:]
    public private(set) var tables: [String: DayIntervalTable] = [:]
    /// Per channel, the samples of each interval of the day (by the interval a contact was
    /// offered in): what handle-time and patience bands are fitted from.
    public private(set) var intervalGroups: [String: [GroupSamples]] = [:]
    /// The same per channel and class (for a class's own bands).
    public private(set) var classIntervalGroups: [GroupKey: [GroupSamples]] = [:]
    /// Whether to keep every offered contact of the selection (for `fit --replay`): memory
    /// then grows with the contacts, about 100 bytes each.
    public var keepsRecords = false
    /// The offered contacts kept (served and abandoned, in log order), when `keepsRecords`.
    public private(set) var records: [ContactRecord] = []

    public init(intervalLength: Double, selection: FitSelection) {
        self.intervalLength = intervalLength
        self.selection = selection
    }

    public mutating func add(_ row: DecodedRow) {
        rowsRead += 1
        switch row {
        case .dropped(let reason): dropped[reason, default: 0] += 1
        case .badTime: dropped[.malformed, default: 0] += 1
        case .contact(let r):
            guard selection.accepts(r) else { outsideSelection += 1; return }
            let key = GroupKey(channel: r.channel, contactClass: r.contactClass)
            groups[key, default: GroupSamples()].add(r)
            let perDay = Int((86_400 / intervalLength).rounded())
            if intervalGroups[r.channel] == nil { intervalGroups[r.channel] = Array(repeating: GroupSamples(), count: perDay) }
            let i = min(Int(r.second / intervalLength), perDay - 1)
            intervalGroups[r.channel]![i].add(r)
            if classIntervalGroups[key] == nil { classIntervalGroups[key] = Array(repeating: GroupSamples(), count: perDay) }
            classIntervalGroups[key]![i].add(r)
            if keepsRecords && r.outcome != .leftBeforeQueue { records.append(r) }
            tables[r.channel, default: DayIntervalTable(intervalLength: intervalLength)].add(r)
        }
    }

    /// Reads every file under `layout`. The delimiter is the header's: tab if it has one,
    /// else comma. Empty lines are skipped.
    public mutating func read(paths: [String], layout: LogLayout) throws(FitError) {
        for path in paths {
            let reader = try LogReader(path: path)
            guard let headerBytes = try reader.nextLine() else {
                throw FitError("\(path): is empty (expected a header line, then one contact a line)")
            }
            let delimiter: UInt8 = headerBytes.contains(9) ? 9 : 44
            let decoder = try layout.decoder(header: DelimitedLine(headerBytes, delimiter: delimiter), file: path)
            while let line = try reader.nextLine() {
                if line.isEmpty { continue }
                let row = decoder.decode(DelimitedLine(line, delimiter: delimiter))
                if case .badTime(let field, let value, let expected) = row {
                    throw FitError("\(path):\(reader.lineNumber): \(field) '\(value)' is not a time (expected \(expected))")
                }
                add(row)
            }
        }
    }

    /// The groups of one channel, merged: the channel as the mixture of its classes.
    public func channelSamples(_ channel: String) -> GroupSamples {
        var all = GroupSamples()
        for (k, g) in groups where k.channel == channel { all.merge(g) }
        return all
    }

    public var channels: [String] { Array(Set(groups.keys.map(\.channel))).sorted() }
    public var droppedTotal: Int { dropped.values.reduce(0, +) }
}
