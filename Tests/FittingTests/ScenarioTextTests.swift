import Foundation
import Testing
import Scenario
import Fitting

/// The written scenario: what a generic log with two channels becomes, read back by the
/// scenario loader.
@Suite struct ScenarioTextTests {
    static let csv = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/generic-sample.csv").path

    func fit(map: [String]) throws -> FitResult {
        var acc = LogAccumulator(intervalLength: 3600, selection: FitSelection())
        try acc.read(paths: [Self.csv], layout: LogLayout(name: .generic, columnMap: try LogLayout.parseMap(map, layout: .generic)))
        return try Estimator.fit(acc, files: [Self.csv], layout: .generic, classedBy: "class")
    }

    @Test func chatAndPhoneChannelsWithTheirTeams() throws {
        let r = try fit(map: ["arrival=start,outcome=result,wait=queue_s,handle=talk_s,agent=who,channel=line"])
        let text = ScenarioText.render(r, name: "generic")
        let s = try ScenarioLoader.parse(text, file: "generic.yaml")
        #expect(s.model.channels.map(\.name) == ["chat", "phone"])
        #expect(s.model.teams.map(\.name) == ["chat-agents", "phone-agents"])
        // 09:00–10:00: amy served a chat, "bo, jr" a call: one agent each.
        #expect(s.model.teams.map { $0.headcount[9] } == [1, 1] && s.model.teams.map { $0.headcount[8] } == [0, 0])
        // Chat's patience from one abandonment (45 s) and one censored wait (12 s): exposure 57 s.
        #expect(text.contains("    patience: { exponential: { mean: 57.0s } }"))
        // Phone: no abandonment, so no patience, said so.
        #expect(text.contains("    patience: none"))
        // A single served contact cannot be fitted: a placeholder, said so.
        #expect(text.contains("    # Handle time: fewer than 2 served contacts; a placeholder of 5 minutes.\n    work: 5m"))
    }

    @Test func withoutAgentNamesTheHeadcountIsBusyAgentsRoundedUp() throws {
        let r = try fit(map: ["arrival=start,outcome=result,wait=queue_s,handle=talk_s,channel=line"])
        #expect(r.channels.allSatisfy { $0.staff.agentsNamed == 0 })
        let s = try ScenarioLoader.parse(ScenarioText.render(r, name: "g"), file: "g.yaml")
        // 300 s and 200 s of service in the 09:00 hour: 0.08 and 0.06 busy, rounded up to 1.
        #expect(s.model.teams.map { $0.headcount[9] } == [1, 1] && s.model.teams.map { $0.headcount.reduce(0, +) } == [1, 1])
    }

    @Test func namesAreMadeSafeForTheFormat() {
        #expect(ScenarioText.safeName("web/chat") == "web-chat")
        #expect(ScenarioText.safeName("totals") == "totals-channel")
        #expect(ScenarioText.safeName("") == "channel")
    }
}
