import ChannelModel

/// Reads `teams:`, a map from team name to skills, head-count or shifts, concurrency,
/// slowdown, shrinkage and cost.
enum TeamReader {
    static func readAll(_ v: YAMLValue, channels: [ChannelSpec], context: ReaderContext) throws(ScenarioError) -> [TeamSpec] {
        var m = try v.map()
        let entries = m.all()
        guard !entries.isEmpty else { throw v.error("has no teams", expected: "expected at least one team, e.g. web: { skills: [chat], headcount: 5 }") }
        var teams: [TeamSpec] = []
        for (name, tv) in entries {
            try Names.check(name, tv, what: "team")
            teams.append(try read(name: name, tv, channels: channels, context: context))
        }
        return teams
    }

    static func read(name: String, _ v: YAMLValue, channels: [ChannelSpec], context: ReaderContext) throws(ScenarioError) -> TeamSpec {
        var m = try v.map()
        let skillsV = try m.required("skills", expected: "expected skills: [channel, ...] in priority order")
        var skills: [Int] = []
        for s in try skillsV.list() {
            let n = try s.string()
            let c = try Names.channelIndex(n, at: s, channels: channels)
            guard !skills.contains(c) else { throw s.error("lists '\(n)' twice", expected: "expected each channel once") }
            skills.append(c)
        }
        guard !skills.isEmpty else { throw skillsV.error("is empty", expected: "expected at least one channel") }

        let (form, staffing) = try m.oneOf(["headcount", "shifts"],
                                           expected: "expected headcount: N (or one per interval) or shifts: [{ start, end, agents }]")
        var patterns: [ShiftPattern]?
        let headcount: [Int]
        if form == "shifts" {
            (headcount, patterns) = try ShiftReader.read(staffing, horizon: context.horizon)
        } else {
            headcount = try readHeadcount(staffing, horizon: context.horizon)
        }

        let concurrencyV = m.optional("concurrency")
        let concurrency = try concurrencyV?.positiveInt("expected a whole number of chats ≥ 1") ?? 1
        if let cv = concurrencyV, concurrency > Limits.maxConcurrency {
            throw cv.error("\(concurrency) is above the supported \(Limits.maxConcurrency)", expected: "expected at most \(Limits.maxConcurrency) chats")
        }
        if let cv = concurrencyV, concurrency > 1, !skills.contains(where: { channels[$0].kind == .chat }) {
            throw cv.error("is \(concurrency) but the team has no chat skill", expected: "expected 1, or add chat to skills")
        }
        let slowdownV = m.optional("slowdown")
        let speedsV = m.optional("speeds")
        var speeds: [Double]
        if let speedsV {
            if let s = slowdownV { throw s.error("conflicts with 'speeds'", expected: "give either slowdown or speeds") }
            let items = try speedsV.list()
            guard items.count == concurrency else {
                throw speedsV.error("has \(items.count) values", expected: "expected \(concurrency), the speed of each chat when holding 1…\(concurrency)")
            }
            speeds = []
            for x in items {
                let s = try x.double("expected a speed > 0")
                guard s >= 0.001 && s <= 10 else {
                    throw x.error("\(s) is outside the supported 0.001…10", expected: "expected a speed > 0 (1 = full speed)")
                }
                speeds.append(s)
            }
            // Work content is defined as the agent time a chat needs alone, so a lone
            // chat (and any exclusive contact) runs at speed 1 by definition.
            if speeds[0] != 1 {
                throw items[0].error("must be 1, got \(speeds[0])",
                                     expected: "expected 1 for the first speed: work is the time a chat takes when it is the agent's only one")
            }
        } else {
            let alpha = try slowdownV?.double("expected a number ≥ 0") ?? 0
            if let s = slowdownV, alpha < 0 { throw s.error("must not be negative, got \(alpha)", expected: "expected a number ≥ 0, e.g. 0.25") }
            if let s = slowdownV, alpha > 1000 { throw s.error("\(alpha) is above the supported 1000", expected: "expected a number ≥ 0, e.g. 0.25") }
            speeds = TeamSpec.speeds(concurrency: concurrency, slowdown: alpha)
        }
        // Shrinkage may change over the day (bands or per interval), like handle time.
        var shrinkage = 0.0, shrinkageBands: [Double]?
        if let sv = m.optional("shrinkage") {
            (shrinkage, shrinkageBands) = try BandReader.numbers(sv, horizon: context.horizon) { v throws(ScenarioError) in
                let x = try v.probability()
                guard x < 1 else { throw v.error("must be below 1, got \(x)", expected: "expected the share of time lost, e.g. 0.3") }
                return x
            }
        }
        var unavailability: Unavailability?
        if let uv = m.optional("unavailability") {
            var um = try uv.map()
            let shareV = try um.required("share", expected: "expected share: the long-run share of on-duty time unavailable, e.g. 0.1")
            let share = try shareV.probability()
            guard share > 0 && share < 1 else {
                throw shareV.error("must be above 0 and below 1, got \(share)", expected: "expected a share such as 0.1")
            }
            let spellV = try um.required("mean_spell", expected: "expected mean_spell: DURATION (mean length of one unavailable spell), e.g. 10m")
            let spell = try spellV.duration(positive: true)
            try um.finish()
            let u = Unavailability(share: share, meanSpell: spell)
            // Each spell is an event: spells shorter than a second are typos, and would
            // flood the run with events (docs/scenario.md, "Bounds").
            guard min(u.meanSpell, u.meanAvailable) >= Limits.minSpell else {
                throw uv.error("gives spells of \(Units.formatDurationCompact(min(u.meanSpell, u.meanAvailable))) on average",
                               expected: "expected mean_spell and mean_spell × (1 − share) ÷ share of at least 1s")
            }
            let agentSeconds = headcount.reduce(0.0) { $0 + Double($1) } * context.horizon.intervalLength
            guard agentSeconds * 2 / (u.meanSpell + u.meanAvailable) <= Limits.maxArrivals else {
                throw uv.error("would make more than \(Int(Limits.maxArrivals)) spells in a run",
                               expected: "expected longer spells (mean_spell) for this many agent-hours")
            }
            unavailability = u
        }
        let costV = m.optional("cost_per_hour")
        let cost = try costV?.money() ?? 0
        let overtimeV = m.optional("overtime_cost_per_hour")
        let overtimeCost = try overtimeV?.money()
        if let ov = overtimeV, costV == nil {
            throw ov.error("is given without cost_per_hour", expected: "expected cost_per_hour as well, the rate of scheduled hours")
        }
        try m.finish()
        var team = TeamSpec(name: name, skills: skills, headcount: headcount, concurrency: concurrency, speeds: speeds)
        team.shrinkage = shrinkage
        team.shrinkageBands = shrinkageBands
        team.unavailability = unavailability
        team.costPerHour = cost
        team.overtimeCostPerHour = overtimeCost
        team.shifts = patterns
        return team
    }

    /// `headcount: N`, or a list with one number per interval of the horizon.
    static func readHeadcount(_ v: YAMLValue, horizon h: Horizon) throws(ScenarioError) -> [Int] {
        guard v.isList else { return Array(repeating: try headcountValue(v), count: h.intervalCount) }
        let items = try v.list()
        guard items.count == h.intervalCount else {
            throw v.error("has \(items.count) values", expected: "expected \(h.intervalCount), one per interval of the horizon")
        }
        var hc: [Int] = []
        for x in items { hc.append(try headcountValue(x)) }
        return hc
    }

    static func headcountValue(_ v: YAMLValue) throws(ScenarioError) -> Int {
        let n = try v.nonNegativeInt()
        guard n <= Limits.maxHeadcount else {
            throw v.error("\(n) is above the supported \(Limits.maxHeadcount) agents", expected: "expected at most \(Limits.maxHeadcount)")
        }
        return n
    }
}
