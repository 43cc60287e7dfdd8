import ChannelModel
import Variates

/// A monitor that keeps every notification, for exact assertions on small scripted runs.
final class RecordingMonitor: SimulationMonitor {
    enum Entry: Equatable {
        case interval(Int, Double)
        case arrived(channel: Int, time: Double)
        case answered(channel: Int, arrival: Double, wait: Double)
        case abandoned(channel: Int, arrival: Double, wait: Double)
        case unanswered(channel: Int, arrival: Double, wait: Double)
        case completed(channel: Int, arrival: Double, service: Double)
        case replied(channel: Int, delay: Double)
        case leftMidChat(channel: Int, arrival: Double, service: Double)
    }

    var log: [Entry] = []
    var states: [(channel: Int, time: Double, state: ChannelState)] = []
    var endTime = -1.0
    var visitorsArrived = 0
    var recontacts: [Bool] = []
    var callbacksAccepted: [Double] = []
    /// Arrival time of each caller offered a callback, and whether it accepted.
    var callbacksOffered: [(arrival: Double, accepted: Bool)] = []
    var invitations: [Bool] = []
    var endings: [ContactEnding] = []
    var contacts: [Int] = []
    var visitorOutcomes: [(outcome: VisitorOutcome, channel: Int)] = []
    var journeys: [Journey] = []
    var oldestAges: [(channel: Int, interval: Int, age: Double)] = []
    var busyPeriods: [(team: Int, channel: Int, from: Double, to: Double)] = []
    var overtimeChanges: [(team: Int, time: Double, agents: Int)] = []
    /// Groups of the contacts that arrived, in order.
    var arrivalGroups: [Int] = []
    /// The `alone` time of each completed contact, in completion order.
    var alones: [Double] = []

    func intervalBegan(_ interval: Int, at time: Double) { log.append(.interval(interval, time)) }
    func arrived(channel: Int, interval: Int, group: Int, at time: Double) {
        log.append(.arrived(channel: channel, time: time))
        arrivalGroups.append(group)
    }
    func callbackOffered(channel: Int, interval: Int, group: Int, arrival: Double, accepted: Bool) {
        callbacksOffered.append((arrival, accepted))
        if accepted { callbacksAccepted.append(arrival) }
    }
    func answered(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, callback: Bool,
                  team: Int, agent: Int) {
        log.append(.answered(channel: channel, arrival: arrival, wait: wait))
    }
    func abandoned(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double) {
        log.append(.abandoned(channel: channel, arrival: arrival, wait: wait))
    }
    func unansweredAtEnd(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, callback: Bool) {
        log.append(.unanswered(channel: channel, arrival: arrival, wait: wait))
    }
    func recontacted(channel: Int, interval: Int, group: Int, arrival: Double, wait: Double, withdrawn: Bool) { recontacts.append(withdrawn) }
    func completed(channel: Int, interval: Int, group: Int, arrival: Double, service: Double, alone: Double, response: Double) {
        log.append(.completed(channel: channel, arrival: arrival, service: service))
        alones.append(alone)
    }
    func replied(channel: Int, interval: Int, group: Int, arrival: Double, delay: Double, at time: Double) { log.append(.replied(channel: channel, delay: delay)) }
    func visitorArrived(segment: Int, enquiry: Int, interval: Int, at time: Double) { visitorsArrived += 1 }
    func visitorInvited(segment: Int, enquiry: Int, interval: Int, arrival: Double, accepted: Bool) { invitations.append(accepted) }
    func contactEnded(channel: Int, interval: Int, group: Int, arrival: Double, ending: ContactEnding) { endings.append(ending) }
    func visitorContacted(segment: Int, enquiry: Int, interval: Int, arrival: Double, channel: Int) { contacts.append(channel) }
    func visitorFinished(segment: Int, enquiry: Int, interval: Int, arrival: Double, outcome: VisitorOutcome, channel: Int,
                         journey: Journey, at time: Double) {
        visitorOutcomes.append((outcome, channel))
        journeys.append(journey)
    }
    func agentBusy(team: Int, channel: Int, from: Double, to: Double) { busyPeriods.append((team, channel, from, to)) }
    func overtimeChanged(team: Int, at time: Double, agents: Int) { overtimeChanges.append((team, time, agents)) }
    func leftMidChat(channel: Int, interval: Int, group: Int, arrival: Double, service: Double, waited: Double) {
        log.append(.leftMidChat(channel: channel, arrival: arrival, service: service))
    }
    func oldestWaiting(channel: Int, interval: Int, at time: Double, age: Double) {
        oldestAges.append((channel, interval, age))
    }
    func stateChanged(channel: Int, at time: Double, to state: ChannelState) { states.append((channel, time, state)) }
    func finished(at time: Double) { endTime = time }

    /// The outcome entries only (no arrivals or intervals).
    var outcomes: [Entry] {
        log.filter {
            switch $0 {
            case .interval, .arrived, .replied: return false
            default: return true
            }
        }
    }
}

/// Builders for small deterministic models.
enum Fixture {
    static func channel(_ kind: ChannelKind, arrivals: [Double], work: Double, patience: Distribution = .never,
                        assignment: AssignmentRule = .leastLoaded, name: String? = nil, intervals: Int = 1) -> ChannelSpec {
        ChannelSpec(name: name ?? kind.rawValue, kind: kind, patience: patience, work: .deterministic(work), slTime: 20,
                    assignment: assignment, arrivalRates: Array(repeating: 0, count: intervals), arrivalTimes: arrivals)
    }

    static func team(skills: [Int], headcount: [Int], concurrency: Int = 1, slowdown: Double = 0) -> TeamSpec {
        TeamSpec(name: "t", skills: skills, headcount: headcount, concurrency: concurrency,
                 speeds: TeamSpec.speeds(concurrency: concurrency, slowdown: slowdown))
    }

    static func run(_ spec: ModelSpec, seed: UInt64 = 1) -> RecordingMonitor {
        let m = RecordingMonitor()
        var sim = Simulation(spec: spec, seed: seed, replication: 0, monitor: m)
        sim.run()
        return m
    }

    /// One replication's metrics from the standard recorder.
    static func metrics(_ spec: ModelSpec, seed: UInt64, replication: Int = 0) -> ReplicationMetrics {
        let r = MetricsRecorder(spec: spec)
        var sim = Simulation(spec: spec, seed: seed, replication: replication, monitor: r)
        sim.run()
        return r.metrics(replication: replication)
    }

    /// One interval of `length` seconds.
    static func horizon(length: Double = 3600, intervals: Int = 1) -> Horizon {
        Horizon(intervalLength: length / Double(intervals), intervalsPerDay: intervals)
    }
}
