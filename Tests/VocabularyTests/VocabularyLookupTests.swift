import Testing
@testable import Vocabulary

@Suite struct VocabularyLookupTests {
    let vocabulary = Vocabulary.bundled

    @Test(arguments: [
        ("Team", "team"), ("Kundenorganisation", "organization"), ("MASSNAHMEN", "actions"),
        ("Maßnahmen:", "actions"), ("organisation du client", "organization"), ("Organizacion del cliente", "organization"),
        ("課題と機会", "items"), ("备注", "notes"), ("Visão", "vision"),
    ])
    func sections(heading: String, key: String) {
        #expect(vocabulary.section(heading) == key)
    }

    @Test func attributesAndValues() {
        #expect(vocabulary.attribute("Verantwortlich") == "owner")
        #expect(vocabulary.attribute("fällig") == "due")
        #expect(vocabulary.attribute("Échéance") == "due")
        #expect(vocabulary.key("haute", in: .priority) == "high")
        #expect(vocabulary.key("In Arbeit", in: .actionStatus) == "on-track")
    }

    @Test func extension_addsWords() {
        let extended = vocabulary.extended(with: ["de": ["sections": ["items": ["Baustellen und Chancen"]]]])
        #expect(extended.section("Baustellen und Chancen") == "items")
        #expect(vocabulary.section("Baustellen und Chancen") == nil)
    }

    /// A word declared under two keys maps to the same one in every run, whatever order
    /// the dictionaries happen to iterate in.
    @Test func wordUnderTwoKeysIsDeterministic() {
        for extraKeys in 0..<24 {
            var keys: [String: [String]] = ["owner": ["Zuständig"], "unit": ["Zuständig"]]
            for index in 0..<extraKeys { keys["extra-\(index)"] = ["Extra \(index)"] }
            let extended = vocabulary.extended(with: ["de": ["attributes": keys]])
            #expect(extended.attribute("Zuständig") == "unit")
        }
    }

    @Test func detectsLanguage() {
        #expect(vocabulary.detectLanguage(headings: ["Team", "Kundenorganisation", "Ziele"]) == "de")
    }
}
