import ChannelModel
import Charts
import Experiments
import Foundation
import ResultStore
import Scenario

/// Where an experiment's results go besides standard output: the database and the charts.
/// The database is opened before anything is simulated, so a bad --db fails at once.
struct ExperimentOutput {
    let options: ExperimentOptions
    let database: ResultDatabase?

    init(options: ExperimentOptions) throws {
        self.options = options
        do {
            database = options.noStore ? nil : try ResultDatabase(path: options.db)
        } catch StoreError.schema(let message) {
            // A file written by a newer channelsim is the user's input, not a failure here.
            throw CLIFailure(status: .badInput, description: "\(options.db): \(message)")
        } catch {
            throw CLIFailure(status: .runtime, description: "\(options.db): \(error)")
        }
    }

    /// Stores the experiment (every variant, verdicts, comparisons) in one transaction.
    func store(_ result: ExperimentResult, prepared: PreparedExperiment, kind: String, started: Date, wall: Double,
               comparison: ComparisonReport? = nil, extraSettings: [(String, JSON)] = []) throws {
        guard let database else { return }
        let record = StoreRecords.experiment(result, prepared: prepared, kind: kind, threads: options.threadCount,
                                             started: started, wall: wall, comparison: comparison, extraSettings: extraSettings)
        do {
            let ids = try database.write(record)
            if options.chatty {
                // A sweep's points are too many to list: their count says enough.
                let what = kind == "sweep" ? "\(result.variants.count) points"
                    : result.variants.map(\.variant.name).joined(separator: ", ")
                printError("stored experiment \(ids.experimentID) (\(what)) in \(options.db)")
            }
        } catch {
            throw CLIFailure(status: .runtime, description: "\(options.db): \(error)")
        }
    }

    /// The intraday chart of every channel of every variant.
    func intradayCharts(_ result: ExperimentResult, scenario: Scenario) throws {
        guard !options.noCharts else { return }
        try drawing {
            var usedSlugs: Set<String> = []
            for v in result.variants {
                let slug = IntradayChartBuilder.unique(IntradayChartBuilder.slug(v.variant.name), among: &usedSlugs)
                var s = scenario
                s.model = v.variant.model
                let files = try IntradayChartBuilder.draw(scenario: s, summary: v.summary, directory: options.plots,
                                                          strategy: result.variants.count > 1 ? slug : nil,
                                                          confidence: result.design.confidence,
                                                          targets: result.design.targets)
                for file in files where options.chatty { printError("chart \(file)") }
            }
        }
    }

    /// Runs chart drawing: a missing gnuplot is a warning (the data and scripts are written).
    func drawing(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch ChartError.gnuplotMissing {
            printError("channelsim: warning: gnuplot not found; wrote the chart data and scripts to \(options.plots) (install gnuplot-nox to draw them)")
        } catch {
            throw CLIFailure(status: .runtime, description: "chart: \(error)")
        }
    }

    /// Exit 1 when a --precision goal was not reached within --max-replications, saying what was.
    func precisionReached(_ result: ExperimentResult) throws {
        let missed = result.precision.filter { !$0.reached }
        guard !missed.isEmpty else { return }
        let what = missed.map { p in
            let unit = p.goal.key.info.unit, scale = FigureFormat.scale(for: p.goal.halfWidth)
            return "\(p.goal.key) reached " + (p.achieved.map { "±" + FigureFormat.value($0, unit, scale: scale) } ?? "no interval")
                + " (asked ±\(FigureFormat.value(p.goal.halfWidth, unit, scale: scale)))"
        }.joined(separator: "; ")
        throw CLIFailure(status: .failed, description: "precision not reached in \(result.replications) replications (--max-replications): \(what)")
    }
}

extension ExperimentOutput {
    /// The strategy comparison charts, in PNG and SVG: the targets' and headline figures per
    /// strategy with their intervals, and each strategy's paired differences from the
    /// baseline against zero (at most `CompareCharts.maxFigures` figures, targets first).
    func compareCharts(_ result: ExperimentResult, report: ComparisonReport, scenario: Scenario) throws {
        guard !options.noCharts else { return }
        let keys = CompareCharts.figures(result, report: report)
        let bars = CompareCharts.bars(result, report: report, keys: keys)
        let rows = CompareCharts.differences(report, keys: keys)
        guard !bars.isEmpty, !rows.isEmpty else { return }
        let base = "compare-\(IntradayChartBuilder.slug(scenario.name))"
        try drawing {
            for format in [ImageFormat.png, .svg] {
                let a = try StrategyBarsChart.write(title: scenario.name, confidence: result.design.confidence, metrics: bars,
                                                    to: options.plots, baseName: "\(base)-metrics", format: format)
                let b = try PairedDifferencesChart.write(title: scenario.name, baseline: report.baseline,
                                                         confidence: result.design.confidence, adjustment: "Holm",
                                                         rows: rows, to: options.plots, baseName: "\(base)-differences", format: format)
                for file in [a.image, b.image] where options.chatty { printError("chart \(file)") }
            }
        }
    }
}

/// What the comparison charts show, from an experiment and its comparison.
enum CompareCharts {
    /// More panels than this stop being readable at a glance.
    static let maxFigures = 9

    /// The targets' figures, then the headline figures with a verdict, in report order.
    static func figures(_ result: ExperimentResult, report: ComparisonReport) -> [MetricKey] {
        var seen = Set<MetricKey>(), keys: [MetricKey] = []
        for k in result.design.targets.map(\.key) + report.comparisons.filter({ $0.verdict != nil }).map(\.key) where seen.insert(k).inserted {
            keys.append(k)
        }
        return Array(keys.prefix(maxFigures))
    }

    static func unit(_ u: MetricUnit) -> ChartUnit {
        switch u {
        case .probability: return .probability
        case .seconds: return .seconds
        case .count: return .count
        case .money: return .money
        default: return .plain
        }
    }

    static func bars(_ result: ExperimentResult, report: ComparisonReport, keys: [MetricKey]) -> [StrategyMetricBars] {
        keys.compactMap { key in
            let bars = result.variants.compactMap { v -> StrategyMetricBars.Bar? in
                guard let ci = v.figures.interval(of: key, level: result.design.confidence), ci.mean.isFinite else { return nil }
                return .init(variant: v.variant.name, mean: ci.mean, low: ci.low, high: ci.high,
                             isBaseline: v.variant.name == report.baseline)
            }
            guard !bars.isEmpty else { return nil }
            let target = result.design.targets.first { $0.key == key }
            return StrategyMetricBars(metric: key.description, unit: unit(key.info.unit), target: target?.bound, bars: bars)
        }
    }

    static func differences(_ report: ComparisonReport, keys: [MetricKey]) -> [PairedDifferenceRow] {
        let wanted = Set(keys)
        return report.comparisons.compactMap { f in
            guard wanted.contains(f.key), let d = f.difference?.interval, d.mean.isFinite else { return nil }
            let verdict: DifferenceVerdict
            switch f.verdict {
            case .better: verdict = .better
            case .worse: verdict = .worse
            case .noSignificantDifference: verdict = .noDifference
            default: verdict = .undetermined
            }
            return PairedDifferenceRow(variant: f.variant, metric: f.key.description, unit: unit(f.key.info.unit), mean: d.mean,
                                       low: d.low, high: d.high, verdict: verdict)
        }
    }
}
