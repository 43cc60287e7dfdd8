import ChannelModel

/// The settings of `channelsim check` for one scenario.
public struct CheckSettings: Sendable, Equatable {
    /// How far each figure may move before it regresses (the others: by their confidence).
    public var tolerances: [Tolerance] = []
    /// Whether a missed target fails the check (`missed_targets: fail`, the default) or is
    /// only reported (`report`: for examples that show a plan missing its targets on purpose).
    public var failOnMissedTargets = true

    public init() {}
}

/// Reads `check:`, the settings of `channelsim check` for this scenario: tolerances per
/// figure (`chat.p_abandon: 0.01` in the figure's unit, or `phone.asa: 10%` of the
/// baseline), and whether a missed target fails.
enum CheckReader {
    static func read(_ v: YAMLValue, model: ModelSpec) throws(ScenarioError) -> CheckSettings {
        var m = try v.map()
        var settings = CheckSettings()
        if let mv = m.optional("missed_targets") {
            switch try mv.string() {
            case "fail": settings.failOnMissedTargets = true
            case "report": settings.failOnMissedTargets = false
            default: throw mv.error("must be fail or report", expected: "expected missed_targets: fail (the default) or report")
            }
        }
        var out: [Tolerance] = []
        if let tv = m.optional("tolerances") {
            var tm = try tv.map()
            for (key, value) in tm.all() {
                let figure: FigureReference
                do throws(TargetError) {
                    figure = try Target.parseFigure(key)
                    try Target(scope: figure.scope, metric: figure.metric, threshold: figure.threshold, comparison: .atMost,
                               bound: 0).check(against: model)
                } catch {
                    throw value.error("\(error.problem)", expected: error.expected)
                }
                let text = try value.string().trimmingCharacters(in: .whitespaces)
                let unit = MetricCatalog.info(figure.metric).unit
                let amount: Tolerance.Amount
                if text.hasSuffix("%") {
                    guard let x = Double(text.dropLast().trimmingCharacters(in: .whitespaces)), x.isFinite else {
                        throw value.error("'\(text)' is not a percentage", expected: "expected e.g. 10% of the baseline's mean")
                    }
                    guard x >= 0 else { throw value.error("must not be negative, got \(text)", expected: "expected a tolerance ≥ 0") }
                    amount = .relative(x / 100)
                } else {
                    let x: Double
                    do throws(TargetError) {
                        x = try Target.parseBound(text, unit: unit == .probability ? .count : unit, figure: figure.written, offset: 0)
                    } catch {
                        throw value.error(error.problem, expected: error.expected)
                    }
                    guard x >= 0 else { throw value.error("must not be negative, got \(text)", expected: "expected a tolerance ≥ 0") }
                    if unit == .probability && x > 1 {
                        throw value.error("\(text) is more than the whole 0…1 range of \(figure.written)",
                                          expected: "expected a share such as 0.01, or a relative tolerance such as 10%")
                    }
                    amount = .absolute(x)
                }
                out.append(Tolerance(key: figure.key, amount: amount, text: "\(key): \(text)"))
            }
            try tm.finish()
        }
        try m.finish()
        settings.tolerances = out
        return settings
    }
}
