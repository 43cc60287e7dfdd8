import Analytic
import ArgumentParser
import ChannelModel
import Foundation

/// `channelsim erlang b|c|a|chat`: the analytic calculator.
struct ErlangCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "erlang",
        abstract: "Analytic queueing formulas: Erlang B, C, A and the exact chat model.",
        subcommands: [ErlangB.self, ErlangC.self, ErlangA.self, ErlangChat.self])
}

/// Output formats of the calculator (one result: a table or one JSON object).
enum ErlangFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
}

/// Options every queueing calculator shares.
struct QueueOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "Arrival rate, e.g. 2/min or 120/h.")
    var rate: RateArg

    @Option(parsing: .unconditional, help: "Mean handle time (chat: mean work if alone), e.g. 4m.")
    var aht: DurationArg

    @Option(parsing: .unconditional, help: "Mean after-call work (wrap-up) per contact, e.g. 30s: added to --aht as agent time (default 0).")
    var acw: DurationArg?

    @Option(parsing: .unconditional, help: "Agents. Omit to search for the smallest number meeting the targets.")
    var agents: Int?

    @Option(parsing: .unconditional, help: "Square-root staffing: use n = ⌈a + β√a⌉ agents for offered load a (instead of --agents).")
    var beta: Double?

    @Option(name: .customLong("sl-time"), parsing: .unconditional, help: "Service-level threshold, e.g. 20s.")
    var slTime: DurationArg = DurationArg(argument: "20s")

    @Option(name: .customLong("target-sl"), parsing: .unconditional, help: "Target service level (answered within --sl-time, of offered), 0–1.")
    var targetSL: Double?

    @Option(name: .customLong("target-abandon"), parsing: .unconditional, help: "Target maximum P(abandon), 0–1.")
    var targetAbandon: Double?

    @Option(name: .customLong("target-asa"), parsing: .unconditional, help: "Target maximum ASA, e.g. 30s.")
    var targetASA: DurationArg?

    @Option(parsing: .unconditional, help: "Output format: table or json.")
    var format: ErlangFormat = .table

    func validate() throws {
        try rate.check("--rate")
        try aht.check("--aht", example: "4m", positive: true)
        try acw?.check("--acw", example: "30s")
        try slTime.check("--sl-time", example: "20s")
        try targetASA?.check("--target-asa", example: "30s")
        if let a = agents, a < 1 { throw ValidationError("--agents must be at least 1, got \(a)") }
        if let b = beta, !b.isFinite { throw ValidationError("--beta must be a finite number, got \(b)") }
        if let t = targetSL, !(0...1).contains(t) { throw ValidationError("--target-sl must be between 0 and 1, got \(t)") }
        if let t = targetAbandon, !(0...1).contains(t) { throw ValidationError("--target-abandon must be between 0 and 1, got \(t)") }
        if agents != nil && beta != nil { throw ValidationError("give either --agents or --beta, not both") }
        if let b = beta, !b.isFinite { throw ValidationError("--beta must be a number, got \(b)") }
        if agents == nil && beta == nil && targetSL == nil && targetAbandon == nil && targetASA == nil {
            throw ValidationError("give --agents, --beta, or a target (--target-sl, --target-abandon, --target-asa) to size for")
        }
    }

    /// Agent time per contact: the handle time plus the after-call work, which blocks the
    /// agent as the contact does, so the queue sees their sum (docs/model.md, "After-call work").
    var serviceTime: Double { aht.seconds + (acw?.seconds ?? 0) }

    var offeredLoad: Double { rate.perSecond * serviceTime }

    /// The targets given, in seconds.
    var targets: SizingTargets { SizingTargets(serviceLevel: targetSL, abandonment: targetAbandon, asa: targetASA?.seconds) }

    /// Evaluates at --agents or --beta, or finds the smallest n meeting the targets (refusing
    /// targets no team can meet). The sized answer is `evaluate(n)` itself, so it prints exactly
    /// what `--agents n` prints.
    func solve<Result>(lower: Int, guess: Int? = nil, boundary: Int? = nil, abandons: Bool, queue: (Result) -> QueueMetrics,
                       _ evaluate: (Int) throws -> Result) throws -> (Result, sized: Bool) {
        if let n = agents { return (try evaluate(n), false) }
        if let b = beta { return (try evaluate(Staffing.squareRoot(load: offeredLoad, beta: b)), false) }
        let t = targets
        try t.checkReachable(abandons: abandons)
        let found = try Staffing.smallest(from: lower, near: guess, boundary: boundary, evaluate: evaluate,
                                          meets: { t.isMet(by: queue($0)) })
        return (found.result, true)
    }

    /// The title's note on a search, naming the service-level threshold when it was a target
    /// (`--sl-time` has a default, so the reader should see which one was used).
    func sizedNote(_ sized: Bool) -> String {
        guard sized else { return "" }
        let threshold = targetSL == nil ? "" : " (service level within \(Units.formatDurationCompact(slTime.seconds)))"
        return ": smallest number of agents meeting the targets" + threshold
    }
}

/// Prints queue metrics as a table or one JSON object (durations in seconds).
func printQueue(_ title: String, _ m: QueueMetrics, options o: QueueOptions, sized: Bool, extra: [(String, Double)] = [],
                squareRootBeta: Bool = true, method: SolutionMethod? = nil) {
    // β of square-root staffing, n = a + β√a: how far above the load the team is, in √a units.
    let beta = (Double(m.agents) - m.offeredLoad) / m.offeredLoad.squareRoot()
    var fields: [(String, Double)] = [
        ("agents", Double(m.agents)), ("offered_load_erlangs", m.offeredLoad), ("p_wait", m.pWait),
        ("p_abandon", m.pAbandon), ("asa_answered_s", m.asaAnswered), ("mean_wait_all_s", m.meanWaitAll),
        ("sl_offered", m.slOffered), ("sl_answered", m.slAnswered), ("sl_time_s", m.slTime),
        ("occupancy", m.occupancy), ("mean_queue", m.meanQueue),
    ] + (squareRootBeta ? [("sqrt_staffing_beta", beta)] : []) + extra
    if o.format == .json {
        var obj: [(String, JSON)] = [("model", .string(title)), ("sized_for_targets", .bool(sized))]
        if let method { obj.append(("method", .string(method.rawValue))) }
        obj += fields.map { ($0.0, $0.0 == "agents" ? .int(m.agents) : .num($0.1)) }
        print(JSON.object(obj).text)
        return
    }
    print("\(title)\(o.sizedNote(sized))")
    fields.removeAll { $0.0 == "sl_time_s" }
    var t = TextTable(columns: ["measure", "value"], rightAligned: [false, true])
    for (k, v) in fields {
        let s = k.hasSuffix("_s") ? String(format: "%.2fs", v)
            : k == "agents" || k == "states" ? String(Int(v)) : String(format: "%.6f", v)
        t.add([k == "sl_offered" || k == "sl_answered" ? "\(k) (\(Units.formatDurationCompact(m.slTime)))" : k, s])
    }
    if let method { t.add(["method", method.rawValue]) }
    print(t.render(), terminator: "")
}

/// Maps analytic errors to bad-input failures that name the flag.
func analytic<T>(_ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as AnalyticError {
        throw CLIFailure(status: .badInput, description: "\(e)")
    }
}

struct ErlangB: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "b", abstract: "Erlang B: blocking probability with no queue.")
    @Option(parsing: .unconditional, help: "Arrival rate, e.g. 2/min.") var rate: RateArg
    @Option(parsing: .unconditional, help: "Mean holding time, e.g. 4m.") var aht: DurationArg
    @Option(parsing: .unconditional, help: "Servers. Omit to search for the smallest number meeting --target-blocking.") var agents: Int?
    @Option(name: .customLong("target-blocking"), parsing: .unconditional, help: "Target maximum blocking probability, above 0 and at most 1.")
    var targetBlocking: Double?
    @Option(parsing: .unconditional, help: "Output format: table or json.") var format: ErlangFormat = .table

    func validate() throws {
        try rate.check("--rate")
        try aht.check("--aht", example: "4m", positive: true)
        if let a = agents, a < 1 { throw ValidationError("--agents must be at least 1, got \(a)") }
        if agents == nil && targetBlocking == nil { throw ValidationError("give --agents or --target-blocking") }
    }

    func run() throws {
        let load = rate.perSecond * aht.seconds
        // Sizing returns the blocking of the recursion's own Erlang.b(n), so it prints what --agents n prints.
        let (n, b) = try analytic {
            if let n = agents { return (n, try Erlang.b(agents: n, load: load)) }
            return try Staffing.smallestServers(load: load, maxBlocking: targetBlocking!)
        }
        let sized = agents == nil
        if format == .json {
            print(JSON.object([("model", .string("Erlang B")), ("sized_for_targets", .bool(sized)), ("agents", .int(n)),
                               ("offered_load_erlangs", .num(load)), ("blocking", .num(b))]).text)
        } else {
            if sized { print(String(format: "Erlang B: smallest number of servers with blocking at most %g", targetBlocking!)) }
            print(String(format: "Erlang B: %d servers, %.4f Erlangs offered: blocking probability %.6f", n, load, b))
        }
    }
}

struct ErlangC: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "c", abstract: "Erlang C (M/M/n): no abandonment.")
    @OptionGroup var options: QueueOptions

    func run() throws {
        let o = options
        let (m, sized) = try analytic {
            try o.solve(lower: Int(o.offeredLoad.rounded(.down)) + 1, abandons: false, queue: { $0 }) { n in
                try Erlang.c(arrivalRate: o.rate.perSecond, meanService: o.serviceTime, agents: n, slTime: o.slTime.seconds)
            }
        }
        printQueue("Erlang C (M/M/n)", m, options: o, sized: sized)
    }
}

struct ErlangA: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "a", abstract: "Erlang A (M/M/n+M): exponential patience.")
    @OptionGroup var options: QueueOptions
    @Option(parsing: .unconditional, help: "Mean patience, e.g. 2m.") var patience: DurationArg

    func validate() throws {
        try patience.check("--patience", example: "2m", positive: true)
    }

    func run() throws {
        let o = options, p = patience.seconds
        let (m, sized) = try analytic {
            try o.solve(lower: 1, abandons: true, queue: { $0 }) { n in
                try Erlang.a(arrivalRate: o.rate.perSecond, meanService: o.serviceTime, meanPatience: p, agents: n,
                             slTime: o.slTime.seconds)
            }
        }
        printQueue("Erlang A (M/M/n+M)", m, options: o, sized: sized)
    }
}

struct ErlangChat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chat",
        abstract: "Exact chat model: n agents × k chats, slowdown α, exponential work and patience, least-loaded routing.")
    @OptionGroup var options: QueueOptions
    @Option(parsing: .unconditional, help: "Chats per agent (k).") var concurrency: Int = 3
    @Option(parsing: .unconditional, help: "Slowdown α: each of m chats progresses at 1/(1+α(m−1)).") var slowdown: Double = 0
    @Option(parsing: .unconditional, help: "Mean patience, e.g. 90s; omit for none.") var patience: DurationArg?

    func validate() throws {
        if concurrency < 1 { throw ValidationError("--concurrency must be at least 1, got \(concurrency)") }
        if !(slowdown >= 0 && slowdown.isFinite) { throw ValidationError("--slowdown must be a number ≥ 0, got \(slowdown)") }
        try patience?.check("--patience", example: "90s", positive: true)
    }

    func run() throws {
        let o = options, k = concurrency
        let p = patience?.seconds ?? .infinity
        let speeds = ChatMarkovChain.speeds(concurrency: k, slowdown: slowdown)
        let (chat, sized) = try analytic {
            // The approximation costs O(n·k) per team size, so it finds where to look; the
            // search then evaluates the model proper only around that guess.
            let guess = o.agents == nil && o.beta == nil && o.targets.isEmpty == false
                ? try? o.solve(lower: 1, abandons: p.isFinite, queue: { $0.queue }) { n in
                    try ChatApproximation.solve(arrivalRate: o.rate.perSecond, agents: n, concurrency: k, meanWork: o.serviceTime,
                                                speeds: speeds, meanPatience: p, slTime: o.slTime.seconds)
                }.0.queue.agents
                : nil
            // The largest exact team bounds the gallop: a team within it that meets the
            // targets is never answered by probing past it into the approximation.
            return try o.solve(lower: 1, guess: guess, boundary: OccupancySpace.largestExactTeam(levels: k),
                               abandons: p.isFinite, queue: { $0.queue }) { n in
                try ChatMarkovChain.solveOrApproximate(arrivalRate: o.rate.perSecond, agents: n, concurrency: k,
                                                       meanWork: o.serviceTime, speeds: speeds, meanPatience: p,
                                                       slTime: o.slTime.seconds)
            }
        }
        printQueue("chat model (k=\(k), slowdown \(slowdown))", chat.queue, options: o, sized: sized,
                   extra: [("slot_utilisation", chat.slotUtilisation), ("agent_busy_fraction", chat.agentBusyFraction),
                           ("mean_concurrency_busy", chat.meanConcurrencyBusy), ("states", Double(chat.states))],
                   squareRootBeta: false, method: chat.method)
    }
}
