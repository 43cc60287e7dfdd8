import ChannelModel
import Scenario
import Testing

/// The error parsing `text` gives, or nil when it is valid.
func scenarioError(_ text: String, file: String) -> ScenarioError? {
    do {
        _ = try ScenarioLoader.parse(text, file: file)
        return nil
    } catch {
        return error
    }
}

/// Each bad scenario yields exactly one precise `file:line:col: field: problem (expected)`.
@Suite struct BadInputTests {
    static let valid = """
        name: ok
        horizon: { start: "08:00", end: "10:00", interval: 30m }
        channels:
          chat:
            arrivals: { rate: 2/min }
            patience: { exponential: { mean: 90s } }
            work: 6m
        teams:
          web: { skills: [chat], headcount: 3, concurrency: 2 }
        """

    func error(_ text: String) -> ScenarioError? { scenarioError(text, file: "s.yaml") }

    func expectError(_ text: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let e = error(text)
        #expect(e?.description == expected, sourceLocation: sourceLocation)
    }

    @Test func validBaseParses() { #expect(error(Self.valid) == nil) }

    @Test func emptyFile() {
        expectError("", "s.yaml:1:1: (root): file is empty (expected a scenario map with name, channels and teams)")
        expectError("# only a comment\n", "s.yaml:1:1: (root): file is empty (expected a scenario map with name, channels and teams)")
    }

    @Test func notYAML() {
        let e = error("name: [unclosed\nhorizon: {")
        #expect(e?.field == "(yaml)")
        #expect(e?.description.hasPrefix("s.yaml:") == true)
        #expect(e?.problem.hasPrefix("not valid YAML") == true)
    }

    @Test func listWhereMapBelongs() {
        expectError("- a\n- b\n", "s.yaml:1:1: (root): is a list (expected a scenario map with name, channels and teams)")
        expectError(Self.valid.replacingOccurrences(of: "horizon: { start: \"08:00\", end: \"10:00\", interval: 30m }", with: "horizon: [1, 2]"),
                    "s.yaml:2:10: horizon: is a list (expected a map of fields)")
    }

    @Test func wrongTypes() {
        expectError(Self.valid.replacingOccurrences(of: "headcount: 3", with: "headcount: three"),
                    "s.yaml:9:37: teams.web.headcount: 'three' is not a whole number (expected a whole number ≥ 0)")
        expectError(Self.valid.replacingOccurrences(of: "work: 6m", with: "work: 6"),
                    "s.yaml:7:11: channels.chat.work: '6' has no unit (expected a duration such as 45s, 5m, 1.5h)")
    }

    @Test func negativeOrZeroWhereMustBePositive() {
        expectError(Self.valid.replacingOccurrences(of: "rate: 2/min", with: "rate: -2/min"),
                    "s.yaml:5:23: channels.chat.arrivals.rate: must not be negative, got -2/min (expected a rate such as 2/min or 120/h)")
        expectError(Self.valid.replacingOccurrences(of: "mean: 90s", with: "mean: 0s"),
                    "s.yaml:6:38: channels.chat.patience.exponential.mean: must be positive, got 0s (expected a duration such as 45s, 5m, 1.5h)")
        expectError(Self.valid.replacingOccurrences(of: "rate: 2/min", with: "rate: abc"),
                    "s.yaml:5:23: channels.chat.arrivals.rate: 'abc' is not a rate (expected a rate such as 2/min or 120/h)")
    }

    @Test func shrinkage() throws {
        let s = try ScenarioLoader.parse(Self.valid.replacingOccurrences(of: "concurrency: 2", with: "concurrency: 2, shrinkage: 0.3"),
                                         file: "s.yaml")
        #expect(s.model.teams[0].shrinkage == 0.3)
        expectError(Self.valid.replacingOccurrences(of: "concurrency: 2", with: "concurrency: 2, shrinkage: 1"),
                    "s.yaml:9:67: teams.web.shrinkage: must be below 1, got 1.0 (expected the share of time lost, e.g. 0.3)")
    }

    @Test func concurrencyZero() {
        expectError(Self.valid.replacingOccurrences(of: "concurrency: 2", with: "concurrency: 0"),
                    "s.yaml:9:53: teams.web.concurrency: must be at least 1, got 0 (expected a whole number of chats ≥ 1)")
    }

    @Test func unknownDistribution() {
        expectError(Self.valid.replacingOccurrences(of: "exponential: { mean: 90s }", with: "exponentail: { mean: 90s }"),
                    "s.yaml:6:30: channels.chat.patience.exponentail: unknown distribution 'exponentail' (did you mean 'exponential'?)")
        expectError(Self.valid.replacingOccurrences(of: "exponential: { mean: 90s }", with: "pareto: { mean: 90s }"),
                    "s.yaml:6:25: channels.chat.patience.pareto: unknown distribution 'pareto' (expected one of: exponential, lognormal, weibull, gamma, deterministic, uniform, empirical)")
    }

    @Test func unknownFieldWithSuggestion() {
        expectError(Self.valid.replacingOccurrences(of: "work: 6m", with: "work: 6m\n    sl_tmie: 60s"),
                    "s.yaml:8:5: channels.chat.sl_tmie: unknown field 'sl_tmie' (did you mean 'sl_time'?)")
        expectError(Self.valid + "\nreplicatoins: 5",
                    "s.yaml:10:1: replicatoins: unknown field 'replicatoins' (did you mean 'replications'?)")
    }

    @Test func missingRequiredField() {
        expectError(Self.valid.replacingOccurrences(of: "name: ok\n", with: ""),
                    "s.yaml:1:1: (root): missing required field 'name' (expected name: TEXT)")
        expectError(Self.valid.replacingOccurrences(of: "    work: 6m\n", with: ""),
                    "s.yaml:5:5: channels.chat: missing required field 'work' (expected work: DISTRIBUTION (agent time a chat needs when it is the agent's only one))")
    }

    @Test func headcountLengthMismatch() {
        expectError(Self.valid.replacingOccurrences(of: "headcount: 3", with: "headcount: [3, 3, 3]"),
                    "s.yaml:9:37: teams.web.headcount: has 3 values (expected 4, one per interval of the horizon)")
    }

    @Test func crossReferences() {
        expectError(Self.valid.replacingOccurrences(of: "skills: [chat]", with: "skills: [caht]"),
                    "s.yaml:9:19: teams.web.skills[0]: unknown channel 'caht' (did you mean 'chat'?)")
        expectError(Self.valid.replacingOccurrences(of: "  chat:\n", with: "  email:\n"),
                    "s.yaml:5:5: channels.email: missing required field 'kind' (expected kind: chat, phone or form (it can be left out only for channels named chat, phone or form))")
    }

    @Test func horizonProblems() {
        expectError(Self.valid.replacingOccurrences(of: "interval: 30m", with: "interval: 7m"),
                    "s.yaml:2:52: horizon.interval: 7.0m does not divide the day's 2.00h (expected an interval that divides the opening window, e.g. 15m)")
        expectError(Self.valid.replacingOccurrences(of: "end: \"10:00\"", with: "end: \"07:00\""),
                    "s.yaml:2:33: horizon.end: is not after start (expected an end later than start on the same day)")
    }

    @Test func profileMustSumToOne() {
        let text = Self.valid.replacingOccurrences(of: "arrivals: { rate: 2/min }",
                                                   with: "arrivals: { daily_volume: 100, profile: [0.5, 0.5, 0.5, 0.5] }")
        #expect(error(text)?.description.contains("channels.chat.arrivals.profile: shares sum to 2.0 (expected shares that sum to 1)") == true)
    }

    @Test func emptyValueMeansAbsent() throws {
        let s = try ScenarioLoader.parse(Self.valid + "\nwarmup:\nseed: ~\n", file: "s.yaml")
        #expect(s.model.warmup == 0 && s.seed == 1)
        expectError(Self.valid.replacingOccurrences(of: "name: ok", with: "name:"),
                    "s.yaml:1:1: (root): missing required field 'name' (expected name: TEXT)")
    }

    @Test func atMost64Channels() {
        let channels = (0...64).map { "  c\($0): { kind: phone, arrivals: { rate: 1/h }, handle: 1m }" }.joined(separator: "\n")
        let text = "name: many\nhorizon: { interval: 1h, length: 1h }\nchannels:\n\(channels)\nteams: { t: { skills: [c0], headcount: 1 } }"
        #expect(error(text)?.description == "s.yaml:4:3: channels: has 65 channels (expected at most 64)")
    }

    @Test func firstSpeedMustBeOne() {
        expectError(Self.valid.replacingOccurrences(of: "concurrency: 2", with: "concurrency: 2, speeds: [0.9, 0.5]"),
                    "s.yaml:9:65: teams.web.speeds[0]: must be 1, got 0.9 (expected 1 for the first speed: work is the time a chat takes when it is the agent's only one)")
    }

    @Test func missingFile() throws {
        do {
            _ = try ScenarioLoader.load(path: "/nonexistent/x.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "/nonexistent/x.yaml:1:1: (file): file does not exist (expected a readable YAML scenario file)")
        }
    }
}

/// Visitors, choice and availability: the new sections' errors.
@Suite struct VisitorInputTests {
    static let valid = """
        name: v
        horizon: { start: "08:00", end: "10:00", interval: 30m }
        visitors:
          arrivals: { rate: 100/h }
          segments: { mobile: 0.6, desktop: 0.4 }
          enquiries:
            simple: { share: 0.7, selfserve: { success: 0.8, time: 1m }, choice: { chat: 0.8, leave: 0.2 } }
            complex: { share: 0.3, choice: { chat: 0.5, leave: 0.5 } }
        channels:
          chat: { hours: "08:00-10:00", work: 5m }
        teams:
          web: { skills: [chat], headcount: 3 }
        """

    func error(_ text: String) -> String? { scenarioError(text, file: "v.yaml")?.description }

    @Test func validParses() throws {
        let s = try ScenarioLoader.parse(Self.valid, file: "v.yaml")
        #expect(s.model.visitors?.enquiries.map(\.name) == ["simple", "complex"])
        #expect(s.model.channels[0].arrivalRates == [0, 0, 0, 0])
        #expect(s.model.channels[0].availability.hours == 28_800...36_000)
    }

    @Test func sharesMustSumToOne() {
        #expect(error(Self.valid.replacingOccurrences(of: "mobile: 0.6", with: "mobile: 0.5"))
                == "v.yaml:5:13: visitors.segments: segment shares sum to 0.9 (expected segment shares that sum to 1)")
        #expect(error(Self.valid.replacingOccurrences(of: "share: 0.3", with: "share: 0.2"))
                == "v.yaml:7:5: visitors.enquiries: enquiry shares sum to 0.8999999999999999 (expected enquiry shares that sum to 1)")
    }

    @Test func choiceNamesAChannel() {
        #expect(error(Self.valid.replacingOccurrences(of: "choice: { chat: 0.5, leave: 0.5 }", with: "choice: { caht: 0.5, leave: 0.5 }"))
                == "v.yaml:8:44: visitors.enquiries.complex.choice.caht: unknown channel 'caht' (did you mean 'chat'?)")
    }

    @Test func segmentMustBeDefined() {
        let text = Self.valid.replacingOccurrences(
            of: "complex: { share: 0.3, choice: { chat: 0.5, leave: 0.5 } }",
            with: "complex: { share: 0.3, choice: { chat: 0.5, leave: 0.5 }, choice_by_segment: { tablet: { chat: 1 } } }")
        #expect(error(text)?.contains("visitors.enquiries.complex.choice_by_segment.tablet: segment 'tablet' is not defined") == true)
    }

    @Test func prioritySegmentsAreDefinedSegments() throws {
        let ok = try ScenarioLoader.parse(Self.valid.replacingOccurrences(of: "  segments: { mobile: 0.6, desktop: 0.4 }",
                                                                          with: "  segments: { mobile: 0.6, desktop: 0.4 }\n  priority_segments: [desktop]"),
                                          file: "v.yaml")
        #expect(ok.model.visitors?.prioritySegments == [1])
        #expect(error(Self.valid.replacingOccurrences(of: "  segments: { mobile: 0.6, desktop: 0.4 }",
                                                      with: "  segments: { mobile: 0.6, desktop: 0.4 }\n  priority_segments: [dekstop]"))
                == "v.yaml:6:23: visitors.priority_segments[0]: segment 'dekstop' is not defined (did you mean 'desktop'?)")
    }

    @Test func hoursOutsideTheHorizon() {
        #expect(error(Self.valid.replacingOccurrences(of: "hours: \"08:00-10:00\"", with: "hours: \"18:00-22:00\""))
                == "v.yaml:10:18: channels.chat.hours: 18:00-22:00 lies outside the horizon's 08:00-10:00 (expected hours that overlap the horizon's day)")
    }

    @Test func directArrivalsRequiredWithoutVisitors() {
        let text = "name: d\nhorizon: { interval: 1h, length: 1h }\nchannels: { chat: { work: 5m } }\nteams: { t: { skills: [chat], headcount: 1 } }"
        #expect(error(text)?.contains("missing required field 'arrivals'") == true)
    }
}

@Suite struct EndingInputTests {
    @Test func endingsMustSumToOneAndNeedAPhoneChannel() {
        let base = VisitorInputTests.valid.replacingOccurrences(
            of: "complex: { share: 0.3, choice: { chat: 0.5, leave: 0.5 } }",
            with: "complex: { share: 0.3, choice: { chat: 0.5, leave: 0.5 }, endings: { resolved: 0.6, to_phone: 0.3 } }")
        let e = VisitorInputTests().error(base)
        #expect(e?.contains("visitors.enquiries.complex.endings: ending probabilities sum to 0.8999999999999999") == true)
        let noPhone = base.replacingOccurrences(of: "resolved: 0.6, to_phone: 0.3", with: "resolved: 0.7, to_phone: 0.3")
        #expect(VisitorInputTests().error(noPhone)?.contains("enquiry 'complex' has to_phone endings but there is no phone channel") == true)
    }
}

/// Values past the supported bounds are refused at load time, not in a crash during the run.
@Suite struct LimitTests {
    func error(_ from: String, _ to: String) -> String? {
        scenarioError(BadInputTests.valid.replacingOccurrences(of: from, with: to), file: "s.yaml")?.description
    }

    @Test func distributionParameters() {
        #expect(error("exponential: { mean: 90s }", "weibull: { mean: 90s, shape: 0.001 }")
                == "s.yaml:6:46: channels.chat.patience.weibull.shape: 0.001 is outside the supported 0.05…100.0 (expected a number in 0.05…100.0)")
        #expect(error("work: 6m", "work: 1e308s")?.contains("is longer than the supported 10⁹ s") == true)
        #expect(error("exponential: { mean: 90s }", "lognormal: { mean: 90s, cv: 1e200 }")?.contains("outside the supported") == true)
    }

    @Test func sizes() {
        #expect(error("headcount: 3", "headcount: 100000000")?.contains("is above the supported 100000 agents") == true)
        #expect(error("concurrency: 2", "concurrency: 100000000")?.contains("is above the supported 100") == true)
        #expect(error("rate: 2/min", "rate: 1e308/s")?.contains("is above the supported 1,000 per second") == true)
        #expect(error("interval: 30m", "interval: 1ms")?.contains("intervals (expected at most 100000 intervals") == true)
        #expect(error("name: ok", "name: ok\nreplications: 1000000000000")?.contains("is above the supported 1000000") == true)
    }

    @Test func listOfRatesPerInterval() throws {
        let s = try ScenarioLoader.parse(BadInputTests.valid.replacingOccurrences(of: "rate: 2/min", with: "rate: [2/min, 3/min, 1/min, 60/h]"),
                                         file: "s.yaml")
        let expected: [Double] = [2, 3, 1, 1].map { $0 / 60 }
        #expect(s.model.channels[0].arrivalRates == expected)
        #expect(error("rate: 2/min", "rate: [2/min]")?.contains("has 1 values (expected 4, one rate per interval of the horizon)") == true)
    }
}

@Suite struct FormInputTests {
    static let valid = """
        name: f
        horizon: { start: "08:00", end: "10:00", interval: 30m }
        visitors:
          arrivals: { rate: 60/h }
          enquiries: { q: { share: 1, choice: { form: 0.5, phone: 0.5 } } }
        channels:
          form: { arrivals: { rate: 10/h }, hours: "08:00-09:00", handle: 10m, recontact_after: 4h, recontact: { phone: 0.7, leave: 0.3 } }
          phone: { arrivals: { rate: 10/h }, handle: 5m }
        teams:
          office: { skills: [phone, form], headcount: 2 }
        """

    func error(_ from: String, _ to: String) -> String? {
        scenarioError(Self.valid.replacingOccurrences(of: from, with: to), file: "f.yaml")?.description
    }

    @Test func validForm() throws {
        let s = try ScenarioLoader.parse(Self.valid, file: "f.yaml")
        let form = s.model.channels[0]
        #expect(form.kind == .form && form.recontactAfter == 14_400 && form.slTime == 86_400)
        #expect(form.recontact == .init(channels: [0, 0.7], leave: 0.3))
        #expect(form.availability.hours == 28_800...32_400)
    }

    @Test func formErrors() {
        #expect(error("handle: 10m, recontact_after", "handle: 10m, patience: 1h, recontact_after")?
            .contains("channels.form.patience: does not apply to a form") == true)
        #expect(error(", recontact: { phone: 0.7, leave: 0.3 }", "")?
            .contains("channels.form: missing required field 'recontact'") == true)
        #expect(error("recontact: { phone: 0.7, leave: 0.3 }", "recontact: { form: 0.7, leave: 0.3 }")?
            .contains("sends submitters back to the same form") == true)
        #expect(error("handle: 5m }", "handle: 5m, recontact_after: 1h }")?
            .contains("channels.phone.recontact_after: applies only to form channels") == true)
    }

    @Test func formSettingsThatWouldDoNothing() {
        #expect(error("hours: \"08:00-09:00\", handle", "hours: \"08:00-09:00\", hide_when: { queue: 3 }, handle")?
            .contains("channels.form.hide_when: does not apply to a form") == true)
        #expect(error(", recontact_after: 4h, recontact: { phone: 0.7, leave: 0.3 }", ", withdraw_on_recontact: true")?
            .contains("channels.form.withdraw_on_recontact: needs recontact_after") == true)
        let direct = Self.valid.replacingOccurrences(of: "visitors:\n  arrivals: { rate: 60/h }\n  enquiries: { q: { share: 1, choice: { form: 0.5, phone: 0.5 } } }\n", with: "")
        do {
            _ = try ScenarioLoader.parse(direct, file: "f.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("channels.form.recontact_after: applies to website visitors, and this scenario has none"))
        }
    }

    @Test func callbackSettings() throws {
        let s = try ScenarioLoader.parse(Self.valid.replacingOccurrences(of: "handle: 5m }", with: "handle: 5m, callback: { above_wait: 5m, accept: 0.5 } }"),
                                         file: "f.yaml")
        #expect(s.model.channels[1].callback == CallbackSpec(aboveWait: 300, accept: 0.5))
        #expect(error("handle: 10m, recontact_after", "handle: 10m, callback: { above_wait: 5m, accept: 0.5 }, recontact_after")?
            .contains("channels.form.callback: applies only to phone channels") == true)
        #expect(error("handle: 5m }", "handle: 5m, callback: { above_wait: 5m, accept: 1.5 } }")?
            .contains("channels.phone.callback.accept: 1.5 is outside 0…1") == true)
    }
}
