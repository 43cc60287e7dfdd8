import Foundation
import Testing

/// Runs the built `channelsim` binary and captures what it prints.
struct CLIResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

enum CLI {
    /// The directory holding this test file (goldens and scenarios live beside it).
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repositoryRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()

    /// The `channelsim` executable built next to the test bundle.
    static var binary: URL {
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("channelsim").path), dir.path != "/" {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("channelsim")
    }

    static func run(_ args: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws -> CLIResult {
        try runTool(binary.path, args, in: directory ?? repositoryRoot, environment: environment)
    }

    /// Runs a program (channelsim, or a parser that checks its output), capturing what it prints.
    static func runTool(_ path: String, _ args: [String], in directory: URL? = nil,
                        environment: [String: String]? = nil) throws -> CLIResult {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        if let environment { p.environment = environment }
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLIResult(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                         stderr: String(decoding: e, as: UTF8.self))
    }

    static func scenario(_ name: String) -> String { testsDirectory.appendingPathComponent("Scenarios/\(name)").path }

    /// Compares `text` with Golden/NAME; with UPDATE_GOLDEN=1 in the environment, rewrites
    /// the golden file instead (then review the diff before committing it).
    static func expectGolden(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = testsDirectory.appendingPathComponent("Golden/\(name)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        #expect(text == golden, "output differs from Golden/\(name); rerun with UPDATE_GOLDEN=1 to accept", sourceLocation: sourceLocation)
    }

    static func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("channelsim-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
