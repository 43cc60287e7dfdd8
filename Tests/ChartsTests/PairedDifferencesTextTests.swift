import Charts
import Testing

/// The .dat and .gp text of the paired differences chart: exact, deterministic, self-contained.
@Suite struct PairedDifferencesTextTests {
    static func script(confidence: Double = 0.95, adjustment: String? = "Holm",
                       rows: [PairedDifferenceRow] = CompareFixtures.differences,
                       format: ImageFormat = .png) -> String {
        PairedDifferencesChart.script(title: "bank-complex-enquiries", baseline: "base", confidence: confidence,
                                      adjustment: adjustment, rows: rows,
                                      baseName: "compare-bank-differences", format: format)
    }

    @Test func dataMatchesGolden() throws {
        try Golden.expectMatch(PairedDifferencesChart.data(rows: CompareFixtures.differences),
                               named: "compare-differences.dat")
    }

    @Test(arguments: ImageFormat.allCases)
    func scriptMatchesGolden(_ format: ImageFormat) throws {
        try Golden.expectMatch(Self.script(format: format), named: "compare-differences-\(format.rawValue).gp")
    }

    @Test func titleNamesBaselineConfidenceAndAdjustment() {
        #expect(Self.script().contains("bank-complex-enquiries: difference vs base (95% CI per comparison; verdicts Holm-adjusted)"))
        let plain = Self.script(confidence: 0.9, adjustment: nil)
        #expect(plain.contains("difference vs base (90% CI)"))
        #expect(!plain.contains("95%"))
        #expect(!plain.contains("adjusted"))
    }

    @Test func rowsAreGroupedByMetricFirstStrategyOnTop() {
        let lines = PairedDifferencesChart.data(rows: CompareFixtures.differences).split(separator: "\n")
        #expect(lines[0].dropFirst().split(separator: " ").map(String.init) == PairedDifferencesChart.columns)
        #expect(lines.count == 1 + 8)
        #expect(lines[1].hasPrefix("1       1   \"chat p_abandon\"     \"forms-for-complex\""))
        #expect(lines[2].hasPrefix("1       0   \"chat p_abandon\"     \"phone-first\""))
        #expect(lines[8].hasSuffix("-4    NaN    NaN    undetermined  4"))
        let script = Self.script()
        #expect(script.contains("set ytics ('forms-for-complex: chat p_abandon' 1, 'phone-first: chat p_abandon' 0)"))
    }

    @Test func valuesAreLabelledInTheirUnitsWithSymmetricAxes() {
        let script = Self.script()
        #expect(script.contains("set label 1 '-4.0 pp [-5.2, -2.8]' at graph 1.02, first 1"))
        #expect(script.contains("set label 2 '-0.20 [-0.45, +0.05]' at graph 1.02, first 0"))
        // Without an interval only the mean is given.
        #expect(script.contains("set label 2 '-4.00' at graph 1.02, first 0"))
        #expect(script.contains("set xrange [-5.824:5.824]"))
        #expect(script.contains("set xtics ('-4 pp' -4, '-2 pp' -2, '0' 0, '+2 pp' 2, '+4 pp' 4)"))
    }

    @Test func legendListsVerdictsAndNoIntervalOnlyWhenPresent() {
        let script = Self.script()
        for text in ["'better'", "'worse'", "'no significant difference'", "'no interval'"] {
            #expect(script.contains("set label 10") && script.contains(text))
        }
        let decided = Self.script(rows: CompareFixtures.differences.filter { $0.verdict != .undetermined })
        #expect(decided.contains("'no significant difference'"))
        #expect(!decided.contains("'no interval'"))
    }

    @Test func awkwardNamesAreEscaped() {
        let script = Self.script(rows: CompareFixtures.awkwardDifferences)
        let data = PairedDifferencesChart.data(rows: CompareFixtures.awkwardDifferences)
        #expect(script.contains("noenhanced"))
        #expect(script.contains("set ytics ('Bob''s \"best\" 50%% plan_b: chat p_abandon \\ night shift' 0)"))
        #expect(data.contains("\"Bob's 'best' 50% plan_b\""))
        #expect(data.split(separator: "\n").count == 2)
        let quoted = PairedDifferencesChart.script(title: "A \"quoted\" \\ title", baseline: "b\"ase",
                                                   confidence: 0.95, adjustment: nil,
                                                   rows: CompareFixtures.awkwardDifferences,
                                                   baseName: "x", format: .svg)
        // The two-line heading is a double-quoted gnuplot string: \ and " escaped.
        #expect(quoted.contains("set multiplot title \"A \\\"quoted\\\" \\\\ title: difference vs b\\\"ase (95% CI)\\n"))
    }
}
