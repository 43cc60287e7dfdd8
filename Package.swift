// swift-tools-version: 6.0
// channelsim: discrete-event simulation and load testing for web customer service.
import PackageDescription

let strict: [SwiftSetting] = [.enableUpcomingFeature("ExistentialAny")]

let package = Package(
    name: "channelsim",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "channelsim", targets: ["channelsim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // C libraries, reached through small static inline shims.
        .systemLibrary(name: "CGSL", path: "Sources/CGSL"),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),

        // The engine and its maths.
        .target(name: "SimKernel", swiftSettings: strict),
        .target(name: "Variates", dependencies: ["CGSL"], swiftSettings: strict),
        .target(name: "Statistics", dependencies: ["CGSL"], swiftSettings: strict),
        .target(name: "ChannelModel", dependencies: ["SimKernel", "Variates", "Statistics"],
                swiftSettings: strict),
        .target(name: "Analytic", dependencies: ["CGSL"], swiftSettings: strict),

        // Around the engine: input, experiments, output.
        .target(name: "Scenario", dependencies: ["ChannelModel", "Variates", "Yams"],
                swiftSettings: strict),
        .target(name: "Experiments",
                dependencies: ["ChannelModel", "Statistics", "Variates", "Analytic"],
                swiftSettings: strict),
        .target(name: "ResultStore", dependencies: ["CSQLite"], swiftSettings: strict),
        .target(name: "Charts", swiftSettings: strict),
        // Contact logs in, fitted inputs out (no YAML library: the scenario is written as text).
        .target(name: "Fitting", dependencies: ["CGSL", "CZlib"], swiftSettings: strict),
        .target(name: "ChannelsimCLI",
                dependencies: ["Scenario", "Experiments", "ResultStore", "Charts", "Analytic",
                               "ChannelModel", "Statistics", "Fitting",
                               .product(name: "ArgumentParser", package: "swift-argument-parser")],
                swiftSettings: strict),
        .executableTarget(name: "channelsim", dependencies: ["ChannelsimCLI"], swiftSettings: strict),

        // Tests: one target per module, plus the statistical validation against theory.
        .testTarget(name: "KernelTests", dependencies: ["SimKernel"]),
        .testTarget(name: "VariatesTests", dependencies: ["Variates", "Statistics"]),
        .testTarget(name: "StatisticsTests", dependencies: ["Statistics"]),
        .testTarget(name: "ModelTests", dependencies: ["ChannelModel", "Variates", "Statistics"]),
        .testTarget(name: "ScenarioTests", dependencies: ["Scenario", "ChannelModel"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "AnalyticTests", dependencies: ["Analytic"]),
        .testTarget(name: "StoreTests", dependencies: ["ResultStore"]),
        .testTarget(name: "FittingTests", dependencies: ["Fitting", "Scenario", "ChannelModel", "Variates"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts"], resources: [.copy("Golden")]),
        .testTarget(name: "CLITests", dependencies: ["channelsim", "ResultStore"], exclude: ["Golden", "Scenarios", "Schemas"]),
        .testTarget(name: "ExperimentTests", dependencies: ["Experiments", "Scenario", "ChannelModel", "Statistics"]),
        .testTarget(name: "ValidationTests",
                    dependencies: ["Experiments", "ChannelModel", "Analytic", "Statistics", "Variates", "Scenario", "Fitting"]),
    ]
)
