import Testing
@testable import Frontend

/// The front-matter block is found and blanked on UTF-8 bytes; this pins the result to
/// the straightforward Character-by-Character definition.
@Suite struct FrontMatterBlockTests {
    /// The definition: line breaks (`\n` or the one Character `\r\n`) kept everywhere,
    /// other Characters only after the closing line.
    static func reference(_ text: String, closingLine: Int) -> String {
        var result = ""
        var line = 1
        for character in text {
            if character == "\n" || character == "\r\n" {
                result.append(character)
                line += 1
            } else if line > closingLine {
                result.append(character)
            }
        }
        return result
    }

    @Test(arguments: [
        "---\na: 1\n---\n# T\n",
        "---\r\na: 1\r\n---\r\n# T\r\nbody\r\n",
        "---\na: \r1\r\r\n---  \nx\r\ny",
        "---\ntitle: Müller — 中文 😀\n...\n\n## Team\n- é\u{301}\n",
        "---\na: 1\n---",
    ])
    func blankingKeepsLineBreaksAndTheBody(_ text: String) throws {
        let block = try FrontMatterBlock.locate(in: text).get()
        #expect(block.blanking(text) == Self.reference(text, closingLine: block.closingLine))
    }

    @Test func locateFindsTheYAMLAndTheClosingLine() throws {
        let block = try FrontMatterBlock.locate(in: "---\r\na: 1\r\nb: 2\r\n---\r\n# T\n").get()
        #expect(block.yaml == "a: 1\nb: 2")
        #expect(block.closingLine == 4)
        #expect(Self.failure("\n  \n---\na: 1\n---\n") == .missing(openingLine: 3))
        #expect(Self.failure("# T\n---\n") == .missing(openingLine: nil))
        #expect(Self.failure("") == .missing(openingLine: nil))
        #expect(Self.failure("---\na: 1\n") == .unterminated)
    }

    static func failure(_ text: String) -> FrontMatterBlock.Failure? {
        if case .failure(let failure) = FrontMatterBlock.locate(in: text) { return failure }
        return nil
    }
}
