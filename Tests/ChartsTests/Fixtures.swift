import Charts
import Foundation

/// A small fixed day: six half-hour intervals, one without arrivals (no service level), a
/// title with an apostrophe to exercise quoting, a channel name with an underscore, chat
/// slots (concurrency 3), a 60-second threshold and a 90% confidence band.
enum Fixtures {
    static let series = IntradaySeries(
        title: "Bob's bank",
        intervalLabels: ["08:00", "08:30", "09:00", "09:30", "10:00", "10:30"],
        arrivals: [12, 30.5, 41.25, 38, 20, 0],
        staff: [3, 5, 6, 6, 4, 2],
        meanQueue: [0.2, 1.75, 3.125, 2.5, 0.4, 0],
        serviceLevel: [0.95, 0.82, 0.61234567, 0.7, 0.9, nil],
        serviceLevelLow: [0.9, 0.75, 0.55, 0.62, 0.85, nil],
        serviceLevelHigh: [1, 0.89, 0.67, 0.78, 0.95, nil],
        serviceLevelTarget: 0.8,
        channel: "web_chat",
        slots: [9, 15, 18, 18, 12, 6],
        serviceLevelThreshold: "60 s",
        confidence: 0.9)

    /// A fresh empty directory under the temporary directory; remove it when done.
    static func temporaryDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("channelsim-charts-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
