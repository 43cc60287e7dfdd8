import Charts
import Fitting
import Foundation

/// The charts of `fit`: per channel, handle-time QQ and patience survival, PNG and SVG.
enum FitCharts {
    static func draw(_ r: FitResult, name: String, to directory: String) throws -> [String] {
        var files: [String] = []
        do {
            for c in r.channels {
                let base = "fit-\(ScenarioText.safeName(name))-\(ScenarioText.safeName(c.name))"
                for format in [ImageFormat.png, .svg] {
                    if let q = qq(c) { files.append(try QuantileChart.write(q, to: directory, baseName: "\(base)-handle-qq", format: format).image) }
                    if let s = survival(c) { files.append(try SurvivalChart.write(s, to: directory, baseName: "\(base)-patience", format: format).image) }
                }
            }
        } catch ChartError.gnuplotMissing {
            printError("channelsim: warning: gnuplot not found; wrote the chart data and scripts to \(directory) (install gnuplot-nox to draw them)")
        } catch {
            throw CLIFailure(status: .runtime, description: "chart: \(error)")
        }
        return files
    }

    static func qq(_ c: ChannelFit) -> QuantileChart.Data? {
        guard let h = c.summary.handle, !h.candidates.isEmpty else { return nil }
        let rows = (1...199).map { i -> (p: Double, empirical: Double, fitted: [Double]) in
            let p = Double(i) / 200
            return (p, h.sample.quantile(p), h.candidates.map { $0.distribution.quantile(p) })
        }
        return QuantileChart.Data(title: "\(c.name): handle time, \(FitFormat.count(h.count)) served", families: h.candidates.map(\.distribution.family), rows: rows)
    }

    static func survival(_ c: ChannelFit) -> SurvivalChart.Data? {
        guard let p = c.summary.patience, !p.candidates.isEmpty, let last = p.km.times.last else { return nil }
        let curves = (0...200).map { i -> (t: Double, s: [Double]) in
            let t = last * Double(i) / 200
            return (t, p.candidates.map { $0.distribution.survival(t) })
        }
        return SurvivalChart.Data(title: "\(c.name): patience, \(FitFormat.count(p.events)) abandoned, \(FitFormat.count(p.censored)) censored",
                                  steps: zip(p.km.times, p.km.survival).map { ($0, $1) },
                                  families: p.candidates.map(\.distribution.family), curves: curves)
    }
}
