import APGJSON

/// SARIF 2.1.0 for code-scanning services.
///
/// Every descriptor in `report.rules` becomes a `reportingDescriptor`; rules that
/// diagnostics use but the report does not describe get a minimal descriptor so that
/// every result has a `ruleIndex`. Locations are relative to the `%SRCROOT%` base — the
/// root of the git repository holding the workspace, else the current folder — which is
/// what code-scanning services resolve; columns count code points. SARIF fixes need the exact region to delete, which diagnostics
/// do not carry, so a fix is written into the message instead.
public struct SARIFFormatter: DiagnosticFormatter {
    /// The `$id` of the OASIS schema (errata 01), which code-scanning services accept.
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    static let sourceRootBase = "%SRCROOT%"

    public init() {}

    public func format(_ report: DiagnosticReport) -> String {
        JSONWriter.serialize(document(report))
    }

    public func document(_ report: DiagnosticReport) -> JSONValue {
        let descriptors = Self.descriptors(for: report)
        var ruleIndex: [String: Int] = [:]
        for (index, descriptor) in descriptors.enumerated() { ruleIndex[descriptor.code] = index }

        let driver: JSONValue = [
            "name": "apg",
            "version": .string(report.toolVersion),
            "rules": .array(descriptors.map(\.json)),
        ]
        let run: JSONValue = [
            "tool": ["driver": driver],
            "originalUriBaseIds": [
                Self.sourceRootBase: ["description": ["text": .string(report.paths.isInRepository
                        ? "The root of the git repository that holds the account workspace."
                        : "The folder apg was run from.")]],
            ],
            "columnKind": "unicodeCodePoints",
            "results": .array(report.diagnostics.map { result($0, ruleIndex: ruleIndex[$0.rule.code], in: report) }),
        ]
        return [
            "$schema": .string(Self.schemaURI),
            "version": "2.1.0",
            "runs": [run],
        ]
    }

    private func result(_ diagnostic: Diagnostic, ruleIndex: Int?, in report: DiagnosticReport) -> JSONValue {
        var members: [(key: String, value: JSONValue)] = [(key: "ruleId", value: .string(diagnostic.rule.code))]
        if let ruleIndex { members.append((key: "ruleIndex", value: .int(ruleIndex))) }
        members.append((key: "level", value: .string(Self.level(diagnostic.severity))))

        var text = diagnostic.message
        // Notes without a place cannot be related locations; keep them in the message.
        for note in diagnostic.notes where note.location == nil {
            text += "\nnote: " + note.message
        }
        if let fix = diagnostic.fix {
            text += "\nhelp: " + fix.displayText
        }
        members.append((key: "message", value: ["text": .string(text)]))

        if let location = diagnostic.location {
            members.append((key: "locations", value: [["physicalLocation": physicalLocation(location, in: report)]]))
        }
        var relatedLocations: [JSONValue] = []
        for note in diagnostic.notes {
            guard let location = note.location else { continue }
            relatedLocations.append([
                "id": .int(relatedLocations.count),
                "physicalLocation": physicalLocation(location, in: report),
                "message": ["text": .string(note.message)],
            ])
        }
        if !relatedLocations.isEmpty {
            members.append((key: "relatedLocations", value: .array(relatedLocations)))
        }
        return .object(members)
    }

    private func physicalLocation(_ location: SourceLocation, in report: DiagnosticReport) -> JSONValue {
        [
            "artifactLocation": ["uri": .string(Self.uriReference(forPath: report.paths.forContinuousIntegration(location.file))), "uriBaseId": .string(Self.sourceRootBase)],
            "region": ["startLine": .int(max(1, location.line)), "startColumn": .int(report.characterColumn(of: location))],
        ]
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }

    /// A relative path as a URI reference: every byte outside the unreserved set and
    /// `/` is percent-encoded, so spaces, `%`, `#`, `?` and a `:` that would read as a
    /// scheme survive. Windows separators become `/`.
    static func uriReference(forPath path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "\\"):
                result += "/"
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// The descriptors to list: the report's, first occurrence per code, then minimal
    /// ones for undescribed rules in code order.
    static func descriptors(for report: DiagnosticReport) -> [SARIFRule] {
        var seen = Set<String>()
        var rules: [SARIFRule] = []
        for descriptor in report.rules where seen.insert(descriptor.id.code).inserted {
            rules.append(SARIFRule(descriptor))
        }
        let undescribed = Set(report.diagnostics.map(\.rule).filter { !seen.contains($0.code) })
        var extra: [String: RuleID] = [:]
        for rule in undescribed where extra[rule.code] == nil || rule.name < (extra[rule.code]?.name ?? "") {
            extra[rule.code] = rule
        }
        for code in extra.keys.sorted() {
            if let rule = extra[code] { rules.append(SARIFRule(rule)) }
        }
        return rules
    }
}

/// A `reportingDescriptor`.
struct SARIFRule {
    let code: String
    let json: JSONValue

    init(_ descriptor: RuleDescriptor) {
        code = descriptor.id.code
        var members: [(key: String, value: JSONValue)] = [
            (key: "id", value: .string(descriptor.id.code)),
            (key: "name", value: .string(descriptor.id.name)),
        ]
        if !descriptor.summary.isEmpty {
            members.append((key: "shortDescription", value: ["text": .string(descriptor.summary)]))
        }
        if !descriptor.documentation.isEmpty {
            members.append((key: "fullDescription", value: ["text": .string(descriptor.documentation)]))
            members.append((key: "help", value: ["text": .string(descriptor.documentation), "markdown": .string(descriptor.documentation)]))
        }
        members.append((key: "defaultConfiguration", value: ["level": .string(SARIFFormatter.level(descriptor.defaultSeverity))]))
        json = .object(members)
    }

    init(_ rule: RuleID) {
        code = rule.code
        json = ["id": .string(rule.code), "name": .string(rule.name)]
    }
}
