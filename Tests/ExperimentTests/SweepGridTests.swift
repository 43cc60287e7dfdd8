import Experiments
import Testing

/// The `--vary` value grammar and the grid: lists, ranges with and without steps, units,
/// no drift on decimal steps, the full grid's order and `--zip`, and every mistake's message.
@Suite struct SweepGridTests {
    func texts(_ flag: String) throws -> [String] { try SweepAxis.parse(flag).values.map(\.text) }

    @Test func listsAndRanges() throws {
        #expect(try texts("teams.web.headcount=8..14") == ["8", "9", "10", "11", "12", "13", "14"])
        #expect(try texts("teams.web.concurrency=1,2,3,4") == ["1", "2", "3", "4"])
        #expect(try texts("x=1, 3..5, 9") == ["1", "3", "4", "5", "9"])
        #expect(try texts("teams.*.headcount.add=-2..+3") == ["-2", "-1", "0", "1", "2", "3"])
        #expect(try texts("x=5..5") == ["5"])
        let axis = try SweepAxis.parse("visitors.enquiries.billing.selfserve.success=0.4..0.7:0.1")
        #expect(axis.path == "visitors.enquiries.billing.selfserve.success")
        #expect(axis.values.map(\.text) == ["0.4", "0.5", "0.6", "0.7"])
        #expect(axis.values.map(\.number) == [0.4, 0.5, 0.6, 0.7])
    }

    @Test func decimalStepsDoNotDrift() throws {
        // 0.8 + 7 × 0.1 accumulated is 1.5000000000000002; A + k·STEP, rounded to the
        // decimals written, ends exactly at 1.5 and includes it.
        let v = try texts("arrivals.scale=0.8..1.5:0.1")
        #expect(v == ["0.8", "0.9", "1.0", "1.1", "1.2", "1.3", "1.4", "1.5"])
        #expect(try texts("x=0..1:0.25") == ["0.00", "0.25", "0.50", "0.75", "1.00"])
        #expect(try SweepAxis.parse("x=0..0.3:0.1").values.map(\.number) == [0, 0.1, 0.2, 0.3])
        #expect(try texts("x=1..2:0.3") == ["1.0", "1.3", "1.6", "1.9"])
    }

    @Test func unitsAreKeptAndConverted() throws {
        let a = try SweepAxis.parse("channels.chat.patience.weibull.mean=60s..180s:30s")
        #expect(a.values.map(\.text) == ["60s", "90s", "120s", "150s", "180s"] && a.unit == "s")
        #expect(a.values.map(\.number) == [60, 90, 120, 150, 180])
        // A step in another unit of the same dimension is converted to the start's unit.
        #expect(try texts("x=1m..2m:30s") == ["1.0m", "1.5m", "2.0m"])
        #expect(try texts("channels.chat.arrivals.rate=60/h..90/h:15/h") == ["60/h", "75/h", "90/h"])
        #expect(try texts("x=2m,90s") == ["2m", "90s"])
        #expect(try SweepAxis.parse("x=2m,90s").values.map(\.number) == [2, 1.5])
    }

    @Test func mistakes() {
        func message(_ flag: String) -> String? {
            do { _ = try SweepAxis.parse(flag); return nil } catch { return error.description }
        }
        #expect(message("teams.web.headcount") == "--vary teams.web.headcount: expected PATH=VALUES, e.g. teams.web.headcount=8..14")
        #expect(message("x=") == "--vary x=: no values (expected a list such as 1,2,3, a range such as 8..14, or 0.4..0.7:0.1)")
        #expect(message("=3") == "--vary =3: no field path before '=' (expected e.g. teams.web.headcount=8..14)")
        #expect(message("x=5..3") == "--vary x=5..3: the range 5..3 is empty (expected A..B with A ≤ B)")
        #expect(message("x=1..3:0") == "--vary x=1..3:0: the step 0 is not positive (expected A..B:STEP with STEP > 0)")
        #expect(message("x=1..3:-1") == "--vary x=1..3:-1: the step -1 is not positive (expected A..B:STEP with STEP > 0)")
        #expect(message("x=a,b") == "--vary x=a,b: 'a' is not a number (expected a number, with a unit where the field has one: 8, 0.4, 60s, 75/h)")
        #expect(message("x=1,,2") == "--vary x=1,,2: an empty value in '1,,2' (expected a list such as 1,2,3, a range such as 8..14, or 0.4..0.7:0.1)")
        #expect(message("x=60s..3/h") == "--vary x=60s..3/h: 60s and 3/h are not in the same unit (write the unit on every value, e.g. 60s..180s:30s)")
        #expect(message("x=60..180s") == "--vary x=60..180s: 60 and 180s are not in the same unit (write the unit on every value, e.g. 60s..180s:30s)")
        #expect(message("x=1,2,1") == "--vary x=1,2,1: the value 1 is listed twice")
        #expect(message("x=0..2000000") == "--vary x=0..2000000: the range 0..2000000 has more than 1,000,000 values")
    }

    @Test func fullGridFirstAxisSlowest() throws {
        let a = try SweepAxis.parse("a=1..3"), b = try SweepAxis.parse("b=10,20")
        #expect(try SweepGrid.points([a, b], zip: false) == [[0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [2, 1]])
        #expect(try SweepGrid.points([a], zip: false) == [[0], [1], [2]])
    }

    @Test func zipPairsEqualLists() throws {
        let a = try SweepAxis.parse("a=1..3"), b = try SweepAxis.parse("b=10,20,30")
        #expect(try SweepGrid.points([a, b], zip: true) == [[0, 0], [1, 1], [2, 2]])
        let c = try SweepAxis.parse("c=1,2")
        #expect(throws: SweepError(flag: nil, problem: "--zip: the lists have different lengths (a has 3 values, c has 2 values)")) {
            try SweepGrid.points([a, c], zip: true)
        }
    }

    @Test func gridsOverAMillionPointsAreRefused() throws {
        let a = try SweepAxis.parse("a=1..1000"), b = try SweepAxis.parse("b=1..1000"), c = try SweepAxis.parse("c=1,2")
        #expect(throws: SweepError(flag: nil, problem: "the grid has 2,000,000 points (1000 × 1000 × 2), over the 1,000,000 a sweep runs: "
                                   + "use fewer values or larger steps, or pair lists with --zip")) {
            try SweepGrid.points([a, b, c], zip: false)
        }
        #expect(try SweepGrid.points([a, b], zip: false).count == 1_000_000)
    }
}
