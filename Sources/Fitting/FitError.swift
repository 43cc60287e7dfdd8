/// A problem with the input of a fit (file, layout, column map, selection): reported in
/// one line, and the command exits 2 with nothing written.
public struct FitError: Error, CustomStringConvertible, Equatable, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
