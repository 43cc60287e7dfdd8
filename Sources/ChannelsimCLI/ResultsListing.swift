import Experiments
import ResultStore

/// What `results list` prints: one line per experiment, oldest first.
enum ResultsListing {
    static func render(_ experiments: [(StoredExperiment, variants: [String])], format: OutputFormat) -> String {
        switch format {
        case .table:
            var table = TextTable(columns: ["id", "kind", "scenario", "variants", "replications", "started_at", "version"],
                                  rightAligned: [true, false, false, false, true, false, false])
            for (e, variants) in experiments {
                table.add([String(e.id), e.kind, e.scenarioName, variants.joined(separator: ","),
                           String(e.replications), e.startedAt, e.version])
            }
            return table.render()
        case .json, .jsonl:
            let items: [JSON] = experiments.map { e, variants in
                .object([("id", .raw(String(e.id))), ("kind", .string(e.kind)),
                         ("scenario", .string(e.scenarioName)), ("variants", .array(variants.map(JSON.string))),
                         ("replications", .int(e.replications)), ("started_at", .string(e.startedAt)),
                         ("version", .string(e.version))])
            }
            return JSON.array(items).text + "\n"
        case .csv:
            var out = "id,kind,scenario,variants,replications,started_at,version\n"
            for (e, variants) in experiments {
                out += [String(e.id), e.kind, e.scenarioName, variants.joined(separator: ","),
                        String(e.replications), e.startedAt, e.version]
                    .map(CSVField.quoted).joined(separator: ",") + "\n"
            }
            return out
        }
    }
}
