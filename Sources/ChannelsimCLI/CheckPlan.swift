import ChannelModel
import Experiments
import Foundation
import Scenario

/// One scenario `check` runs: where it is, where its baseline lives, and the baseline if
/// there is one.
struct CheckItem {
    var path: String
    /// `ci/chat-fluid`: the scenario's folder and file stem, its name in every report.
    var label: String
    var baselinePath: String
    var set: ScenarioSet
    var baseline: Baseline?
    var baselineText: String?
}

/// Finds the scenarios `check` runs and reads their baselines, before anything is
/// simulated: a bad scenario or a corrupt baseline stops the command with nothing run.
enum CheckPlan {
    static func items(paths: [String], baselines: String, accept: Bool) throws -> [CheckItem] {
        var files: [String] = []
        for p in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: p, isDirectory: &isDirectory) else {
                throw CLIFailure(status: .badInput, description: "check: \(p) does not exist (expected scenario files or folders of them)")
            }
            if isDirectory.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []
                files += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                    .map { (p as NSString).appendingPathComponent($0) }
            } else {
                files.append(p)
            }
        }
        guard !files.isEmpty else {
            throw CLIFailure(status: .badInput, description: "check: no scenario files in \(paths.joined(separator: ", ")) (expected *.yaml)")
        }
        var labels = Set<String>()
        return try files.map { file in
            let set = try ScenarioLoader.loadSet(path: file)
            let label = self.label(file)
            guard labels.insert(label).inserted else {
                throw CLIFailure(status: .badInput, description: "check: two scenarios would share the baseline \(label) (rename one)")
            }
            let baselinePath = (baselines as NSString).appendingPathComponent(label + ".baseline")
            var item = CheckItem(path: file, label: label, baselinePath: baselinePath, set: set)
            if !accept, let data = FileManager.default.contents(atPath: baselinePath) {
                let text = String(decoding: data, as: UTF8.self)
                do throws(BaselineError) {
                    item.baseline = try BaselineText.parse(text)
                } catch {
                    throw CLIFailure(status: .badInput, description: "\(baselinePath):\(error.line): \(error.problem) (re-create it with channelsim check --accept \(file))")
                }
                item.baselineText = text
            }
            return item
        }
    }

    /// `ci/chat-fluid` for `Scenarios/ci/chat-fluid.yaml`: the folder keeps baselines of
    /// scenarios with one file name in two folders apart.
    static func label(_ file: String) -> String {
        let url = URL(fileURLWithPath: file)
        let folder = url.deletingLastPathComponent().lastPathComponent
        return (folder.isEmpty || folder == "/" ? "" : folder + "/") + url.deletingPathExtension().lastPathComponent
    }
}
