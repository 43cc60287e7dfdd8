import Scenario
import Testing

/// Input found by a corpus of broken scenarios and a fuzzer that once crashed or hung the
/// loader or the run: each is now one located line.
@Suite struct HostileInputTests {
    func error(_ from: String, _ to: String) -> String? {
        scenarioError(BadInputTests.valid.replacingOccurrences(of: from, with: to), file: "s.yaml")?.description
    }

    /// Arrival figures near 10¹⁹ used to trap converting the expected total to an Int.
    @Test func hugeArrivalFigures() {
        let daily = "arrivals: { daily_volume: 1e19, profile: [0.25, 0.25, 0.25, 0.25] }"
        #expect(error("arrivals: { rate: 2/min }", daily)
                == "s.yaml:5:31: channels.chat.arrivals.daily_volume: 1e+19 is above the supported 10⁹ (expected at most 10⁹ arrivals)")
        #expect(error("arrivals: { rate: 2/min }", daily.replacingOccurrences(of: "1e19", with: "9e18"))
                == "s.yaml:5:31: channels.chat.arrivals.daily_volume: 9e+18 is above the supported 10⁹ (expected at most 10⁹ arrivals)")
        #expect(error("arrivals: { rate: 2/min }", "arrivals: { daily_volume: [1e20], profile: [0.25, 0.25, 0.25, 0.25] }")
                == "s.yaml:5:32: channels.chat.arrivals.daily_volume[0]: 1e+20 is above the supported 10⁹ (expected at most 10⁹ arrivals)")
        #expect(error("rate: 2/min", "per_interval: [1, 2, 1e19, 3]")
                == "s.yaml:5:38: channels.chat.arrivals.per_interval[2]: 1e+19 is above the supported 10⁹ (expected at most 10⁹ arrivals)")
        // Each figure within bounds, the total beyond: reported whole, never converted.
        #expect(error("rate: 2/min", "per_interval: [1e9, 1e9, 1e9, 1e9]")
                == "s.yaml:4:3: channels: about 4000000000 arrivals per replication (expected at most 10⁹ arrivals per replication)")
    }

    /// The horizon's interval count and days used to overflow an Int.
    @Test func horizonCountsThatOverflow() {
        #expect(error("interval: 30m", "interval: 1e-300s")
                == "s.yaml:2:52: horizon.interval: gives 7.2e+303 intervals (expected at most 100000 intervals in the horizon)")
        #expect(error("interval: 30m", "interval: 30m, days: 9223372036854775807")
                == "s.yaml:2:63: horizon.days: 9223372036854775807 is above the supported 100000 (expected at most 100000 days)")
        #expect(error("interval: 30m", "interval: 30m, days: 99999999999999999999")
                == "s.yaml:2:63: horizon.days: 99999999999999999999 is too large (expected a whole number ≥ 1)")
        #expect(error("headcount: 3", "headcount: 99999999999999999999")
                == "s.yaml:9:37: teams.web.headcount: 99999999999999999999 is too large (expected a whole number ≥ 0)")
        #expect(error("concurrency: 2", "concurrency: -99999999999999999999")
                == "s.yaml:9:53: teams.web.concurrency: -99999999999999999999 is too large (expected a whole number of chats ≥ 1)")
    }

    func messages(_ exchanges: String, rate: String = "2/min") -> String? {
        error("    arrivals: { rate: 2/min }\n    patience: { exponential: { mean: 90s } }\n    work: 6m",
              "    arrivals: { rate: \(rate) }\n    mode: messages\n    exchanges: \(exchanges)\n    customer_typing: 30s\n    agent_reply: 1m")
    }

    /// Figures that drive a run's work used to pass `validate` and then hang `run`.
    @Test func exchangesAreBounded() {
        #expect(messages("{ poisson: { mean: 6 } }") == nil)
        #expect(messages("{ poisson: { mean: 1e10 } }")
                == "s.yaml:7:35: channels.chat.exchanges.poisson.mean: 10000000000.0 is above the supported 1000 exchanges (expected a mean of at most 1000)")
        #expect(messages("{ poisson: 1001 }")
                == "s.yaml:7:27: channels.chat.exchanges.poisson: 1001.0 is above the supported 1000 exchanges (expected a mean of at most 1000)")
        #expect(messages("1000000000")
                == "s.yaml:7:16: channels.chat.exchanges: 1000000000 is above the supported 1000 exchanges (expected at most 1000)")
        #expect(messages("{ empirical: { values: [3, 5000] } }")
                == "s.yaml:7:43: channels.chat.exchanges.empirical.values[1]: 5000 is above the supported 1000 exchanges (expected at most 1000)")
        #expect(messages("1000", rate: "1000/s")
                == "s.yaml:4:3: channels: about 7200000000 chat messages per replication (expected at most 10⁹ messages per replication: arrivals at message-level chats × mean exchanges)")
    }

    @Test func otherWorkDrivers() {
        #expect(error("work: 6m", "work: { empirical: { edges: [0s, 1m, 2m], weights: [1e308, 1e308] } }")
                == "s.yaml:7:57: channels.chat.work.empirical.weights[0]: 1e+308 is above the supported 10¹² (expected a weight ≥ 0, e.g. a count of observations)")
        let visitors = VisitorInputTests.valid.replacingOccurrences(of: "  arrivals: { rate: 100/h }", with: "  arrivals: { rate: 100/h }\n  overdispersion_cv: 1e6")
        #expect(scenarioError(visitors, file: "v.yaml")?.description
                == "v.yaml:5:22: visitors.overdispersion_cv: 1000000.0 is above the supported 1 (expected a coefficient of variation 0…1, e.g. 0.08)")
    }
}

/// Problems YAML itself reports, each on one line at the real position.
@Suite struct YAMLSyntaxTests {
    func error(_ text: String) -> String? { scenarioError(text, file: "s.yaml")?.description }

    @Test func controlCharacterIsNamedAtItsPosition() {
        #expect(error("name: ok\nhorizon:\u{0}\n") == "s.yaml:2:9: (yaml): control character U+0000 is not allowed (expected printable text)")
        #expect(error("name: \"a\u{7}b\"\n") == "s.yaml:1:9: (yaml): control character U+0007 is not allowed (expected printable text)")
    }

    @Test func tabIndentationIsNamed() {
        #expect(error("name: ok\nhorizon:\n\tstart: \"08:00\"\n") == "s.yaml:3:1: (yaml): a tab character is used for indentation (expected spaces)")
        #expect(error("name: ok\nhorizon:\n  \tstart: \"08:00\"\n") == "s.yaml:3:3: (yaml): a tab character is used for indentation (expected spaces)")
        #expect(error("name: ok\n\thorizon: 1\n") == "s.yaml:2:1: (yaml): a tab character is used for indentation (expected spaces)")
    }

    @Test func repeatedKeyIsReportedAtTheRepeat() {
        #expect(error("name: a\nseed: 1\n\nname: b\n") == "s.yaml:4:1: (yaml): repeated key 'name', first given on line 1 (expected each key once in a map)")
        let nested = BadInputTests.valid.replacingOccurrences(of: "    work: 6m", with: "    work: 6m\n    # again\n    work: 7m")
        #expect(error(nested) == "s.yaml:9:5: (yaml): repeated key 'work', first given on line 7 (expected each key once in a map)")
        // A flow map has no line of its own to point at: the first occurrence stands.
        #expect(error("name: a\nhorizon: { end: \"09:00\", end: \"10:00\" }\n") == "s.yaml:2:12: (yaml): repeated key 'end' (expected each key once in a map)")
    }
}
