import ChannelModel
import Foundation
import Yams

/// Reads a scenario file (format v1, documented in docs/scenario.md) into a `Scenario`,
/// or explains precisely what is wrong with it.
public enum ScenarioLoader {
    /// Loads and validates the scenario at `path`. Its strategies are validated too, then
    /// set aside: this is the base scenario (see `loadSet` for all of them).
    public static func load(path: String) throws(ScenarioError) -> Scenario {
        try loadSet(path: path).base
    }

    /// The text of the file at `path`, and the SHA-256 of its bytes.
    static func readFile(path: String) throws(ScenarioError) -> (text: String, hash: String) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ScenarioError(file: path, line: 1, column: 1, field: "(file)", problem: "is a folder",
                                expected: "expected a YAML scenario file")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let why = FileManager.default.fileExists(atPath: path) ? "cannot be read" : "does not exist"
            throw ScenarioError(file: path, line: 1, column: 1, field: "(file)", problem: "file \(why)",
                                expected: "expected a readable YAML scenario file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ScenarioError(file: path, line: 1, column: 1, field: "(file)", problem: "is not UTF-8 text",
                                expected: "expected a YAML scenario file")
        }
        return (text, SHA256.hex(Array(data)))
    }

    /// Parses scenario text; `file` names it in errors, `baseDirectory` resolves relative
    /// paths (profile CSV files). Strategies are validated, then set aside: this is the base.
    public static func parse(_ text: String, file: String, baseDirectory: String = ".") throws(ScenarioError) -> Scenario {
        try parseSet(text, file: file, baseDirectory: baseDirectory).base
    }

    /// The root map of scenario text, or the error that stops it being one.
    static func compose(_ text: String, file: String) throws(ScenarioError) -> YAMLValue {
        // Before Yams expands the aliases, which for a "billion laughs" file would never end.
        try AliasBudget.check(text, file: file)
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: text)
        } catch let e as YamlError {
            throw YAMLErrors.error(e, text: text, file: file)
        } catch {
            throw ScenarioError(file: file, line: 1, column: 1, field: "(file)", problem: "is not valid YAML")
        }
        guard var node = composed else {
            throw ScenarioError(file: file, line: 1, column: 1, field: "(root)", problem: "file is empty",
                                expected: "expected a scenario map with name, channels and teams")
        }
        // Skipping the copy when no merge key can be present keeps large files cheap.
        if text.contains("<<") { node = try MergeKeys.expand(node, path: "(root)", file: file) }
        let root = YAMLValue(node: node, path: "(root)", file: file)
        guard root.isMap else {
            throw root.error("is \(root.kindName)", expected: "expected a scenario map with name, channels and teams")
        }
        return root
    }

    /// Reads a scenario from its root map (the file's, or a strategy's or sweep point's copy
    /// of it); `adjustments` (a sweep's derived knobs) apply before the model's bounds are checked.
    static func read(_ root: YAMLValue, file: String, hash: String, baseDirectory: String,
                     adjustments: ModelAdjustments = ModelAdjustments()) throws(ScenarioError) -> Scenario {
        var m = try root.map()
        let name = try m.required("name", expected: "expected name: TEXT").string()
        let description = try m.optional("description")?.string() ?? ""
        let seed = try m.optional("seed").map { v throws(ScenarioError) -> UInt64 in
            guard let s = UInt64(try v.string()) else { throw v.error("'\(try v.string())' is not a seed", expected: "expected a whole number ≥ 0") }
            return s
        } ?? 1
        let replicationsV = m.optional("replications")
        let replications = try replicationsV?.positiveInt() ?? 10
        if let rv = replicationsV, replications > Limits.maxReplications {
            throw rv.error("\(replications) is above the supported \(Limits.maxReplications)", expected: "expected at most \(Limits.maxReplications)")
        }
        let confidenceV = m.optional("confidence")
        let confidence = try confidenceV?.double("expected a level such as 0.95") ?? 0.95
        if let v = confidenceV, !(confidence > 0 && confidence < 1) {
            throw v.error("must be between 0 and 1, got \(confidence)", expected: "expected a level such as 0.95")
        }
        // Every horizon field has a default, so the whole section may be left out: one day of 15-minute intervals.
        let horizon = try m.optional("horizon").map { v throws(ScenarioError) in try HorizonReader.read(v) } ?? HorizonReader.standard
        let warmupV = m.optional("warmup")
        let warmupAuto = try warmupV.map { v throws(ScenarioError) in try v.string() == "auto" }
        let warmup = warmupAuto == true ? 0 : try warmupV?.duration(positive: false) ?? 0
        if let v = warmupV, warmup >= horizon.end {
            throw v.error("is not shorter than the horizon", expected: "expected a warm-up shorter than \(Units.formatDuration(horizon.end)), or auto")
        }
        let visitorsV = m.optional("visitors")
        let context = ReaderContext(horizon: horizon, baseDirectory: baseDirectory, hasVisitors: visitorsV != nil)
        let channelsV = try m.required("channels", expected: "expected channels: { chat: {...}, phone: {...} }")
        var (channels, slTargets, explicitSLTime) = try ChannelReader.readAll(channelsV, context: context)
        let targetItems = try m.optional("targets").map { v throws(ScenarioError) in try TargetReader.parse(v) } ?? []
        TargetReader.applyThresholds(targetItems, to: &channels, explicit: explicitSLTime)
        let teamsV = try m.required("teams", expected: "expected teams: { NAME: { skills, headcount } }")
        var teams = try TeamReader.readAll(teamsV, channels: channels, context: context)
        var visitors = try visitorsV.map { v throws(ScenarioError) in try VisitorReader.read(v, channels: channels, context: context) }
        try adjustments.scaleArrivals(&channels, &visitors, at: channelsV)
        try adjustments.shiftHeadcounts(&teams, at: teamsV)
        let satisfaction = try m.optional("satisfaction").map { v throws(ScenarioError) in
            try SatisfactionReader.read(v, channels: channels)
        }
        let checkV = m.optional("check")
        _ = m.optional("strategies")   // known here; read by StrategiesReader against this base
        try m.finish()
        // Every channel needs a team that can serve it.
        for (c, ch) in channels.enumerated() where !teams.contains(where: { $0.skills.contains(c) }) {
            throw channelsV.error("channel '\(ch.name)' has no team with that skill",
                                  expected: "expected a team whose skills include \(ch.name)")
        }
        var model = ModelSpec(horizon: horizon, channels: channels, teams: teams, warmup: warmup, visitors: visitors)
        model.satisfaction = satisfaction
        let inputFiles = context.files.paths
        let expected = (channels.map(\.arrivalRates) + [visitors?.arrivalRates ?? []])
            .reduce(0) { $0 + $1.reduce(0, +) } * horizon.intervalLength
        guard expected <= Limits.maxArrivals else {
            throw channelsV.error("about \(wholeNumber(expected)) arrivals per replication", expected: "expected at most 10⁹ arrivals per replication")
        }
        try checkMessages(channels: channels, visitors: visitors, horizon: horizon, at: channelsV)
        var scenario = Scenario(name: name, description: description, path: file, hash: hash,
                        seed: seed, replications: replications, confidence: confidence, model: model,
                        slTargets: slTargets)
        scenario.inputFiles = inputFiles
        scenario.targets = try TargetReader.finish(targetItems, slTargets: slTargets.mapValues { ($0, channelsV) }, model: model)
        // A steady-state day starts empty, which no real day does: cut the start by default.
        scenario.warmupIsAuto = warmupAuto ?? model.isSteadyState
        scenario.check = try checkV.map { v throws(ScenarioError) in try CheckReader.read(v, model: model) } ?? CheckSettings()
        return scenario
    }
}

/// What the readers of later sections need from earlier ones.
struct ReaderContext {
    var horizon: Horizon
    var baseDirectory: String
    /// The files read while loading (shared by the readers).
    var files = ReferencedFiles()
    /// Whether the scenario has website visitors (then channels need no direct arrivals).
    var hasVisitors = false
}

/// Reads `horizon: { start, end | length, interval, days }`.
enum HorizonReader {
    /// The horizon of a scenario without one, the same as `horizon: {}`: one day from 00:00 in 15-minute intervals.
    static let standard = Horizon(intervalLength: 900, intervalsPerDay: 96)

    static func read(_ v: YAMLValue) throws(ScenarioError) -> Horizon {
        var m = try v.map()
        let start = try m.optional("start")?.clock() ?? 0
        let intervalV = m.optional("interval")
        let interval = try intervalV?.duration() ?? 900
        let daysV = m.optional("days")
        let days = try daysV?.positiveInt() ?? 1
        // Checked before days × intervals is formed, which could otherwise overflow.
        if let daysV, days > Limits.maxDays {
            throw daysV.error("\(days) is above the supported \(Limits.maxDays)", expected: "expected at most \(Limits.maxDays) days")
        }
        var length: Double
        if let endV = m.optional("end") {
            if m.optional("length") != nil {
                throw endV.error("conflicts with 'length'", expected: "give either end or length")
            }
            let end = try endV.clock()
            length = end - start
            guard length > 0 else { throw endV.error("is not after start", expected: "expected an end later than start on the same day") }
        } else if let lenV = m.optional("length") {
            length = try lenV.duration()
            guard length <= Horizon.day || days == 1 else {
                throw lenV.error("is longer than a day on a multi-day horizon", expected: "expected at most 24h per day")
            }
        } else {
            length = Horizon.day
        }
        try m.finish()
        let count = length / interval
        // A tiny interval gives more intervals than an Int holds: compare before converting.
        guard count.rounded() * Double(days) <= Double(Limits.maxIntervals) else {
            throw (intervalV ?? v).error("gives \(wholeNumber(count.rounded() * Double(days))) intervals",
                                         expected: "expected at most \(Limits.maxIntervals) intervals in the horizon")
        }
        guard abs(count - count.rounded()) < 1e-9, count.rounded() >= 1 else {
            throw (intervalV ?? v).error("\(Units.formatDuration(interval)) does not divide the day's \(Units.formatDuration(length))",
                                         expected: "expected an interval that divides the opening window, e.g. 15m")
        }
        return Horizon(intervalLength: interval, intervalsPerDay: Int(count.rounded()), days: days, dayStart: start)
    }
}

/// The other files a scenario reads, in the order read, so they can be part of its hash.
final class ReferencedFiles {
    private(set) var paths: [String] = []
    func add(_ path: String) { if !paths.contains(path) { paths.append(path) } }
}
