/// A growing UTF-8 buffer with the few number formats a trace needs, written digit by digit:
/// a traced day is millions of lines, and string interpolation cost more than simulating it.
struct TraceBytes {
    var out: [UInt8] = []

    init(capacity: Int = 0) { out.reserveCapacity(capacity) }

    @inline(__always)
    mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    @inline(__always)
    mutating func append(_ bytes: [UInt8]) { out.append(contentsOf: bytes) }

    /// A whole number.
    mutating func int(_ n: Int) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var a = n.magnitude
        if a < 10 {
            out.append(UInt8(ascii: "0") + UInt8(a))
            return
        }
        // Digits last to first into a fixed tuple, then appended in order.
        var digits: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                     UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                     UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buf in
            while a > 0 {
                buf[count] = UInt8(ascii: "0") + UInt8(a % 10)
                a /= 10
                count += 1
            }
            for k in stride(from: count - 1, through: 0, by: -1) { out.append(buf[k]) }
        }
    }

    /// `n` (0…99) as two digits.
    @inline(__always)
    mutating func two(_ n: Int) {
        out.append(UInt8(ascii: "0") + UInt8(n / 10))
        out.append(UInt8(ascii: "0") + UInt8(n % 10))
    }

    /// `n` (0…999) as three digits.
    @inline(__always)
    mutating func three(_ n: Int) {
        out.append(UInt8(ascii: "0") + UInt8(n / 100))
        two(n % 100)
    }

    /// Seconds to three decimals, `12.345` (`-0.001` below zero).
    mutating func seconds(_ t: Double) {
        let ms = Int((t * 1000).rounded())
        if ms < 0 { out.append(UInt8(ascii: "-")) }
        let a = abs(ms)
        int(a / 1000)
        out.append(UInt8(ascii: "."))
        three(a % 1000)
    }

    /// A JSON string with its quotes.
    static func quoted(_ s: String) -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        for ch in s.unicodeScalars {
            switch ch {
            case "\"": out += Array("\\\"".utf8)
            case "\\": out += Array("\\\\".utf8)
            case _ where ch.value < 0x20: out += Array(("\\u00" + (ch.value < 16 ? "0" : "") + String(ch.value, radix: 16)).utf8)
            default: out += Array(String(ch).utf8)
            }
        }
        out.append(UInt8(ascii: "\""))
        return out
    }
}
