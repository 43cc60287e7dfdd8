import Foundation

/// Writing a chart's .dat and .gp files and rendering its image: the steps every chart shares.
enum ChartWriter {
    /// Writes NAME.dat and NAME.gp into `directory` (created if missing), then runs gnuplot
    /// there to make NAME.png or NAME.svg.
    ///
    /// The data and script are written first, so they exist even when gnuplot is missing
    /// (`ChartError.gnuplotMissing`) and the image can be drawn later by hand.
    static func write(data: String, script: String, to directory: String, baseName: String,
                      format: ImageFormat) throws -> ChartFiles {
        let folder = URL(fileURLWithPath: directory, isDirectory: true)
        let files = ChartFiles(
            data: folder.appendingPathComponent("\(baseName).dat").path,
            script: folder.appendingPathComponent("\(baseName).gp").path,
            image: folder.appendingPathComponent("\(baseName).\(format.fileExtension)").path)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(toFile: files.data, atomically: true, encoding: .utf8)
            try script.write(toFile: files.script, atomically: true, encoding: .utf8)
            // A stale image from an earlier run would otherwise survive a failed render
            // and pass for the current one.
            if FileManager.default.fileExists(atPath: files.image) {
                try FileManager.default.removeItem(atPath: files.image)
            }
        } catch {
            throw ChartError.io("cannot write chart '\(baseName)' in '\(directory)': "
                                + error.localizedDescription)
        }
        try Gnuplot.run(script: "\(baseName).gp", in: directory)
        let attributes = try? FileManager.default.attributesOfItem(atPath: files.image)
        guard let size = attributes?[.size] as? NSNumber, size.intValue > 0 else {
            throw ChartError.io("gnuplot succeeded but wrote no image at '\(files.image)'")
        }
        return files
    }

    /// Refuses a confidence level that cannot be a percentage in a title (and would mean
    /// the caller mixed up level and significance, or passed a percentage).
    static func checkConfidence(_ level: Double, chart: String) throws {
        guard level > 0, level < 1 else {
            throw ChartError.io("\(chart): confidence must be between 0 and 1 (exclusive), got \(level)")
        }
    }
}
