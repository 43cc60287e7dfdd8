import Charts
import Foundation
import Testing

/// Running gnuplot: errors carry its message; text previews for logs.
@Suite(.enabled(if: Gnuplot.isAvailable(), "gnuplot is not on PATH"))
struct GnuplotTests {
    @Test func brokenScriptThrowsGnuplotFailedWithItsMessage() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "set terminal dumb\nplot sin(x) with nonsense_style\n"
            .write(toFile: "\(directory)/broken.gp", atomically: true, encoding: .utf8)

        let error = #expect(throws: ChartError.self) {
            try Gnuplot.run(script: "broken.gp", in: directory)
        }
        guard case let .gnuplotFailed(status, stderr)? = error else {
            Issue.record("expected gnuplotFailed, got \(String(describing: error))")
            return
        }
        #expect(status != 0)
        #expect(stderr.contains("broken.gp"))
        #expect(stderr.contains("line 2"))
        #expect(error?.description.contains("line 2") == true)
    }

    @Test func scriptRunsInTheGivenDirectory() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "set print 'out.txt'\nprint 6 * 7\n"
            .write(toFile: "\(directory)/relative.gp", atomically: true, encoding: .utf8)

        try Gnuplot.run(script: "relative.gp", in: directory)

        #expect(try String(contentsOfFile: "\(directory)/out.txt", encoding: .utf8) == "42\n")
    }

    @Test func dumbPreviewDrawsNamedColumns() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try IntradayChart.data(Fixtures.series)
            .write(toFile: "\(directory)/day.dat", atomically: true, encoding: .utf8)

        let text = try Gnuplot.dumbPreview(dataFile: "day.dat", columns: ["arrivals", "staff"],
                                           in: directory, width: 60, height: 20)

        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(text.contains("arrivals"))
        #expect(text.contains("staff"))
        #expect(lines.count >= 15 && lines.count <= 20)
        #expect(lines.allSatisfy { $0.count <= 60 })
    }

    @Test func dumbPreviewRejectsUnknownColumn() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try IntradayChart.data(Fixtures.series)
            .write(toFile: "\(directory)/day.dat", atomically: true, encoding: .utf8)

        let error = #expect(throws: ChartError.self) {
            try Gnuplot.dumbPreview(dataFile: "day.dat", columns: ["nope"], in: directory)
        }
        #expect(error?.description.contains("nope") == true)
        #expect(error?.description.contains("service_level") == true)
    }
}
