/// Whether a model describes a steady state rather than a working day.
extension ModelSpec {
    /// One whole 24-hour day with every arrival rate, handle time and patience law and every
    /// team's agents on duty constant, and every channel always open: a model of the long
    /// run, which starts empty only because a simulation must start somewhere. Such a scenario's warm-up defaults to `auto`
    /// (docs/model.md, "Warm-up"); a working day starts empty for real and keeps all of it.
    public var isSteadyState: Bool {
        guard horizon.days == 1, horizon.intervalsPerDay > 0,
              abs(Double(horizon.intervalsPerDay) * horizon.intervalLength - Horizon.day) < 1e-6 else { return false }
        func constant<T: Equatable>(_ xs: [T]) -> Bool { xs.allSatisfy { $0 == xs.first } }
        let rates = channels.allSatisfy { constant($0.arrivalRates) } && constant(visitors?.arrivalRates ?? [])
        let open = channels.allSatisfy { $0.availability.hours == nil }
        // Handle time or patience that change over the day make it a day, not a long run.
        let laws = channels.allSatisfy { ch in
            constant(ch.workBands ?? []) && constant(ch.patienceBands ?? [])
                && ch.classes.allSatisfy { constant($0.workBands ?? []) && constant($0.patienceBands ?? []) }
        }
        // The agents on duty, not the head-count: shrinkage that changes over the day changes
        // them as a changing head-count does.
        return rates && open && laws && teams.allSatisfy { t in constant(t.headcount.indices.map(t.onDuty)) }
    }
}
