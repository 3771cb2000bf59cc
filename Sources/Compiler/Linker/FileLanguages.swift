import Diagnostics
import PlanModel
import Vocabulary

/// Each guide's language, so that a fix names keys, sections and values in the words of
/// the file it points into (`Verantwortlich:` in a German guide), and help examples use
/// the workspace's own people rather than invented ones.
struct FileLanguages: Sendable {
    private var languageOfFile: [String: String] = [:]
    private let vocabulary: Vocabulary
    /// The first team member defined in each file, and in the workspace, for examples.
    private var firstHandleOfFile: [String: String] = [:]
    private let firstHandle: String?

    init(files: [GuideFile], vocabulary: Vocabulary = .bundled, members: [Member] = []) {
        for file in files { languageOfFile[file.path] = file.language }
        self.vocabulary = vocabulary
        for member in members where firstHandleOfFile[member.location.file] == nil {
            firstHandleOfFile[member.location.file] = member.id
        }
        self.firstHandle = members.first?.id
    }

    /// The words of the file a location is in; English for locations outside any guide.
    func words(at location: SourceLocation?) -> LocalizedWords {
        LocalizedWords(vocabulary, language: location.flatMap { languageOfFile[$0.file] } ?? "en")
    }

    /// A handle for an example in help about `location`: a member listed in the same
    /// file (the author's own team), else the workspace's first member, else a
    /// placeholder — never an invented person.
    func exampleOwner(at location: SourceLocation?) -> String {
        let handle = location.flatMap { firstHandleOfFile[$0.file] } ?? firstHandle
        return handle.map { "@" + $0 } ?? "@<handle>"
    }
}
