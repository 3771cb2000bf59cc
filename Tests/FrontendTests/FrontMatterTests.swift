import Diagnostics
import Foundation
import PlanModel
import Testing
@testable import Frontend
@testable import Vocabulary

@Suite struct FrontMatterTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/frontmatter")

    let parser = GuideParser(vocabulary: .bundled, config: WorkspaceConfig())

    func parse(_ name: String) throws -> ParsedGuide {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent(name))
        return parser.parse(path: name, bytes: [UInt8](data))
    }

    func parse(text: String, config: WorkspaceConfig = WorkspaceConfig()) -> ParsedGuide {
        GuideParser(vocabulary: .bundled, config: config).parse(path: "inline.md", bytes: Array(text.utf8))
    }

    func only(_ result: ParsedGuide, _ rule: RuleDescriptor) throws -> Diagnostic {
        let matching = result.diagnostics.filter { $0.rule == rule.id }
        #expect(matching.count == 1, "diagnostics: \(result.diagnostics.map(\.message))")
        return try #require(matching.first)
    }

    @Test func invalidUTF8_pointsAtFirstBadByte() throws {
        let result = try parse("invalid-utf8.md")
        #expect(result.file == nil)
        #expect(result.source == nil)
        let diagnostic = try only(result, FrontMatterRules.invalidUTF8)
        #expect(diagnostic.location == SourceLocation(file: "invalid-utf8.md", line: 8, column: 9))
        #expect(diagnostic.message.contains("0xFC"))
    }

    @Test(arguments: [
        ([0xC0, 0x80], 0), ([0xED, 0xA0, 0x80], 0), ([0xF4, 0x90, 0x80, 0x80], 0),
        ([0x41, 0xE2, 0x82], 1), ([0xE2, 0x82, 0x41], 2), ([0x41, 0xC3, 0xA9, 0xE4, 0xBA, 0x9A], nil),
    ] as [([UInt8], Int?)])
    func utf8Validation(bytes: [UInt8], firstBad: Int?) {
        #expect(UTF8Validation.firstInvalidByte(in: bytes) == firstBad)
    }

    @Test func notAGuide_isSkippedWithFix() throws {
        let result = try parse("not-a-guide.md")
        #expect(result.file == nil)
        #expect(result.source != nil)
        let diagnostic = try only(result, FrontMatterRules.missingFrontMatter)
        #expect(diagnostic.message == "not an account planning guide: no front matter")
        #expect(diagnostic.fix?.message.contains("ignore:") == true)
    }

    @Test func frontMatterAfterBlankLines_saysWhere() {
        let result = parse(text: "\n\n---\naccount: A\n---\n")
        #expect(result.file == nil)
        #expect(result.diagnostics.first?.location?.line == 3)
    }

    @Test func unterminated_pointsAtOpeningLine() throws {
        let result = try parse("unterminated.md")
        #expect(result.file == nil)
        let diagnostic = try only(result, FrontMatterRules.unterminatedFrontMatter)
        #expect(diagnostic.location?.line == 1)
    }

    @Test func notAMapping() throws {
        let result = try parse("not-a-mapping.md")
        let diagnostic = try only(result, FrontMatterRules.notAMapping)
        #expect(diagnostic.location?.line == 2)
    }

    @Test func duplicateKey_pointsAtSecondWithNoteAtFirst() throws {
        let result = try parse("duplicate-key.md")
        let diagnostic = try only(result, FrontMatterRules.duplicateKey)
        #expect(diagnostic.location == SourceLocation(file: "duplicate-key.md", line: 5, column: 1))
        #expect(diagnostic.notes.first?.location == SourceLocation(file: "duplicate-key.md", line: 3, column: 1))
        // The rest of the front matter is still read.
        let file = try #require(result.file)
        #expect(file.frontMatter.country == "DE")
        #expect(file.frontMatter.updated?.iso == "2026-11-01")
    }

    @Test func yamlSyntaxError_atFileLine() throws {
        let result = try parse("yaml-syntax.md")
        let diagnostic = try only(result, FrontMatterRules.yamlSyntax)
        #expect(diagnostic.location?.line == 4)
        #expect(diagnostic.location?.column == 19)
        // No cascade of "missing account" after a syntax error.
        #expect(!result.diagnostics.contains { $0.rule == FrontMatterRules.missingAccount.id })
        #expect(result.file != nil)
    }

    @Test func badCountry_suggestsCode() throws {
        let result = try parse("bad-country.md")
        let diagnostic = try only(result, FrontMatterRules.invalidCountry)
        #expect(diagnostic.message.contains("did you mean 'GB'?"))
        #expect(diagnostic.fix?.replacement == "GB")
        #expect(diagnostic.location == SourceLocation(file: "bad-country.md", line: 3, column: 10))
        #expect(result.file?.frontMatter.country == nil)
    }

    @Test(arguments: [("Österreich", "AT"), ("Allemagne", "DE"), ("中国", "CN"), ("Estados Unidos", "US"), ("Germany", "DE")])
    func countryName_proposesItsCode(name: String, code: String) throws {
        let result = parse(text: "---\naccount: Kessler Group\ncountry: \(name)\n---\n")
        let diagnostic = try only(result, FrontMatterRules.invalidCountry)
        #expect(diagnostic.message.contains("did you mean '\(code)'?"))
        #expect(diagnostic.fix?.replacement == code)
    }

    @Test func badLanguage_suggestsDashedTag() throws {
        let result = try parse("bad-language.md")
        let diagnostic = try only(result, FrontMatterRules.invalidLanguage)
        #expect(diagnostic.message.contains("'de-DE'"))
    }

    @Test(arguments: ["de", "fr-CA", "zh-Hans-CN", "es-419", "de-CH-1996", "en-US-x-kessler", "sr-Latn-RS"])
    func wellFormedLanguageTags(tag: String) {
        #expect((try? LanguageTag.parse(tag).get()) != nil)
    }

    @Test(arguments: ["german", "d", "de-", "xx", "de-DEUTSCH-", "en-ZZ", "toolonglanguage"])
    func rejectedLanguageTags(tag: String) {
        #expect((try? LanguageTag.parse(tag).get()) == nil)
    }

    @Test func dottedDate_proposesISO() throws {
        let result = try parse("dotted-date.md")
        let diagnostic = try only(result, FrontMatterRules.invalidDate)
        #expect(diagnostic.fix?.replacement == "2027-02-15")
        #expect(diagnostic.location == SourceLocation(file: "dotted-date.md", line: 4, column: 10))
    }

    @Test func ambiguousDate_asksForISO() throws {
        let result = parse(text: "---\naccount: A\nupdated: 02/03/2027\n---\n")
        let diagnostic = try only(result, FrontMatterRules.invalidDate)
        #expect(diagnostic.message.contains("ambiguous"))
    }

    @Test func authors_stripAtAndRejectNames() throws {
        let result = try parse("authors.md")
        let file = try #require(result.file)
        #expect(file.frontMatter.authors.map(\.handle) == ["kbauer", "hweiss"])
        let diagnostic = try only(result, FrontMatterRules.invalidAuthor)
        #expect(diagnostic.message == "'Katrin Bauer' is not a handle")
    }

    @Test func unknownKey_warnsWithSuggestion() throws {
        let result = try parse("unknown-key.md")
        let diagnostic = try only(result, FrontMatterRules.unknownKey)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "unknown front matter key 'contry'; did you mean 'country'?")
        #expect(result.file?.frontMatter.country == nil)
    }

    @Test func missingAccount() throws {
        let result = parse(text: "---\ncountry: DE\n---\n")
        _ = try only(result, FrontMatterRules.missingAccount)
        #expect(result.file != nil)
    }

    @Test func bomAndCRLF_areTolerated() throws {
        let result = try parse("bom-crlf.md")
        let file = try #require(result.file)
        #expect(file.frontMatter.account == "Kessler Group")
        #expect(file.frontMatter.country == "CN")
        #expect(file.frontMatter.language == "zh-Hans-CN")
        #expect(file.language == "zh")
        #expect(file.frontMatter.updated?.iso == "2026-12-31")
        #expect(file.frontMatter.keyLocations["updated"] == SourceLocation(file: "bom-crlf.md", line: 6, column: 1))
        // Both country and region: a warning, the country decides.
        #expect(result.diagnostics.map(\.rule) == [FrontMatterRules.countryAndRegion.id])
    }

    @Test func multiByteText_columnsCountUTF8Bytes() throws {
        let result = try parse("multibyte.md")
        let diagnostic = try only(result, FrontMatterRules.invalidAuthor)
        // `authors: [李伟, ` is 14 characters but 18 bytes.
        #expect(diagnostic.location == SourceLocation(file: "multibyte.md", line: 3, column: 19))
        #expect(result.file?.frontMatter.authors.map(\.handle) == ["李伟"])
    }

    @Test func tooLarge_isSkipped() throws {
        let bytes = Array("---\naccount: A\n---\n".utf8) + [UInt8](repeating: 0x61, count: FrontMatterRules.maximumFileSize)
        let result = parser.parse(path: "big.md", bytes: bytes)
        #expect(result.file == nil)
        let diagnostic = try only(result, FrontMatterRules.fileTooLarge)
        #expect(diagnostic.message.contains("8 MiB"))
    }

    @Test func language_defaultsToDetectedThenEnglish() throws {
        let german = parse(text: "---\naccount: A\n---\n\n## Kundenorganisation\n\n## Maßnahmen\n")
        #expect(german.file?.language == "de")
        let plain = parse(text: "---\naccount: A\n---\n\nText.\n")
        #expect(plain.file?.language == "en")
    }

    @Test func accountMismatch_withConfig() throws {
        var config = WorkspaceConfig()
        config.account = "Kessler Group"
        let result = parse(text: "---\naccount: Voltaris\ncountry: FR\n---\n", config: config)
        let diagnostic = try only(result, FrontMatterRules.accountMismatch)
        #expect(diagnostic.location?.line == 2)
        #expect(parse(text: "---\naccount: kessler group \n---\n", config: config).diagnostics.isEmpty)
    }

    @Test func frontMatterIsBlankedKeepingLines() throws {
        let block = try FrontMatterBlock.locate(in: "---\na: 1\n---\n# T\n").get()
        #expect(block.blanking("---\na: 1\n---\n# T\n") == "\n\n\n# T\n")
        #expect(block.blanking("---\r\na: 1\r\n---\r\n# T\r\n") == "\r\n\r\n\r\n# T\r\n")
    }

    @Test func countryTable_isComplete() {
        #expect(CountryCodes.assigned.count == 249)
        #expect(LanguageTag.iso639_1.count == 183)
    }

    @Test func everyRuleHasADocumentationPage() {
        var codes = Set<String>()
        for rule in FrontMatterRules.all {
            #expect(codes.insert(rule.id.code).inserted)
            for heading in ["## What it checks", "## Why", "## Example", "## Fix"] {
                #expect(rule.documentation.contains(heading), "\(rule.id.code) lacks \(heading)")
            }
        }
        let expected: Set<String> = Set((1...19).map { (number: Int) -> String in
            number < 10 ? "APG00\(number)" : "APG0\(number)"
        } + ["APG049"])
        #expect(codes == expected)
    }
}
