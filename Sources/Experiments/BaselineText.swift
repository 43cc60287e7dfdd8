import ChannelModel
import Foundation
import Statistics

/// A baseline that cannot be read: the line and what is wrong with it.
public struct BaselineError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var problem: String

    public init(line: Int, problem: String) {
        self.line = line
        self.problem = problem
    }

    public var description: String { "line \(line): \(problem)" }
}

/// The baseline's text file: a header of `key value` lines, then one line per figure,
/// `VARIANT SCOPE.METRIC MEAN SD N : V1 V2 …`, sorted as the results walk them. One figure
/// per line keeps `git diff` readable; the values are written exactly
/// (the shortest form that reads back to the same double), so reading them back gives the same
/// doubles, bit for bit.
public enum BaselineText {
    public static func write(_ b: Baseline, acceptCommand: String) -> String {
        var out = """
            # channelsim baseline (docs/ci.md): figures per replication, compared by `channelsim check`.
            # Regenerate with: \(acceptCommand)
            channelsim-baseline \(Baseline.format)
            version \(b.version)
            scenario \(b.scenario)
            meaning \(b.meaningHash)
            seed \(b.seed)
            replications \(b.replications)
            confidence \(number(b.confidence))
            # variant figure mean sd n : values

            """
        for f in b.figures {
            let stats = RunningStats(f.values.filter { !$0.isNaN })
            out += "\(f.variant) \(f.key) \(short(stats.count > 0 ? stats.mean : .nan)) \(short(stats.standardDeviation)) \(stats.count) :"
            for v in f.values { out += " " + number(v) }
            out += "\n"
        }
        return out
    }

    /// Exact: Swift's shortest representation that reads back to the same double; NaN as `nan`.
    static func number(_ x: Double) -> String {
        guard !x.isNaN else { return "nan" }
        if x == x.rounded() && abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// For people reading the file: the mean and sd with 6 significant digits.
    static func short(_ x: Double) -> String { x.isNaN ? "nan" : String(format: "%.6g", x) }

    public static func parse(_ text: String) throws(BaselineError) -> Baseline {
        var header: [String: String] = [:]
        var figures: [BaselineFigure] = []
        var seen = Set<String>()
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let n = i + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            let parts = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if let colon = parts.firstIndex(of: ":") {
                guard colon == 5 else { throw BaselineError(line: n, problem: "expected VARIANT FIGURE MEAN SD N : VALUES") }
                guard let figure = MetricKeyText.parse(parts[1]) else {
                    throw BaselineError(line: n, problem: "'\(parts[1])' is not SCOPE.METRIC")
                }
                guard let count = Int(parts[4]), count >= 0 else { throw BaselineError(line: n, problem: "'\(parts[4])' is not a count") }
                var values: [Double] = []
                for v in parts[(colon + 1)...] {
                    guard let x = v == "nan" ? Double.nan : Double(v), !x.isInfinite else {
                        throw BaselineError(line: n, problem: "'\(v)' is not a number")
                    }
                    values.append(x)
                }
                guard values.filter({ !$0.isNaN }).count == count else {
                    throw BaselineError(line: n, problem: "N is \(count) but \(values.filter { !$0.isNaN }.count) values are defined")
                }
                guard seen.insert("\(parts[0]) \(parts[1])").inserted else {
                    throw BaselineError(line: n, problem: "\(parts[0]) \(parts[1]) appears twice")
                }
                figures.append(BaselineFigure(variant: parts[0], key: figure, values: values))
            } else {
                guard parts.count == 2 else { throw BaselineError(line: n, problem: "expected KEY VALUE or a figure line") }
                header[parts[0]] = parts[1]
                if parts[0] == "channelsim-baseline" && parts[1] != String(Baseline.format) {
                    throw BaselineError(line: n, problem: "format \(parts[1]) is not the format \(Baseline.format) this channelsim reads")
                }
            }
        }
        func field(_ k: String) throws(BaselineError) -> String {
            guard let v = header[k] else { throw BaselineError(line: 1, problem: "missing header line '\(k) …'") }
            return v
        }
        guard header["channelsim-baseline"] != nil else {
            throw BaselineError(line: 1, problem: "not a channelsim baseline (no 'channelsim-baseline' line)")
        }
        guard let seed = UInt64(try field("seed")) else { throw BaselineError(line: 1, problem: "the seed is not a whole number") }
        guard let reps = Int(try field("replications")), reps >= 1 else {
            throw BaselineError(line: 1, problem: "replications is not a whole number ≥ 1")
        }
        guard let level = Double(try field("confidence")), level > 0, level < 1 else {
            throw BaselineError(line: 1, problem: "confidence is not between 0 and 1")
        }
        for f in figures where f.values.count != reps {
            throw BaselineError(line: 1, problem: "\(f.variant) \(f.key) has \(f.values.count) values for \(reps) replications")
        }
        return Baseline(version: try field("version"), scenario: try field("scenario"), meaningHash: try field("meaning"),
                        seed: seed, replications: reps, confidence: level, figures: figures)
    }
}

/// `SCOPE.METRIC` as baselines write a key: the metric is what follows the last dot.
enum MetricKeyText {
    static func parse(_ s: String) -> MetricKey? {
        guard let dot = s.lastIndex(of: "."), dot != s.startIndex, s.index(after: dot) != s.endIndex else { return nil }
        return MetricKey(scope: String(s[..<dot]), metric: String(s[s.index(after: dot)...]))
    }
}
