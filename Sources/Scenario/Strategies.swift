import Foundation

/// A scenario under a name: the base (`base`) or one of its strategies.
public struct NamedScenario: Sendable {
    public var name: String
    public var scenario: Scenario
    /// The strategy's overrides as (field path, value) text, in file order; empty for the base.
    public var parameters: [(String, String)]

    public init(name: String, scenario: Scenario, parameters: [(String, String)] = []) {
        self.name = name
        self.scenario = scenario
        self.parameters = parameters
    }
}

/// A base scenario and its named strategies, all sharing the base's seed and replications,
/// so that differences between them are paired (common random numbers).
public struct ScenarioSet: Sendable {
    /// The name that stands for the scenario without overrides; no strategy may take it.
    public static let baseName = "base"

    /// The file without its `strategies`.
    public var base: Scenario
    /// The strategies, in file order.
    public var strategies: [NamedScenario]

    public init(base: Scenario, strategies: [NamedScenario] = []) {
        self.base = base
        self.strategies = strategies
    }

    /// The base first, then the strategies in file order.
    public var all: [NamedScenario] { [NamedScenario(name: Self.baseName, scenario: base)] + strategies }

    /// The scenario called `name` (`base` or a strategy's name), if there is one.
    public func scenario(named name: String) -> Scenario? {
        all.first { $0.name == name }?.scenario
    }
}

extension ScenarioLoader {
    /// Loads and validates the scenario at `path` and each of its strategies.
    public static func loadSet(path: String) throws(ScenarioError) -> ScenarioSet {
        let (text, fileHash) = try readFile(path: path)
        let directory = (path as NSString).deletingLastPathComponent
        var set = try parseSet(text, file: path, baseDirectory: directory)
        // The hash identifies the input: the file's bytes and those of every file it read
        // (profiles), the same for the base and every strategy.
        var hash = fileHash
        let inputs = set.all.flatMap(\.scenario.inputFiles).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        if !inputs.isEmpty {
            var bytes = Array(text.utf8)
            for f in inputs {
                // Content only (not the path), so the hash does not depend on the working directory.
                bytes.append(0)
                bytes += FileManager.default.contents(atPath: f).map { Array($0) } ?? []
            }
            hash = SHA256.hex(bytes)
        }
        set.base.hash = hash
        for i in set.strategies.indices { set.strategies[i].scenario.hash = hash }
        // The meaning takes the profiles' bytes too, read from disk the same way.
        let root = try compose(text, file: path)
        let meaning = MeaningHash.hex(root: root.node, inputs: inputs.map { FileManager.default.contents(atPath: $0).map { Array($0) } ?? [] })
        set.base.meaningHash = meaning
        for i in set.strategies.indices { set.strategies[i].scenario.meaningHash = meaning }
        return set
    }

    /// Parses scenario text into its base and strategies; `file` names it in errors,
    /// `baseDirectory` resolves relative paths (profile CSV files).
    public static func parseSet(_ text: String, file: String, baseDirectory: String = ".") throws(ScenarioError) -> ScenarioSet {
        let root = try compose(text, file: file)
        let hash = SHA256.hex(Array(text.utf8))
        // The base is checked first, so that an error a strategy reveals is the strategy's.
        let base = try read(root, file: file, hash: hash, baseDirectory: baseDirectory)
        var strategies: [NamedScenario] = []
        for tree in try StrategiesReader.trees(root) {
            let strategyRoot = YAMLValue(node: tree.root, path: "(root)", file: file)
            var scenario: Scenario
            do throws(ScenarioError) {
                scenario = try read(strategyRoot, file: file, hash: hash, baseDirectory: baseDirectory)
            } catch {
                throw tree.attribute(error)
            }
            scenario.shareExperiment(of: base)
            strategies.append(NamedScenario(name: tree.name, scenario: scenario, parameters: tree.parameters))
        }
        return ScenarioSet(base: base, strategies: strategies)
    }
}

extension Scenario {
    /// Takes the base's experiment settings. Strategies cannot override them, so they are
    /// equal already; copying states the guarantee instead of relying on it.
    mutating func shareExperiment(of base: Scenario) {
        name = base.name
        description = base.description
        path = base.path
        hash = base.hash
        seed = base.seed
        replications = base.replications
        confidence = base.confidence
        targets = base.targets
        warmupIsAuto = base.warmupIsAuto
        check = base.check
    }
}
