import Foundation
import ResultStore
import Testing

/// The example queries of docs/results.md run against the current schema.
@Suite struct DocumentedQueryTests {
    @Test func everyExampleQueryRuns() throws {
        let docs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/results.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let blocks = text.components(separatedBy: "```sql\n").dropFirst()
            .map { $0.components(separatedBy: "```")[0] }
        #expect(blocks.count >= 10)

        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let path = directory.database()
        let database = try ResultDatabase(path: path)
        try database.write(Fixtures.run())
        try database.write(Fixtures.experiment())
        let raw = try RawDatabase(path: path)
        for block in blocks {
            // A preparation error (an unknown table, view or column) fails the query.
            #expect(throws: Never.self, "\(block)") { try raw.execute(block) }
        }
    }
}
