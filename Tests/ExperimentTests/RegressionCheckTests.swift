import ChannelModel
import Experiments
import Foundation
import Scenario
import Testing

/// `check`'s statistics: what regresses, what is only noise, and the false-alarm rate.
@Suite struct RegressionCheckTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func scenario() throws -> Scenario {
        try ScenarioLoader.load(path: root.appendingPathComponent("Scenarios/ci/chat-fluid.yaml").path)
    }

    static func run(_ s: Scenario, seed: UInt64, scale: Double = 1) -> ExperimentResult {
        var model = s.model
        for c in model.channels.indices { model.channels[c].arrivalRates = model.channels[c].arrivalRates.map { $0 * scale } }
        return Experiment.run(ExperimentDesign(variants: [Variant(name: "base", model: model)], seed: seed,
                                               replications: s.replications, confidence: s.confidence, targets: s.targets),
                              threads: 2)
    }

    static func check(_ s: Scenario, baseline: ExperimentResult, current: ExperimentResult) -> RegressionCheck {
        let b = Baseline(baseline, scenario: s.name, meaningHash: s.meaningHash, version: "test")
        return RegressionCheck(current: current, baseline: b, targets: s.targets, tolerances: s.check.tolerances)
    }

    @Test func anUnchangedRunIsIdentical() throws {
        let s = try Self.scenario()
        let c = Self.check(s, baseline: Self.run(s, seed: s.seed), current: Self.run(s, seed: s.seed))
        #expect(c.paired && c.identical && c.regressions.isEmpty && c.missing.isEmpty)
        #expect(c.figures.count > 30 && c.figures.allSatisfy { $0.status == .identical })
    }

    @Test func tenPercentMoreArrivalsIsARegression() throws {
        let s = try Self.scenario()
        let c = Self.check(s, baseline: Self.run(s, seed: s.seed), current: Self.run(s, seed: s.seed, scale: 1.1))
        let keys = Set(c.regressions.map(\.key.description))
        // The targets' figures move the failing way: less service, more abandonment.
        #expect(keys.contains("chat.sl_offered") && keys.contains("chat.p_abandon"), "\(keys)")
        // Figures with no target or tolerance move too, but are only changes.
        #expect(c.figures.contains { $0.key.description == "chat.offered" && $0.status == .changed })
        // The ASA's tolerance (25 % of the baseline, no target) catches the longer waits.
        let asa = try #require(c.figures.first { $0.key.description == "chat.asa" })
        #expect(asa.status == .regressed && asa.tolerance?.text == "chat.asa: 25%")
        #expect(asa.current!.mean > 1.25 * asa.baseline!.mean)
    }

    @Test func aChangeWellInsideTheNoiseIsNotARegression() throws {
        // Another seed is another sample of the same model: compared unpaired, any regression
        // is a false alarm. Over 60 seeds the rate must stay near 1 − confidence (5 %): the
        // Holm family bounds it per scenario. Binomial(60, 0.05) exceeds 8 with probability 0.6 %.
        let s = try Self.scenario()
        let baseline = Self.run(s, seed: s.seed)
        var alarms = 0
        for seed in 1...60 as ClosedRange<UInt64> {
            let c = Self.check(s, baseline: baseline, current: Self.run(s, seed: 1000 + seed))
            #expect(!c.paired)
            if !c.regressions.isEmpty { alarms += 1 }
        }
        print("check false alarms: \(alarms) of 60 seeds")
        #expect(alarms <= 8)
    }

    @Test func baselineTextRoundTripsBitForBit() throws {
        let s = try Self.scenario()
        let b = Baseline(Self.run(s, seed: s.seed), scenario: s.name, meaningHash: s.meaningHash, version: "0.1.0")
        let text = BaselineText.write(b, acceptCommand: "channelsim check --accept x.yaml")
        #expect(try BaselineText.parse(text) == b)
        #expect(text.contains("\nconfidence 0.95\n"))
    }

    @Test func corruptBaselinesNameTheLine() {
        func problem(_ text: String) -> BaselineError? {
            do { _ = try BaselineText.parse(text); return nil } catch { return error }
        }
        let head = "channelsim-baseline 1\nversion 0.1.0\nscenario x\nmeaning abc\nseed 1\nreplications 2\nconfidence 0.95\n"
        #expect(problem(head + "base chat.asa 1 0 2 : 1 1\n") == nil)
        #expect(problem(head + "base chat.asa 1 0 2 : 1 x\n") == BaselineError(line: 8, problem: "'x' is not a number"))
        #expect(problem(head + "base chat.asa 1 0 3 : 1 1\n") == BaselineError(line: 8, problem: "N is 3 but 2 values are defined"))
        #expect(problem(head + "base chat 1 0 2 : 1 1\n") == BaselineError(line: 8, problem: "'chat' is not SCOPE.METRIC"))
        #expect(problem("channelsim-baseline 7\n") == BaselineError(line: 1, problem: "format 7 is not the format 1 this channelsim reads"))
        #expect(problem("hello\n") == BaselineError(line: 1, problem: "expected KEY VALUE or a figure line"))
    }

    @Test func meaningIgnoresCommentsOrderAndExperimentSettings() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("Scenarios/ci/chat-fluid.yaml"), encoding: .utf8)
        func meaning(_ t: String) throws -> String {
            let dir = FileManager.default.temporaryDirectory.appendingPathComponent("meaning-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: dir) }
            let f = dir.appendingPathComponent("s.yaml")
            try t.write(to: f, atomically: true, encoding: .utf8)
            return try ScenarioLoader.loadSet(path: f.path).base.meaningHash
        }
        let original = try meaning(text)
        #expect(try meaning("# another comment\n" + text.replacingOccurrences(of: "# CI:", with: "# Edited:")) == original)
        #expect(try meaning(text.replacingOccurrences(of: "seed: 101", with: "seed: 7")) == original)
        let reordered = text.replacingOccurrences(of: "    patience: { weibull: { mean: 2m, shape: 0.8 } }\n    work: { lognormal: { mean: 6m, cv: 0.8 } }",
                                                  with: "    work: { lognormal: { cv: 0.8, mean: 6m } }\n    patience: { weibull: { shape: 0.8, mean: 2m } }")
        #expect(reordered != text)
        #expect(try meaning(reordered) == original)
        #expect(try meaning(text.replacingOccurrences(of: "[40, 60,", with: "[44, 60,")) != original)
    }
}
