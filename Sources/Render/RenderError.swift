/// Why a renderer could not produce its files. `apg build` reports it and exits with 2.
public enum RenderError: Error, Hashable, Sendable, CustomStringConvertible {
    case missingTemplate(String)
    case templateSyntax(String, String)
    case templateProblems([TemplateProblem])
    case templateFolderUnreadable(String, String)
    case labelsInvalid(String)
    case unknownOwner(String, suggestion: String?)
    case unknownLanguage(String, available: [String], suggestion: String?)
    case unknownTemplateFile(url: String, suggestion: String?)
    case unknownReportLanguage(String, available: [String])

    public var description: String {
        switch self {
        case .missingTemplate(let name):
            "no template named '\(name).mustache'"
        case .templateSyntax(let file, let reason):
            "template '\(file)' cannot be parsed: \(reason)"
        case .templateProblems(let problems):
            problems.map { "\($0)" }.joined(separator: "\n")
        case .templateFolderUnreadable(let path, let reason):
            "cannot read the templates in '\(path)': \(reason)"
        case .labelsInvalid(let reason):
            "labels.json is not valid: \(reason)"
        case .unknownOwner(let handle, let suggestion):
            "no team member '@\(handle)' for --owner\(suggestion.map { "; did you mean '@\($0)'?" } ?? "")"
        case .unknownTemplateFile(let path, let suggestion):
            "'\(path)' overrides no template and no template includes it"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; name the file after the template it replaces")
        case .unknownLanguage(let language, let available, let suggestion):
            "no pack labels in language '\(language)' for --lang (labels.json has \(available.joined(separator: ", ")))"
                + (suggestion.map { "; did you mean '\($0)'?" } ?? "; add its words to labels.json with --templates DIR")
        case .unknownReportLanguage(let language, let available):
            "no report words in language '\(language)' for --lang (the report is written in \(available.joined(separator: ", ")))"
        }
    }
}
