import ChannelModel
import Variates

/// Why the simulated head-count of an interval differs from the formulas': the likely
/// cause, from what the model holds there (docs/model.md, "Staffing", lists the rules).
public enum StaffingReason: String, Sendable, CaseIterable {
    /// More agents than the formulas just after busier intervals: the formulas see each
    /// interval in steady state, the simulation carries the queue (and agents' chats) over.
    case carriedOver = "queue carried over from busier intervals before"
    /// Fewer agents than the formulas while arrivals rise: the queue has not built up yet.
    case risingLoad = "queue still building as arrivals rise"
    /// Fewer agents than the formulas at the opening: the day starts with nobody waiting.
    case emptyStart = "the day opens with nobody waiting"
    /// A form's backlog is worked across intervals and hours, which no interval formula sees.
    case backlog = "form backlog worked across intervals"
    /// The team serves several channels: the formulas add needs, agents share them.
    case sharedSkills = "agents shared across the team's channels"
    /// Message-level chat: the formulas see only a chat's total agent time.
    case messageLevelChat = "message-level chat (the formulas see only total agent time)"
    /// Patience or handle time not exponential, which the formulas assume.
    case nonExponential = "patience or handle time not exponential (the formulas assume it)"
    /// A target on a class: the formulas see one FIFO queue of the classes' mixture, not
    /// the class's priority or head start.
    case classTarget = "a class target (the formulas see the classes' mixture)"
    /// A target the formulas do not compute (reply delay, backlog age, mid-chat abandonment).
    case simulationOnlyFigure = "a target the formulas cannot compute"
    /// Nothing in the model explains it: within the noise of the replications and of
    /// interval edges.
    case noise = "sampling noise and interval edges"

    /// The likely cause for staffed team position `k` in interval `i`, or nil when the two
    /// plans agree there.
    public static func of(plan: StaffingPlan, team k: Int, interval i: Int, model: ModelSpec,
                          targets: StaffedTargets) -> StaffingReason? {
        let diff = plan.simulated[k][i] - plan.analytic[k][i]
        guard diff != 0 else { return nil }
        let team = plan.teams[k]
        let channels = targets.channels(of: team)
        if channels.contains(where: { model.channels[$0].kind == .form }) { return .backlog }
        let rate = { (j: Int) in channels.reduce(0.0) { $0 + plan.rates[$1][j] } }
        if diff < 0 && i % model.horizon.intervalsPerDay == 0 && !model.horizon.isContinuous || diff < 0 && i == 0 {
            return .emptyStart
        }
        if i > 0 {
            let before = rate(i - 1), now = rate(i)
            if diff > 0 && before > now * 1.05 { return .carriedOver }
            if diff < 0 && now > before * 1.05 { return .risingLoad }
        }
        if channels.count > 1 || model.teams[team].skills.count > 1 { return .sharedSkills }
        if channels.contains(where: { if case .messages = model.channels[$0].mode { return true } else { return false } }) {
            return .messageLevelChat
        }
        if targets.entries.contains(where: { $0.team == team && $0.contactClass != nil }) { return .classTarget }
        let formulaFigures: Set<String> = [Metric.slOffered.rawValue, Metric.pAbandon.rawValue, Metric.asa.rawValue]
        if targets.entries.contains(where: { $0.team == team && !formulaFigures.contains($0.target.metric) }) {
            return .simulationOnlyFigure
        }
        if channels.contains(where: { c in
            let ch = model.channels[c]
            // Classes with laws of their own make a mixture, which no exponential is (the
            // formulas take its mean).
            if ch.classes.contains(where: { $0.patience != nil || $0.work != nil }) { return true }
            return !([ch.patience, ch.work] + (ch.patienceBands ?? []) + (ch.workBands ?? [])).allSatisfy(isExponential)
        }) {
            return .nonExponential
        }
        return .noise
    }

    static func isExponential(_ d: Distribution) -> Bool {
        switch d {
        case .exponential, .never: return true
        default: return false
        }
    }
}
