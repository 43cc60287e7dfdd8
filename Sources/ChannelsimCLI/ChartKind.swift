import ArgumentParser
import ChannelModel
import Charts
import Experiments
import Foundation

/// The charts channelsim draws, by the names `plot --kind` takes.
enum ChartKind: String, CaseIterable, ExpressibleByArgument {
    case intraday
    case strategyBars = "strategy-bars"
    case pairedDifferences = "paired-differences"
    case staffingCurve = "staffing-curve"
    case concurrency
    case heatmap
    case channelMix = "channel-mix"
    case waitSurvival = "wait-survival"
    case loadCurve = "load-curve"
    case surge
    case soak
    case staffing

    /// The charts each kind of experiment draws when it runs, in drawing order.
    static func drawn(by experimentKind: String) -> [ChartKind] {
        switch experimentKind {
        case "run": return [.intraday, .channelMix, .waitSurvival]
        case "compare": return [.strategyBars, .pairedDifferences, .channelMix, .waitSurvival]
        case "sweep": return [.staffingCurve, .concurrency, .heatmap]
        case "stress": return [.loadCurve, .surge, .intraday, .soak]
        case "staff": return [.staffing]
        default: return []
        }
    }

    /// Why this chart cannot be drawn from `source`'s rows, or nil when it can.
    func unavailable(_ source: ChartSource) -> String? {
        guard Self.drawn(by: source.kind).contains(self) else {
            let kinds = Self.drawn(by: source.kind).map(\.rawValue)
            return "a \(source.kind) experiment has no \(rawValue) chart ("
                + (kinds.isEmpty ? "it has no charts" : "its charts: \(kinds.joined(separator: ", "))") + ")"
        }
        let axes = source.axes
        switch self {
        case .staffingCurve where axes.count != 1:
            return "the staffing curve is drawn for a sweep of one parameter; this one varies \(axes.count)"
        case .heatmap where axes.count != 2:
            return "the heat map is drawn for a sweep of exactly two parameters; this one varies \(axes.count)"
        case .concurrency where SweepChartBuilder.concurrencyAxis(source) == nil:
            return "the concurrency trade-off needs a sweep of a team's concurrency (teams.NAME.concurrency), "
                + "alone or with a head-count, on a chat channel"
        case .loadCurve:
            return "the load chart is drawn by stress from extra simulations around the breaking point that are not stored; "
                + "run stress again to draw it"
        case .surge where source.settings["events"] == nil || source.variants.count != 2:
            return "the surge chart is drawn for stress --surge or --outage; this stress experiment is "
                + (source.settings["soak"] == nil ? "a breaking-point search" : "a soak test")
        case .soak where source.settings["soak"] == nil:
            return "the soak chart is drawn for stress --soak; this stress experiment is "
                + (source.settings["events"] == nil ? "a breaking-point search" : "a surge or outage test")
        case .staffing where source.settings["staffing_chart"] == nil:
            return "the staffing chart is drawn from the interval labels and service-level channels staff stores in its settings "
                + "(staffing_chart), and this experiment was stored by an older channelsim without them; run staff again"
        default:
            return nil
        }
    }
}

/// A chart written into the plots directory: its base name, images, and a text preview of
/// its own when gnuplot's dumb terminal cannot draw it (the heat map).
struct DrawnChart {
    var baseName: String
    var images: [String]
    var textPreview: String?
}

extension ExperimentOutput {
    /// Draws the charts of `kinds` that `source` can give (each in PNG and SVG), reports
    /// them, and prints their previews with `--preview`. Nothing without charts or a source.
    func charts(_ source: ChartSource?, kinds: [ChartKind], models: [String: ModelSpec]) throws {
        guard !options.noCharts, let source else { return }
        try drawing {
            let drawer = ChartDrawer(source: source, models: models, directory: options.plots)
            let drawn = try kinds.filter { $0.unavailable(source) == nil }.flatMap { try drawer.draw($0) }
            for d in drawn { for image in d.images where options.chatty { printError("chart \(image)") } }
            if options.preview { try ChartPreviewText.emit(drawn, directory: options.plots, toStandardError: options.format != .table) }
        }
    }

    /// Each variant's model by name, for the intraday charts (which need the horizon and teams).
    static func models(_ result: ExperimentResult) -> [String: ModelSpec] {
        Dictionary(result.variants.map { ($0.variant.name, $0.variant.model) }, uniquingKeysWith: { a, _ in a })
    }
}

/// The `--preview` text: every chart written, rendered by gnuplot's dumb terminal from its
/// own script (or the chart's text table), headed by its name.
enum ChartPreviewText {
    static func emit(_ drawn: [DrawnChart], directory: String, toStandardError: Bool) throws {
        for d in drawn {
            let body = try d.textPreview ?? ChartPreview.render(baseName: d.baseName, in: directory)
            let text = "== \(d.baseName) ==\n" + body
            if toStandardError { printError(String(text.dropLast())) } else { print(text, terminator: "") }
        }
    }
}
