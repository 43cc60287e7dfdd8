import ChannelModel
import Experiments
import Foundation
import Scenario

/// A sweep ready to run: the experiment (one variant per point) and the axes that made it.
struct PreparedSweep {
    var prepared: PreparedExperiment
    var axes: [SweepAxis]
    /// Each point's value index per axis, in variant order.
    var points: [[Int]]
    var zip: Bool
}

/// Turns `--vary` flags into sweep points, each a variant of one experiment: every value
/// is parsed and every point built and validated before anything runs or is written.
enum SweepSetup {
    /// What a `--vary` path stands for: a field of the file, or a derived knob.
    enum Knob: Equatable {
        case field
        case arrivalScale
        /// nil: every team.
        case headcountShift(team: String?)
    }

    static func prepare(file: String, vary: [String], zip: Bool, options o: ExperimentOptions) throws -> PreparedSweep {
        guard !vary.isEmpty else {
            throw CLIFailure(status: .badInput, description: "sweep: give at least one --vary PATH=VALUES, e.g. --vary teams.web.headcount=8..14")
        }
        let axes = try vary.map { text in try badInput { () throws(SweepError) in try SweepAxis.parse(text) } }
        for (i, a) in axes.enumerated() where axes[..<i].contains(where: { $0.path == a.path }) {
            throw CLIFailure(status: .badInput, description: "--vary \(a.flag): \(a.path) is varied twice (give each path once, with all its values)")
        }
        let sweep = try SweepBase.load(path: file)
        let knobs = try axes.map { try knob($0, base: sweep) }
        let points = try badInput { () throws(SweepError) in try SweepGrid.points(axes, zip: zip) }
        var variants: [Variant] = []
        variants.reserveCapacity(points.count)
        for point in points {
            var settings: [(path: String, value: String)] = [], adjustments = ModelAdjustments()
            for (a, k) in point.enumerated() {
                let value = axes[a].values[k]
                switch knobs[a] {
                case .field: settings.append((axes[a].path, value.text))
                case .arrivalScale: adjustments.arrivalScale = value.number
                case .headcountShift(nil): adjustments.headcountShiftAll = Int(value.number)
                case .headcountShift(let team?): adjustments.headcountShift[team] = Int(value.number)
                }
            }
            let parameters = point.enumerated().map { a, k in (axes[a].path, axes[a].values[k].text) }
            let name = SweepGrid.name(parameters)
            do throws(ScenarioError) {
                let scenario = try sweep.point(settings, adjustments: adjustments)
                variants.append(Variant(name: name, parameters: parameters, model: scenario.model))
            } catch {
                throw CLIFailure(status: .badInput, description: attribute(error, point: name, axes: axes))
            }
        }
        let design = try ExperimentSetup.design(variants: variants, base: sweep.base, options: o)
        let line = (["channelsim"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
        let prepared = PreparedExperiment(scenarios: ScenarioSet(base: sweep.base), design: design, commandLine: line)
        return PreparedSweep(prepared: prepared, axes: axes, points: points, zip: zip)
    }

    /// Classifies an axis and checks that its path and values can be varied.
    static func knob(_ axis: SweepAxis, base: SweepBase) throws -> Knob {
        func fail(_ problem: String) -> CLIFailure { CLIFailure(status: .badInput, description: "--vary \(axis.flag): \(problem)") }
        let segments = axis.path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if axis.path == "arrivals.scale" {
            guard axis.unit.isEmpty else { throw fail("arrivals.scale is a factor without a unit (expected e.g. 0.8..1.5:0.1)") }
            if let bad = axis.values.first(where: { $0.number < 0 }) {
                throw fail("the factor \(bad.text) is negative (expected factors ≥ 0, e.g. 0.8..1.5:0.1)")
            }
            return .arrivalScale
        }
        if segments.count == 4, segments[0] == "teams", segments[2] == "headcount", segments[3] == "add" {
            guard axis.unit.isEmpty else { throw fail("headcount.add is a number of agents without a unit (expected e.g. -2..+3)") }
            if let bad = axis.values.first(where: { $0.number != $0.number.rounded() || abs($0.number) > 1e6 }) {
                throw fail("'\(bad.text)' is not a whole number of agents (expected e.g. -2..+3)")
            }
            if segments[1] == "*" { return .headcountShift(team: nil) }
            let teams = base.teamNames
            guard teams.contains(segments[1]) else {
                let hint = NameSuggestion.closest(to: segments[1], in: teams).map { "did you mean 'teams.\($0).headcount.add'?" }
                throw fail("no team '\(segments[1])' in the base scenario (" + (hint ?? "expected one of: \(teams.joined(separator: ", ")), or *") + ")")
            }
            return .headcountShift(team: segments[1])
        }
        do throws(SweepFieldError) {
            try base.checkField(axis.path)
        } catch {
            throw fail("\(error.problem) (\(error.expected))")
        }
        return .field
    }

    /// A point's scenario error, named by the flag that made the varied field wrong where
    /// that can be told (the error is at the field, or is a derived knob's), else by the point.
    static func attribute(_ error: ScenarioError, point: String, axes: [SweepAxis]) -> String {
        let field = error.field.replacingOccurrences(of: "[", with: ".").replacingOccurrences(of: "]", with: "")
        let axis = axes.first { a in
            field == a.path || field.hasPrefix(a.path + ".")
                || (a.path == "arrivals.scale" && error.problem.hasPrefix("arrivals.scale"))
                || (a.path.hasSuffix(".headcount.add") && error.problem.hasPrefix("headcount.add"))
        }
        let at = axis.map { "--vary \($0.flag): at point \(point)" } ?? "sweep point \(point)"
        return "\(at): \(error)"
    }

    /// Runs `body`, turning a sweep error into a bad-input failure.
    static func badInput<T>(_ body: () throws(SweepError) -> T) throws -> T {
        do throws(SweepError) { return try body() } catch {
            throw CLIFailure(status: .badInput, description: error.description)
        }
    }
}
