/// One line of a CSV or TSV log cut into fields, kept as byte ranges so that numbers and
/// clock times are read without making a String of every cell.
public struct DelimitedLine {
    public let bytes: [UInt8]
    public private(set) var fields: [Range<Int>] = []
    /// Fields that were double-quoted (CSV), unquoted and unescaped.
    private var unquoted: [Int: [UInt8]] = [:]

    /// Cuts `bytes` at `delimiter`. A field that starts with `"` runs to its closing quote,
    /// with `""` inside as one quote (RFC 4180); a quoted field cannot span lines.
    public init(_ bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        var i = 0
        let n = bytes.count
        while true {
            if i < n, bytes[i] == 34 {
                var value: [UInt8] = []
                var j = i + 1
                while j < n {
                    if bytes[j] == 34 {
                        if j + 1 < n, bytes[j + 1] == 34 { value.append(34); j += 2; continue }
                        break
                    }
                    value.append(bytes[j]); j += 1
                }
                var k = j
                while k < n, bytes[k] != delimiter { k += 1 }
                unquoted[fields.count] = value
                fields.append(i..<k)
                i = k
            } else {
                var k = i
                while k < n, bytes[k] != delimiter { k += 1 }
                fields.append(i..<k)
                i = k
            }
            if i >= n { break }
            i += 1
            if i == n { fields.append(n..<n); break }
        }
    }

    public var count: Int { fields.count }

    /// The field's bytes, spaces around it trimmed.
    public func raw(_ index: Int) -> ArraySlice<UInt8> {
        if let q = unquoted[index] { return q[...] }
        var r = fields[index]
        while r.lowerBound < r.upperBound, bytes[r.lowerBound] == 32 { r = (r.lowerBound + 1)..<r.upperBound }
        while r.lowerBound < r.upperBound, bytes[r.upperBound - 1] == 32 { r = r.lowerBound..<(r.upperBound - 1) }
        return bytes[r]
    }

    /// The field as text.
    public func string(_ index: Int) -> String { String(decoding: raw(index), as: UTF8.self) }

    /// The field as a number (an optional sign, digits, an optional fraction), or nil.
    public func number(_ index: Int) -> Double? { Self.number(raw(index)) }

    /// Reads `[+-]digits[.digits]` exactly; anything else (exponents included) is nil.
    public static func number(_ s: ArraySlice<UInt8>) -> Double? {
        var i = s.startIndex
        var negative = false
        if i < s.endIndex, s[i] == 45 || s[i] == 43 { negative = s[i] == 45; i += 1 }
        var value = 0.0, digits = 0, scale = 1.0, seenPoint = false
        while i < s.endIndex {
            let c = s[i]
            if c >= 48, c <= 57 {
                if seenPoint { scale /= 10; value += Double(c - 48) * scale } else { value = value * 10 + Double(c - 48) }
                digits += 1
            } else if c == 46, !seenPoint {
                seenPoint = true
            } else { return nil }
            i += 1
        }
        guard digits > 0 else { return nil }
        return negative ? -value : value
    }
}
