// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "apg",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "apg", targets: ["apg"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", exact: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", exact: "2.1.1"),
    ],
    targets: [
        // cmark through pkg-config; Debian's libcmark-dev provides it.
        .systemLibrary(
            name: "CCMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "APGJSON"),
        .target(name: "Diagnostics", dependencies: ["APGJSON"]),
        .target(name: "GuideMarkdown", dependencies: ["CCMark", "Diagnostics"]),
        .target(name: "PlanModel", dependencies: ["Diagnostics"]),
        .target(
            name: "Vocabulary",
            dependencies: [.product(name: "Yams", package: "Yams")],
            // The data file is compiled in by scripts/embed-vocabulary (EmbeddedVocabulary.swift).
            exclude: ["Resources"]
        ),
        .target(
            name: "Frontend",
            dependencies: [
                "GuideMarkdown", "Diagnostics", "PlanModel", "Vocabulary",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "Compiler", dependencies: ["Frontend", "PlanModel", "Diagnostics", "Vocabulary", "APGJSON"]),
        .target(
            name: "Render",
            dependencies: [
                "Compiler", "PlanModel", "Diagnostics", "GuideMarkdown", "APGJSON",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "APGCommandLine",
            dependencies: [
                "Compiler", "Render", "Frontend", "Diagnostics", "PlanModel", "Vocabulary", "APGJSON",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "apg", dependencies: ["APGCommandLine"]),

        // Helpers shared by several test targets (a throw-away git repository).
        .target(name: "APGTestSupport", path: "Tests/APGTestSupport"),

        .testTarget(name: "APGJSONTests", dependencies: ["APGJSON"], exclude: ["Fixtures"]),
        .testTarget(name: "GuideMarkdownTests", dependencies: ["GuideMarkdown"], exclude: ["Fixtures"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "APGJSON"], exclude: ["Fixtures"]),
        .testTarget(name: "VocabularyTests", dependencies: ["Vocabulary"], exclude: ["Fixtures"]),
        .testTarget(name: "FrontendTests", dependencies: ["Frontend", "PlanModel", "Diagnostics"], exclude: ["Fixtures"]),
        .testTarget(
            name: "CompilerTests",
            dependencies: ["APGTestSupport", "Compiler", "Frontend", "PlanModel", "Diagnostics", "APGJSON", .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Compiler", "PlanModel", "APGJSON"], exclude: ["Fixtures"]),
        .testTarget(name: "APGCommandLineTests", dependencies: ["APGTestSupport", "APGCommandLine", "Compiler", "Diagnostics", "Frontend", "Render", "APGJSON"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
