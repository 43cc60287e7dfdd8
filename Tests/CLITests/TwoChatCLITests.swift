// `erlang chat --concurrency 2` past k = 2's old 400,000-state limit (decision 131): exact up
// to 1,579 agents, the approximation from 1,580, and a sized answer is what `--agents n` prints.
import Foundation
import Testing

@Suite("erlang chat with two chats per agent")
struct TwoChatCLITests {
    private let model = ["erlang", "chat", "--aht", "6m", "--concurrency", "2", "--slowdown", "0.25", "--patience", "90s",
                         "--format", "json"]

    private func json(_ args: [String]) throws -> [String: Any] {
        let r = try CLI.run(model + args)
        #expect(r.status == 0, "\(r.stderr)")
        var object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
        object["sized_for_targets"] = nil
        return object
    }

    @Test func sizedPastTheOldLimitIsExact() throws {
        let sized = try json(["--rate", "22000/h", "--target-sl", "0.8"])
        let agents = try #require(sized["agents"] as? Int)
        #expect(agents > 892, "past the old limit")
        #expect(sized["method"] as? String == "exact")
        #expect(sized["states"] as? Int == (agents + 1) * (agents + 2) / 2)
        let evaluated = try json(["--rate", "22000/h", "--agents", "\(agents)"])
        #expect(NSDictionary(dictionary: sized) == NSDictionary(dictionary: evaluated))
    }

    @Test func exactUpTo1579Agents() throws {
        let limit = try json(["--rate", "15790/h", "--agents", "1579"])
        #expect(limit["method"] as? String == "exact" && limit["states"] as? Int == 1_248_990)
        let beyond = try json(["--rate", "15800/h", "--agents", "1580"])
        #expect(beyond["method"] as? String == "approximation")
    }
}
