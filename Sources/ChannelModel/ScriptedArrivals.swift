extension ChannelSpec {
    /// Re-picks the scripted arrivals (a trace): arrival `index` of the current trace, moved by
    /// `shift` seconds, for each pick in order. The recorded handle time, patience and class
    /// are matched to arrivals by position, so they go with their arrivals here, in one
    /// place, whatever reshapes the trace (an outage dropping a window, a soak repeating the
    /// days). An entry past a shorter recorded array becomes −1, "none recorded", which is
    /// what the engine reads past the array's end too. No trace: nothing changes.
    mutating func repickScriptedArrivals(_ picks: [(index: Int, shift: Double)]) {
        guard let times = arrivalTimes else { return }
        func follow<T>(_ xs: [T]?, none: T) -> [T]? { xs.map { x in picks.map { $0.index < x.count ? x[$0.index] : none } } }
        arrivalTimes = picks.map { times[$0.index] + $0.shift }
        arrivalWork = follow(arrivalWork, none: -1)
        arrivalPatience = follow(arrivalPatience, none: -1)
        arrivalClasses = follow(arrivalClasses, none: -1)
    }
}
