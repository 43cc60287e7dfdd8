import ChannelModel
import Foundation

/// A recorded arrival trace mapped onto the horizon: exact arrival times (engine seconds,
/// ascending), optionally each contact's recorded handle time and patience (negative: drawn),
/// and the per-interval rates they amount to (what formulas and load charts read).
struct Trace {
    var times: [Double] = []
    var work: [Double]?
    var patience: [Double]?
    var rates: [Double] = []
    /// Per arrival, its recorded class name ("" for none) and the line it came from, when
    /// the trace has a `class` column and `use` takes it; mapped onto the channel's classes
    /// once they are read (`classIndices`).
    var classNames: [String]?
    var classLines: [Int] = []
    /// Whether `use` named `class` (an error on a channel without classes) rather than by default.
    var classAsked = false
    var file = ""
    var at: YAMLValue?
}

extension Trace {
    /// Each arrival's class index (−1: none recorded, drawn), or nil without a class column
    /// or without classes; an unknown name is an error at the trace's line.
    func classIndices(_ classes: [ContactClass]) throws(ScenarioError) -> [Int]? {
        guard let at else { return nil }
        if classes.isEmpty {
            if classAsked { throw at.error("uses the class column, but the channel has no classes", expected: "add classes: to the channel, or remove class from use") }
            return nil
        }
        guard let names = classNames else { return nil }
        var out: [Int] = []
        out.reserveCapacity(names.count)
        for (k, n) in names.enumerated() {
            if n.isEmpty { out.append(-1); continue }
            guard let c = classes.firstIndex(where: { $0.name == n }) else {
                throw at.error("line \(classLines[k]) of '\(file)': class '\(n)' is not one of the channel's classes",
                               expected: "expected one of: \(classes.map(\.name).joined(separator: ", ")), or an empty cell")
            }
            out.append(c)
        }
        return out
    }
}

/// Reads `arrivals: { trace: FILE, start_date: YYYY-MM-DD, use: [handle, patience] }`
/// (docs/scenario.md "Replaying a trace", docs/model.md "Replay").
enum TraceReader {
    static let expected = "expected a CSV with a header: time (YYYY-MM-DD HH:MM:SS, or seconds from the horizon's start), optional handle and patience in seconds"

    static func read(_ v: YAMLValue, kind: ChannelKind, context: ReaderContext) throws(ScenarioError) -> Trace {
        var m = try v.map()
        let fileV = try m.required("trace", expected: expected)
        let rel = try fileV.string()
        var startDay: Int?
        if let sv = m.optional("start_date") {
            let s = try sv.string()
            guard let d = dayNumber(s) else { throw sv.error("'\(s)' is not a date", expected: "expected YYYY-MM-DD") }
            startDay = d
        }
        var use: Set<String> = ["handle", "patience", "class"]
        var classAsked = false
        if let uv = m.optional("use") {
            use = []
            for x in try uv.list() {
                let s = try x.string()
                guard s == "handle" || s == "patience" || s == "class" else {
                    throw x.error("unknown column '\(s)'", expected: "expected handle, patience or class (the recorded values that replace the draws)")
                }
                use.insert(s)
            }
            classAsked = use.contains("class")
        }
        try m.finish()
        if kind == .form && use.contains("patience") { use.remove("patience") }   // forms are never abandoned
        let path = rel.hasPrefix("/") ? rel : context.baseDirectory.isEmpty ? rel : "\(context.baseDirectory)/\(rel)"
        context.files.add(path)
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw fileV.error("cannot read trace file '\(rel)'", expected: "expected a CSV file relative to the scenario")
        }
        var trace = try parse(text, name: rel, at: fileV, startDay: startDay, use: use, horizon: context.horizon)
        trace.classAsked = classAsked
        return trace
    }

    /// The trace's rows, checked against the horizon's windows and for their order: a row
    /// earlier than the one before it is refused, not sorted (docs/decisions.md).
    static func parse(_ text: String, name: String, at v: YAMLValue, startDay: Int?, use: Set<String>,
                      horizon h: Horizon) throws(ScenarioError) -> Trace {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard !lines.isEmpty else { throw v.error("'\(name)' is empty", expected: expected) }
        let header = lines.removeFirst().split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased() }
        guard let timeCol = header.firstIndex(of: "time") else {
            throw v.error("'\(name)' has no column 'time' in its header (columns: \(header.joined(separator: ", ")))", expected: expected)
        }
        let handleCol = use.contains("handle") ? (header.firstIndex(of: "handle") ?? header.firstIndex(of: "work")) : nil
        let patienceCol = use.contains("patience") ? header.firstIndex(of: "patience") : nil
        let classCol = use.contains("class") ? header.firstIndex(of: "class") : nil
        // First pass: each row's time as engine seconds, or as a day and clock to map once
        // the first day (start_date, else the trace's earliest date) is known.
        var raw: [(day: Int?, t: Double, w: Double, p: Double, line: Int, cell: Substring, cls: String)] = []
        raw.reserveCapacity(lines.count)
        for (n, line) in lines.enumerated() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if cells.allSatisfy(\.isEmpty) || cells[0].hasPrefix("#") { continue }
            let lineNo = n + 2
            func bad(_ what: String) -> ScenarioError { v.error("line \(lineNo) of '\(name)': \(what)", expected: expected) }
            guard timeCol < cells.count else { throw bad("has no time") }
            let cell = cells[timeCol]
            var day: Int?, t: Double
            if let secs = Double(cell) {
                guard secs.isFinite && secs >= 0 else { throw bad("time '\(cell)' is negative") }
                t = secs
            } else {
                guard let (d, clock) = dateTime(cell) else { throw bad("time '\(cell)' is neither YYYY-MM-DD HH:MM:SS nor seconds") }
                day = d; t = clock
            }
            func seconds(_ col: Int?, _ what: String) throws(ScenarioError) -> Double {
                guard let col, col < cells.count, !cells[col].isEmpty else { return -1 }
                guard let x = Double(cells[col]), x.isFinite, x >= 0 else { throw bad("\(what) '\(cells[col])' is not seconds ≥ 0") }
                return x
            }
            let cls = classCol.flatMap { $0 < cells.count ? cells[$0] : nil } ?? ""
            raw.append((day, t, try seconds(handleCol, "handle"), try seconds(patienceCol, "patience"), lineNo, Substring(cell), cls))
        }
        let firstDay = startDay ?? raw.compactMap(\.day).min() ?? 0
        var rows: [(t: Double, w: Double, p: Double, cls: String, line: Int)] = []
        rows.reserveCapacity(raw.count)
        var outside = 0, firstOutside = ""
        var previous: (t: Double, line: Int, cell: Substring)?, disorder: String?
        var rates = [Double](repeating: 0, count: h.intervalCount)
        for r in raw {
            var t = r.t
            if let day = r.day {
                let d = day - firstDay, offset = r.t - h.dayStart
                if d < 0 || d >= h.days || offset < 0 || offset >= h.windowLength {
                    outside += 1
                    if firstOutside.isEmpty { firstOutside = "line \(r.line), \(r.cell)" }
                    continue
                }
                t = h.start(ofInterval: d * h.intervalsPerDay) + offset
            }
            if disorder == nil, let p = previous, t < p.t {
                disorder = "line \(r.line) of '\(name)': time '\(r.cell)' is before line \(p.line)'s '\(p.cell)'"
            }
            previous = (t, r.line, r.cell)
            guard let i = h.interval(at: t) else {
                throw v.error("line \(r.line) of '\(name)': time '\(r.cell)' (\(t)s) is outside the horizon's windows",
                              expected: "expected times within the horizon's days and hours")
            }
            rates[i] += 1 / h.intervalLength
            rows.append((t, r.w, r.p, r.cls, r.line))
        }
        guard outside == 0 else {
            throw v.error("'\(name)' has \(outside) row(s) outside the horizon's days and hours (first: \(firstOutside))",
                          expected: "expected every arrival within the horizon (its days from start_date, its window); filter the trace or widen the horizon")
        }
        if let disorder {
            throw v.error(disorder, expected: "expected rows in time order: sort the file by its time column")
        }
        var trace = Trace(rates: rates)
        trace.times = rows.map(\.t)
        if handleCol != nil { trace.work = rows.map(\.w) }
        if patienceCol != nil { trace.patience = rows.map(\.p) }
        if classCol != nil {
            trace.classNames = rows.map(\.cls)
            trace.classLines = rows.map(\.line)
        }
        trace.file = name
        trace.at = v
        return trace
    }

    /// `YYYY-MM-DD HH:MM:SS` (or a `T` between) as a day number (days since 1970-01-01) and seconds after midnight.
    static func dateTime(_ s: String) -> (Int, Double)? {
        let parts = s.split(whereSeparator: { $0 == " " || $0 == "T" })
        guard parts.count == 2, let day = dayNumber(String(parts[0])) else { return nil }
        let hms = parts[1].split(separator: ":").map { Double($0) }
        guard hms.count == 3 || hms.count == 2, hms.allSatisfy({ $0 != nil && $0! >= 0 }) else { return nil }
        let clock = hms[0]! * 3600 + hms[1]! * 60 + (hms.count == 3 ? hms[2]! : 0)
        guard hms[0]! < 24, hms[1]! < 60, clock < 86_400 else { return nil }
        return (day, clock)
    }

    /// Days since 1970-01-01 of `YYYY-MM-DD` (proleptic Gregorian), nil if it is not a date.
    static func dayNumber(_ s: String) -> Int? {
        let p = s.split(separator: "-")
        guard p.count == 3, p[0].count == 4, let y = Int(p[0]), let mo = Int(p[1]), let d = Int(p[2]),
              (1...12).contains(mo), d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= lengths[mo - 1] else { return nil }
        // Days from civil (H. Hinnant's algorithm).
        let yy = mo <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
