import Foundation
import ResultStore
import Testing

/// An experiment is stored whole or not at all: its runs go with it.
@Suite struct ExperimentTransactionTests {
    /// Ways to spoil an experiment after its runs' rows have been inserted.
    enum Breakage: String, CaseIterable, Sendable {
        case comparisonNamesUnknownVariant, verdictNamesUnknownVariant, duplicateVariantName
        case duplicateVerdictPosition, settingsNotAnObject, parametersNotJSON, pValueOutOfRange

        func apply(to experiment: inout ExperimentRecord) {
            switch self {
            case .comparisonNamesUnknownVariant:
                experiment.comparisons[2].baseline = "nowhere"
            case .verdictNamesUnknownVariant:
                experiment.targetVerdicts[5].variant = "nowhere"
            case .duplicateVariantName:
                experiment.variants[2].strategy = "base"
            case .duplicateVerdictPosition:
                experiment.targetVerdicts[5].position = 0
            case .settingsNotAnObject:
                experiment.settings = "[1, 2]"
            case .parametersNotJSON:
                experiment.variants[2].parameters = "{headcount: 4"
            case .pValueOutOfRange:
                experiment.comparisons[2].pValue = 1.5
            }
        }

        /// What the error says, so each case fails for the intended reason.
        var message: String {
            switch self {
            case .comparisonNamesUnknownVariant:
                "cannot store experiment: comparison of chat asa names variant 'nowhere', "
                    + "which the experiment does not have"
            case .verdictNamesUnknownVariant:
                "cannot store experiment: target 'team/web.occupancy <= 0.85' names variant "
                    + "'nowhere', which the experiment does not have"
            case .duplicateVariantName: "cannot store experiment: two variants are named 'base'"
            case .duplicateVerdictPosition: "UNIQUE constraint failed: target_verdicts.run_id, target_verdicts.position"
            case .settingsNotAnObject, .parametersNotJSON, .pValueOutOfRange: "CHECK constraint failed"
            }
        }
    }

    @Test(arguments: Breakage.allCases)
    func failedWriteLeavesNoTrace(_ breakage: Breakage) throws {
        let directory = try TemporaryDirectory()
        defer { directory.cleanUp() }
        let path = directory.database()
        let database = try ResultDatabase(path: path)
        var experiment = Fixtures.experiment()
        breakage.apply(to: &experiment)

        let error = #expect(throws: StoreError.self) { try database.write(experiment) }
        #expect(error?.description.contains(breakage.message) == true, "\(String(describing: error))")

        #expect(try database.experiments().isEmpty)
        #expect(try database.runs().isEmpty)
        let raw = try RawDatabase(path: path)
        for table in ["experiments", "runs", "metric_keys", "replication_values", "interval_series",
                      "summaries", "target_verdicts", "comparisons"] {
            #expect(try raw.strings("SELECT count(*) FROM \(table)") == ["0"], "\(table)")
        }

        // The connection is usable afterwards and the ids were not consumed.
        let ids = try database.write(Fixtures.experiment())
        #expect(ids == StoredExperimentIDs(experimentID: 1, runIDs: [1, 2, 3]))
    }
}
