import APGJSON

/// apg's own machine-readable format, versioned so that consumers can detect changes:
///
/// `{"version": 2, "tool": "apg", "toolVersion", "summary": {"errors", "warnings", "notes"},
///   "diagnostics": [{"rule", "name", "severity", "message", "file", "line", "column",
///   "notes": [{"message", "file", "line", "column"}], "fix": {"message", "replacement"} | null}]}`
///
/// Paths are relative to the current folder, as in the human and short formats (version 1
/// had them relative to the workspace), lines 1-based, columns 1-based in Unicode code
/// points; `file`, `line` and `column` are null for findings without a location.
public struct JSONDiagnosticFormatter: DiagnosticFormatter {
    /// Bumped on any incompatible change to the shape above.
    public static let formatVersion = 2

    public init() {}

    public func format(_ report: DiagnosticReport) -> String {
        JSONWriter.serialize(document(report))
    }

    public func document(_ report: DiagnosticReport) -> JSONValue {
        let counts = report.counts
        return [
            "version": .int(Self.formatVersion),
            "tool": "apg",
            "toolVersion": .string(report.toolVersion),
            "summary": ["errors": .int(counts.errors), "warnings": .int(counts.warnings), "notes": .int(counts.notes)],
            "diagnostics": .array(report.diagnostics.map { diagnostic($0, in: report) }),
        ]
    }

    private func diagnostic(_ diagnostic: Diagnostic, in report: DiagnosticReport) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [
            (key: "rule", value: .string(diagnostic.rule.code)),
            (key: "name", value: .string(diagnostic.rule.name)),
            (key: "severity", value: .string(diagnostic.severity.rawValue)),
            (key: "message", value: .string(diagnostic.message)),
        ]
        members += position(diagnostic.location, in: report)
        let notes: [JSONValue] = diagnostic.notes.map { note in
            .object([(key: "message", value: .string(note.message))] + position(note.location, in: report))
        }
        members.append((key: "notes", value: .array(notes)))
        let fix: JSONValue = diagnostic.fix.map { ["message": .string($0.message), "replacement": .optional($0.replacement)] } ?? .null
        members.append((key: "fix", value: fix))
        return .object(members)
    }

    private func position(_ location: SourceLocation?, in report: DiagnosticReport) -> [(key: String, value: JSONValue)] {
        guard let location else {
            return [(key: "file", value: .null), (key: "line", value: .null), (key: "column", value: .null)]
        }
        return [
            (key: "file", value: .string(report.paths.fromCurrentFolder(location.file))),
            (key: "line", value: .int(location.line)),
            (key: "column", value: .int(report.characterColumn(of: location))),
        ]
    }
}
