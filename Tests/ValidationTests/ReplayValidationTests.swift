import Foundation
import Testing

/// The model against the bank's own record (docs/validation.md "Replaying recorded days"):
/// handle time and patience fitted on January–March, then April's recorded arrivals and
/// agents present replayed day by day and compared with what the log shows.
@Suite struct ReplayValidationTests {
    static let q1 = ["01_January", "02_February", "03_March"].map(ReplayComparison.log)

    /// Two weeks of April, Sunday to Thursday, 5 replications, each call's recorded handle
    /// time and shrinkage 0.30 (calibrated on January–March): the errors stay within the
    /// bounds docs/validation.md records for this subset.
    @Test func aprilFortnightStaysWithinTheRecordedErrors() throws {
        let c = try ReplayComparison.run(fitLogs: Self.q1, fitFrom: "1999-01-01", fitTo: "1999-03-31",
                                         replayLogs: [ReplayComparison.log("04_April")], from: "1999-04-11", to: "1999-04-22",
                                         replications: 5, recordedHandle: true, shrinkage: 0.30)
        let hours = ReplayComparison.rows(c.observedByHour, c.simulatedByHour, minOffered: 100)
        let days = ReplayComparison.rows(c.observedByDay, c.simulatedByDay, minOffered: 100)
        #expect(days.count == 10)
        let (maeH, corH) = ReplayComparison.errors(hours)
        let (maeD, corD) = ReplayComparison.errors(days)
        let (obs, sim) = c.totals
        if ProcessInfo.processInfo.environment["CHANNELSIM_REPLAY_REPORT"] != nil {
            print("totals observed \(obs) simulated \(sim)")
            print("hour MAE \(maeH) correlation \(corH); day MAE \(maeD) correlation \(corD)")
        }
        // Bounds: the values seen (docs/validation.md), with a margin of about a half.
        #expect(abs(sim[0] - obs[0]) < 0.03)   // seen 0.019
        #expect(maeH[0] < 0.045 && maeD[0] < 0.026)   // p_abandon: seen 0.029, 0.017
        #expect(maeH[1] < 31 && maeD[1] < 23)       // asa, seconds: seen 20.7, 14.9
        #expect(maeH[2] < 0.15 && maeD[2] < 0.16)     // p_wait: seen 0.094, 0.102
        #expect(maeH[3] < 0.12 && maeD[3] < 0.12)     // sl_20s: seen 0.077, 0.076
        #expect(corH[0] > 0.8 && corD[0] > 0.9)       // abandonment follows hours and days: seen 0.92, 0.98
    }

    /// The full April–June replay behind docs/validation.md, run on demand only
    /// (CHANNELSIM_REPLAY_REPORT=FOLDER): prints the tables and writes the chart's data.
    @Test func fullReplayReport() throws {
        guard let folder = ProcessInfo.processInfo.environment["CHANNELSIM_REPLAY_REPORT"] else { return }
        // CHANNELSIM_REPLAY_PERIOD=q1 replays January–March itself (calibrating shrinkage in sample).
        let q1Replay = ProcessInfo.processInfo.environment["CHANNELSIM_REPLAY_PERIOD"] == "q1"
        let logs = q1Replay ? Self.q1 : ["04_April", "05_May", "06_June"].map(ReplayComparison.log)
        let (from, to) = q1Replay ? ("1999-01-01", "1999-03-31") : ("1999-04-01", "1999-06-30")
        let variants = (ProcessInfo.processInfo.environment["CHANNELSIM_REPLAY_VARIANTS"] ?? "fitted:0:0,recorded:1:0,recorded-s30:1:0.3,fitted-s30:0:0.3").split(separator: ",").map { $0.split(separator: ":") }
        for v in variants {
            let (label, handle, off) = (String(v[0]), v[1] == "1", Double(v[2])!)
            let c = try ReplayComparison.run(fitLogs: Self.q1, fitFrom: "1999-01-01", fitTo: "1999-03-31", replayLogs: logs,
                                             from: from, to: to, replications: 10, recordedHandle: handle, shrinkage: off)
            let hours = ReplayComparison.rows(c.observedByHour, c.simulatedByHour, minOffered: 100)
            let days = ReplayComparison.rows(c.observedByDay, c.simulatedByDay, minOffered: 100)
            let (maeH, corH) = ReplayComparison.errors(hours), (maeD, corD) = ReplayComparison.errors(days)
            let (obs, sim) = c.totals
            func f(_ xs: [Double]) -> String { xs.map { String(format: "%.4f", $0) }.joined(separator: " ") }
            print("== \(label): \(days.count) days; figures \(QueueCounts.names)")
            print("totals observed \(f(obs)) | simulated \(f(sim))")
            print("per hour: MAE \(f(maeH)) | correlation \(f(corH))")
            print("per day:  MAE \(f(maeD)) | correlation \(f(corD))")
            var dat = "# hour offered " + QueueCounts.names.map { "obs_\($0) sim_\($0) hw_\($0)" }.joined(separator: " ") + "\n"
            for r in hours {
                dat += "\(r.key) \(Int(r.offered)) " + (0..<4).map { String(format: "%.5f %.5f %.5f", r.observed[$0], r.mean[$0], r.halfWidth[$0]) }.joined(separator: " ") + "\n"
                print(String(format: "  %02d:00 %6d  ", r.key, Int(r.offered)) + (0..<4).map { String(format: "%.3f/%.3f±%.3f", r.observed[$0], r.mean[$0], r.halfWidth[$0]) }.joined(separator: "  "))
            }
            try dat.write(toFile: "\(folder)/replay-\(label)-hours.dat", atomically: true, encoding: .utf8)
            var ddat = "# day offered " + QueueCounts.names.map { "obs_\($0) sim_\($0) hw_\($0)" }.joined(separator: " ") + "\n"
            for (n, r) in days.enumerated() {
                ddat += "\(n) \(Int(r.offered)) " + (0..<4).map { String(format: "%.5f %.5f %.5f", r.observed[$0], r.mean[$0], r.halfWidth[$0]) }.joined(separator: " ") + "\n"
            }
            try ddat.write(toFile: "\(folder)/replay-\(label)-days.dat", atomically: true, encoding: .utf8)
        }
    }
}
