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
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", exact: "0.9.20"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV.git", exact: "0.10.0"),
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
        // Office Open XML workbooks and CSV tables: written and read without the plan.
        .target(
            name: "Spreadsheet",
            dependencies: [
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        .target(
            name: "Render",
            dependencies: [
                "Compiler", "PlanModel", "Diagnostics", "GuideMarkdown", "APGJSON", "Spreadsheet", "Vocabulary",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        // `apg update`: status changes from a workbook or CSV back into the guides.
        .target(name: "StatusUpdate", dependencies: ["Compiler", "Render", "Spreadsheet", "PlanModel", "Vocabulary", "Diagnostics"]),
        // `apg lsp`: the language server, over the same compiler entry as the CLI.
        .target(name: "LanguageServer", dependencies: ["Compiler", "Frontend", "Diagnostics", "PlanModel", "Vocabulary", "APGJSON"]),
        .target(
            name: "APGCommandLine",
            dependencies: [
                "Compiler", "Render", "Frontend", "Diagnostics", "PlanModel", "Vocabulary", "APGJSON", "StatusUpdate", "LanguageServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "apg", dependencies: ["APGCommandLine"]),
        // What the fuzz targets run, as a library so that the test suite runs every saved
        // crashing input through the same code (FuzzHarnessTests).
        .target(
            name: "FuzzHarness",
            dependencies: ["APGCommandLine", "Compiler", "Frontend", "Render", "StatusUpdate", "Spreadsheet", "PlanModel", "APGJSON", "Diagnostics", "LanguageServer"]
        ),

        // Helpers shared by several test targets (a throw-away git repository).
        .target(name: "APGTestSupport", path: "Tests/APGTestSupport"),

        .testTarget(name: "APGJSONTests", dependencies: ["APGJSON"], exclude: ["Fixtures"]),
        .testTarget(name: "GuideMarkdownTests", dependencies: ["GuideMarkdown"], exclude: ["Fixtures"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel"]),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "APGJSON"], exclude: ["Fixtures"]),
        .testTarget(name: "VocabularyTests", dependencies: ["Vocabulary", .product(name: "Yams", package: "Yams")], exclude: ["Fixtures"]),
        .testTarget(name: "FrontendTests", dependencies: ["Frontend", "PlanModel", "Diagnostics"], exclude: ["Fixtures"]),
        .testTarget(
            name: "CompilerTests",
            dependencies: ["APGTestSupport", "Compiler", "Frontend", "PlanModel", "Diagnostics", "APGJSON", .product(name: "Yams", package: "Yams")],
            exclude: ["Fixtures"]
        ),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Compiler", "PlanModel", "APGJSON", "Spreadsheet"], exclude: ["Fixtures"]),
        .testTarget(name: "APGCommandLineTests", dependencies: ["APGTestSupport", "APGCommandLine", "Compiler", "Diagnostics", "Frontend", "Render", "APGJSON", "Spreadsheet", "StatusUpdate"], exclude: ["Fixtures"]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(
            name: "StatusUpdateTests",
            dependencies: ["APGTestSupport", "StatusUpdate", "Spreadsheet", "Render", "Compiler", "Frontend", "PlanModel", "APGCommandLine"],
            exclude: ["Fixtures", "openpyxl_roundtrip.py"]
        ),
        .testTarget(name: "LanguageServerTests", dependencies: ["LanguageServer", "APGJSON", "PlanModel", "Diagnostics", "Compiler"], exclude: ["Fixtures"]),
        .testTarget(name: "FuzzHarnessTests", dependencies: ["FuzzHarness", "APGJSON"], exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets (scripts/fuzz): executables without `main`, so they exist only when
// APG_FUZZ is set, and are built with `--sanitize=fuzzer` in their own scratch path.
// Another target is one line here plus one file under Fuzz/ (see docs/robustness.md).
if Context.environment["APG_FUZZ"] != nil {
    for name in ["fuzz-workspace", "fuzz-format", "fuzz-spreadsheet", "fuzz-lsp-reader"] {
        package.products.append(.executable(name: name, targets: [name]))
        package.targets.append(.executableTarget(name: name, dependencies: ["FuzzHarness"], path: "Fuzz/\(name)"))
    }
}
