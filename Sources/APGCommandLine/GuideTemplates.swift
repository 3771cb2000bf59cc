import Foundation

/// The guide templates of `templates/guide/` (embedded), and how `init` and `new-guide`
/// fill them in.
enum GuideTemplates {
    /// The languages with a guide template: every Appendix A language.
    static let languages: [String] = EmbeddedGuideTemplates.files
        .compactMap { file in
            guard file.name.hasPrefix("guide."), file.name.hasSuffix(".md") else { return nil }
            return String(file.name.dropFirst("guide.".count).dropLast(".md".count))
        }
        .sorted()

    static func text(named name: String) -> String? {
        EmbeddedGuideTemplates.files.first { $0.name == name }?.text
    }

    static func guide(language: String) -> String? { text(named: "guide.\(language).md") }

    /// The global file's template in a language, English when there is none.
    static func global(language: String) -> (text: String, language: String) {
        if let text = text(named: "global.\(language).md") { return (text, language) }
        return (text(named: "global.en.md") ?? "", "en")
    }

    /// Replaces every `{{name}}` with its value; names without a value stay as written,
    /// so a template typo is visible in the guide rather than silently dropped.
    static func fill(_ template: String, with values: [String: String]) -> String {
        var result = ""
        result.reserveCapacity(template.utf8.count)
        var rest = template[...]
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                rest = rest[open.lowerBound...]
                break
            }
            let name = String(rest[open.upperBound..<close.lowerBound])
            result += values[name] ?? "{{\(name)}}"
            rest = rest[close.upperBound...]
        }
        result += rest
        return result
    }

    /// The main language of a country where a template exists for it; nil otherwise.
    static func mainLanguage(ofCountry code: String) -> String? {
        countryLanguages[code.uppercased()]
    }

    private static let countryLanguages: [String: String] = {
        var table: [String: String] = [:]
        let lists: [(String, String)] = [
            ("de", "DE AT CH LI"),
            ("fr", "FR MC"),
            ("es", "ES MX AR CO CL PE VE EC GT CU BO DO HN PY SV NI CR PA UY"),
            ("it", "IT SM VA"),
            ("pt", "PT BR AO MZ"),
            ("ja", "JP"),
            ("zh", "CN TW HK MO"),
            ("en", "US GB IE AU NZ CA"),
        ]
        for (language, codes) in lists {
            for code in codes.split(separator: " ") { table[String(code)] = language }
        }
        return table
    }()

    /// A YAML scalar for a free-text value such as an account name: plain when that
    /// reads back the same, double-quoted otherwise.
    static func yamlScalar(_ text: String) -> String {
        let special = CharacterSet(charactersIn: ":#{}[],&*!|>'\"%@`\\")
        let needsQuotes = text.isEmpty || text.unicodeScalars.contains { special.contains($0) }
            || text.first?.isWhitespace == true || text.last?.isWhitespace == true
            || ["-", "?"].contains(text.first.map(String.init) ?? "")
            || ["true", "false", "yes", "no", "null", "on", "off", "~"].contains(text.lowercased())
        guard needsQuotes else { return text }
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "\"\(escaped)\""
    }
}

extension FileManager {
    /// Writes a new file, failing when one exists already: `init` and `new-guide` never
    /// overwrite an author's work.
    func createNewFile(at url: URL, text: String) throws {
        do {
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            if fileExists(atPath: url.path) { throw CommandFailure("'\(url.path)' exists already; apg does not overwrite it") }
            throw CommandFailure("cannot write '\(url.path)': \(error.localizedDescription)")
        }
    }
}
