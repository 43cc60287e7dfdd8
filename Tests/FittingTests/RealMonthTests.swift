import Foundation
import Testing
import Scenario
import Fitting

/// End to end on a real month: January 1999 of the bank (data/anonymous-bank-1999), fitted
/// and checked against counts and estimates computed here independently of the reader,
/// from `gzip -dc` and the README's rules.
@Suite struct RealMonthTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let january = root.appendingPathComponent("data/anonymous-bank-1999/01_January.txt.gz").path

    /// The README's rules, applied to split lines: PHANTOM out, negative times out, waits
    /// over 1 h and service over 2 h out, served rows with no service time or NO_SERVER out.
    struct Independent {
        var served = 0, abandoned = 0, abandonedAtZero = 0, serviceSum = 0.0, waitSum = 0.0
        var days = Set<String>()

        init(path: String) throws {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", "gzip -dc '\(path)'"]
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            let data = out.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n").dropFirst() {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                let vru = Double(f[8])!, q = Double(f[11])!, ser = Double(f[15])!
                guard f[12] != "PHANTOM", vru >= 0, q >= 0, ser >= 0, q <= 3600 else { continue }
                if f[12] == "AGENT" {
                    guard ser > 0, ser <= 7200, f[16] != "NO_SERVER" else { continue }
                    served += 1; serviceSum += ser; waitSum += q
                } else if f[9] != "0:00:00" || q > 0 {
                    abandoned += 1; waitSum += q; if q == 0 { abandonedAtZero += 1 }
                }
                days.insert(f[5])
            }
        }
    }

    @Test func januaryFitsAndItsScenarioLoads() throws {
        var acc = LogAccumulator(intervalLength: 1800, selection: FitSelection())
        try acc.read(paths: [Self.january], layout: LogLayout(name: .anonymousBank))
        let fit = try Estimator.fit(acc, files: [Self.january], layout: .anonymousBank, classedBy: "type")
        let truth = try Independent(path: Self.january)
        #expect(acc.rowsRead == 31_599)   // the README's row count
        let phone = try #require(fit.channels.first)
        #expect(fit.channels.count == 1 && phone.name == "phone")
        #expect(phone.summary.served == truth.served && phone.summary.abandoned == truth.abandoned)
        #expect(phone.arrivals.days.count == 29)   // 11 and 12 January are missing
        #expect(abs(phone.arrivals.meanDaily * 29 - Double(truth.served + truth.abandoned)) < 1e-6)
        #expect(abs(phone.arrivals.profile.reduce(0, +) - 1) < 1e-12)

        let handle = try #require(phone.summary.handle)
        #expect(handle.count == truth.served)
        #expect(abs(handle.mean - truth.serviceSum / Double(truth.served)) < 1e-9 * handle.mean)
        // scipy.stats on the same values: gamma shape 1.092265 (floc = 0), the lowest AIC.
        guard case .gamma(let k, _) = try #require(handle.best).distribution else { Issue.record("gamma expected"); return }
        #expect(abs(k - 1.092265) < 1e-5)

        let patience = try #require(phone.summary.patience)
        #expect(patience.events == truth.abandoned)
        let exp = try #require(patience.candidates.first { $0.distribution.family == "exponential" })
        // Total exposure / events, an abandonment recorded at 0 s counting as 0.25 s.
        let exposure = truth.waitSum + 0.25 * Double(truth.abandonedAtZero)
        #expect(abs(exp.distribution.mean - exposure / Double(truth.abandoned)) < 1e-9 * exp.distribution.mean)
        // scipy.optimize (Nelder–Mead) on the censored likelihood: Weibull shape 0.922898, scale 405.9419.
        guard case .weibull(let wk, let wl) = try #require(patience.candidates.first { $0.distribution.family == "weibull" }).distribution
        else { Issue.record("weibull expected"); return }
        #expect(abs(wk - 0.922898) < 1e-5 && abs(wl - 405.9419) < 1e-3)
        // The same for the censored lognormal: mu 5.890731, sigma 1.894546, the lowest AIC.
        guard case .lognormal(let mu, let sigma) = try #require(patience.best).distribution else { Issue.record("lognormal expected"); return }
        #expect(abs(mu - 5.890731) < 1e-4 && abs(sigma - 1.894546) < 1e-4)
        #expect(try #require(patience.check).meanPatience > 60)

        let text = ScenarioText.render(fit, name: "january")
        let scenario = try ScenarioLoader.parse(text, file: "january.yaml")
        #expect(scenario.model.channels.count == 1 && scenario.model.horizon.intervalCount == 48)
    }
}
