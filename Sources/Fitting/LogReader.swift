import CZlib
import Foundation

/// Reads a contact log line by line through zlib, gzipped or plain (gzread passes plain
/// files through), in a fixed-size buffer: memory does not grow with the file.
public final class LogReader {
    /// A line longer than this is not a contact record; the file is refused rather than
    /// buffered without bound.
    public static let maxLineBytes = 1 << 20

    public let path: String
    private let file: gzFile
    private var buffer: [UInt8]
    private var start = 0, end = 0
    private var atEnd = false
    /// Lines returned so far (the header included), for messages that name a line.
    public private(set) var lineNumber = 0

    /// Opens `path`; a missing, unreadable or folder path is a `FitError`.
    public init(path: String) throws(FitError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FitError("\(path): file does not exist (expected a contact log, CSV or TSV, gzipped or not)")
        }
        guard !isDirectory.boolValue else {
            throw FitError("\(path): is a folder (expected a contact log file)")
        }
        guard let f = gzopen(path, "rb") else {
            throw FitError("\(path): cannot be read (expected a readable contact log)")
        }
        self.path = path
        file = f
        buffer = [UInt8](repeating: 0, count: 1 << 18)
    }

    deinit { gzclose(file) }

    /// The next line without its line ending (LF or CRLF), or nil at the end of the file.
    public func nextLine() throws(FitError) -> [UInt8]? {
        while true {
            if let nl = buffer[start..<end].firstIndex(of: 10) {
                var stop = nl
                if stop > start, buffer[stop - 1] == 13 { stop -= 1 }
                let line = Array(buffer[start..<stop])
                start = nl + 1
                lineNumber += 1
                return line
            }
            if atEnd {
                guard start < end else { return nil }
                var stop = end
                if buffer[stop - 1] == 13 { stop -= 1 }
                let line = Array(buffer[start..<stop])
                start = end
                lineNumber += 1
                return line
            }
            try fill()
        }
    }

    /// Moves the unread bytes to the front and reads more after them.
    private func fill() throws(FitError) {
        if start > 0 {
            let unread = end - start
            if unread > 0 { buffer.withUnsafeMutableBufferPointer { p in
                _ = memmove(p.baseAddress!, p.baseAddress! + start, unread) } }
            start = 0
            end = unread
        }
        if end == buffer.count {
            guard buffer.count < Self.maxLineBytes else {
                throw FitError("\(path):\(lineNumber + 1): a line is longer than \(Self.maxLineBytes) bytes (expected a contact log, one record a line)")
            }
            buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count))
        }
        let room = buffer.count - end
        let n = buffer.withUnsafeMutableBufferPointer { p in
            gzread(file, p.baseAddress! + end, UInt32(room))
        }
        // A truncated or corrupt gzip stream ends with zlib's error set (Z_BUF_ERROR:
        // "unexpected end of file"), not with a clean end: six months must not be fitted from
        // the part of a file that happened to decompress.
        if n < 0 || (n == 0 && cs_gz_error(file) != nil) {
            var why = cs_gz_error(file).map { String(cString: $0) } ?? "read error"
            if why.hasPrefix(path + ": ") { why.removeFirst(path.count + 2) }   // zlib names the file itself
            throw FitError("\(path): cannot be read: \(why) (expected a complete gzip or plain text contact log)")
        }
        if n == 0 { atEnd = true }
        end += Int(n)
    }
}
