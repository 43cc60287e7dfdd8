import Foundation
import Testing

/// Golden-file comparison for generated text.
///
/// The expected text lives in `Tests/ChartsTests/Golden/NAME` and is read through
/// `Bundle.module` (the directory is a `.copy` resource). After an intended change to the
/// output, regenerate the files with
///
///     UPDATE_GOLDEN=1 swift test --filter ChartsTests
///
/// which writes the actual text into the *source* directory (located via `#filePath`, since
/// the bundle copy is rebuilt from it) instead of comparing; then review the diff and commit.
enum Golden {
    static var updating: Bool { ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" }

    static func expectMatch(_ actual: String, named name: String, filePath: String = #filePath,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        if updating {
            let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent()
                .appendingPathComponent("Golden")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Golden") else {
            Issue.record("golden file Golden/\(name) is missing; create it with UPDATE_GOLDEN=1 swift test",
                         sourceLocation: sourceLocation)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "output differs from Golden/\(name) (UPDATE_GOLDEN=1 rewrites it)",
                sourceLocation: sourceLocation)
    }
}
