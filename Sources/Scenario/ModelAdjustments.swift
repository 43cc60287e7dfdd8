import ChannelModel

/// Changes a sweep makes to a scenario that are not one field of its file: every arrival
/// rate scaled (`arrivals.scale`), head-counts shifted (`teams.*.headcount.add`). They are
/// applied to the model as it is read, before the bounds every scenario is held to.
public struct ModelAdjustments: Sendable, Equatable {
    /// Multiplies every channel's direct arrival rates and the visitors' rates, in every interval.
    public var arrivalScale: Double = 1
    /// Added to every interval's head-count of every team (floored at 0).
    public var headcountShiftAll = 0
    /// Added to every interval's head-count of the named team, after `headcountShiftAll`.
    public var headcountShift: [String: Int] = [:]

    public init() {}

    /// Whether these change nothing.
    public var isIdentity: Bool { arrivalScale == 1 && headcountShiftAll == 0 && headcountShift.values.allSatisfy { $0 == 0 } }

    /// Scales the rates of `channels` and `visitors`; every rate must stay within bounds.
    func scaleArrivals(_ channels: inout [ChannelSpec], _ visitors: inout VisitorSpec?, at v: YAMLValue) throws(ScenarioError) {
        guard arrivalScale != 1 else { return }
        guard arrivalScale >= 0, arrivalScale.isFinite else {
            throw v.error("arrivals.scale \(Self.text(arrivalScale)) is negative", expected: "expected a factor ≥ 0")
        }
        for c in channels.indices {
            channels[c].arrivalRates = channels[c].arrivalRates.map { $0 * arrivalScale }
            if let top = channels[c].arrivalRates.max(), top > Limits.maxRate {
                throw v.error("arrivals.scale \(Self.text(arrivalScale)) takes channel \(channels[c].name)'s rate to \(Self.text(top))/s",
                              expected: "expected every rate at most 1,000 per second")
            }
        }
        if var vis = visitors {
            vis.arrivalRates = vis.arrivalRates.map { $0 * arrivalScale }
            if let top = vis.arrivalRates.max(), top > Limits.maxRate {
                throw v.error("arrivals.scale \(Self.text(arrivalScale)) takes the visitors' rate to \(Self.text(top))/s",
                              expected: "expected every rate at most 1,000 per second")
            }
            visitors = vis
        }
    }

    /// Shifts the head-counts of `teams`, floored at 0 and held to the bound.
    func shiftHeadcounts(_ teams: inout [TeamSpec], at v: YAMLValue) throws(ScenarioError) {
        for t in teams.indices {
            let shift = headcountShiftAll + (headcountShift[teams[t].name] ?? 0)
            guard shift != 0 else { continue }
            teams[t].headcount = teams[t].headcount.map { max(0, $0 + shift) }
            if let top = teams[t].headcount.max(), top > Limits.maxHeadcount {
                throw v.error("headcount.add \(shift) takes team \(teams[t].name) to \(top) agents",
                              expected: "expected at most \(Limits.maxHeadcount)")
            }
        }
    }

    /// A number as a person writes it: `2`, `1.5`, `50000`.
    static func text(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : "\(x)"
    }
}
