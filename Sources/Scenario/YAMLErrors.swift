import Yams

/// Turns Yams' errors into one-line `ScenarioError`s at the real position: Yams reports
/// a control character by offset with a multi-line snippet, a tab in the indentation as
/// "a character that cannot start any token", and a repeated key at its first occurrence.
enum YAMLErrors {
    static func error(_ e: YamlError, text: String, file: String) -> ScenarioError {
        func located(_ line: Int, _ column: Int, _ problem: String, _ expected: String = "expected a YAML map") -> ScenarioError {
            ScenarioError(file: file, line: line, column: column, field: "(yaml)", problem: problem, expected: expected)
        }
        switch e {
        case .reader(let problem, let offset, let value, _):
            let (line, column) = offset.map { position(ofCharacter: $0, in: text) } ?? (1, 1)
            let code = "U+" + String(UInt32(bitPattern: value), radix: 16, uppercase: true).leftPadded(to: 4)
            if problem.contains("control characters") {
                return located(line, column, "control character \(code) is not allowed", "expected printable text")
            }
            return located(line, column, "not valid YAML: \(problem) (\(code))", "expected UTF-8 text")
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            if let tab = indentationTab(line: mark.line, column: mark.column, in: text) {
                return located(mark.line, tab, "a tab character is used for indentation", "expected spaces")
            }
            return located(mark.line, mark.column, "not valid YAML: \(problem)")
        case .duplicatedKeysInMapping(let keys, let context):
            let names = keys.map { "'\($0)'" }.joined(separator: ", ")
            let expected = "expected each key once in a map"
            // Yams marks the first occurrence of the first key; the mistake is the repeat.
            // Strategy names are keys, so this catches their repeats too.
            if keys.count == 1, let line = repeatLine(of: keys[0], firstAt: context.mark, in: text) {
                return located(line, context.mark.column, "repeated key \(names), first given on line \(context.mark.line)", expected)
            }
            return located(context.mark.line, context.mark.column, "repeated key\(keys.count == 1 ? "" : "s") \(names)", expected)
        default:
            return located(1, 1, "not valid YAML: \(e)")
        }
    }

    /// The 1-based line and column of the character `offset` characters into `text`.
    static func position(ofCharacter offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for ch in text.prefix(offset) {
            if ch == "\n" || ch == "\r\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// The column of a tab in the indentation of `line`, when the problem at `column` lies
    /// in or just after it: that tab is the mistake, whatever the scanner called it.
    static func indentationTab(line: Int, column: Int, in text: String) -> Int? {
        guard let content = lines(of: text).dropFirst(line - 1).first else { return nil }
        let indentation = content.prefix { $0 == " " || $0 == "\t" }
        guard column <= indentation.count + 1, let i = indentation.firstIndex(of: "\t") else { return nil }
        return indentation.distance(from: indentation.startIndex, to: i) + 1
    }

    /// The line of the second `key:` of the block map whose first key is at `first`: the
    /// next line indented to the same column that starts with the key, before any line
    /// indented less. Nil for a flow map (`{ a: 1, a: 2 }`) or anything unusual.
    static func repeatLine(of key: String, firstAt first: Mark, in text: String) -> Int? {
        let all = lines(of: text)
        let indent = first.column - 1
        let forms = [key, "'\(key)'", "\"\(key)\""]
        func startsWithKey(_ s: Substring) -> Bool {
            forms.contains { form in
                guard s.hasPrefix(form) else { return false }
                return s.dropFirst(form.count).drop { $0 == " " }.first == ":"
            }
        }
        guard first.line - 1 < all.count, startsWithKey(all[first.line - 1].dropFirst(indent)) else { return nil }
        for n in first.line..<all.count {
            let content = all[n]
            let body = content.drop { $0 == " " }
            if body.isEmpty || body.hasPrefix("#") { continue }
            let depth = content.count - body.count
            if depth < indent { return nil }
            if depth == indent && startsWithKey(body) { return n + 1 }
        }
        return nil
    }

    private static func lines(of text: String) -> [Substring] {
        // "\r\n" is one Character, so a CRLF file splits on it too.
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
