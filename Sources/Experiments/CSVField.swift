/// One CSV field as RFC 4180 writes it: text holding a comma, a quote or a line break is
/// quoted, its quotes doubled; anything else as it is. Every CSV channelsim writes (figures,
/// listings, traces) quotes names this way, so a name with a comma or a newline survives.
public enum CSVField {
    public static func quoted(_ s: String) -> String {
        s.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
