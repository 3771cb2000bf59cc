import Foundation
@testable import LanguageServer
import Testing

@Suite struct WorkspaceLocatorTests {
    static func write(_ text: String, _ url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    @Test func theNearestConfigThenTheClientsFolderThenThePortfoliosAccount() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("apg-locator-\(UUID().uuidString)", isDirectory: true).standardizedFileURL
        defer { try? FileManager.default.removeItem(at: base) }
        // A portfolio of two accounts without apg.yaml, and one with it.
        try Self.write("---\naccount: Acme\ncountry: DE\n---\n", base.appendingPathComponent("accounts/acme/de/de.md"))
        try Self.write("---\naccount: Bosch\ncountry: FR\n---\n", base.appendingPathComponent("accounts/bosch/fr.md"))
        try Self.write("account: Kessler\n", base.appendingPathComponent("accounts/kessler/apg.yaml"))
        try Self.write("---\naccount: Kessler\n---\n", base.appendingPathComponent("accounts/kessler/sub/global.md"))

        var locator = WorkspaceLocator(folders: [base.appendingPathComponent("accounts").path])
        #expect(locator.root(forDocumentAt: base.appendingPathComponent("accounts/kessler/sub/global.md").path) == base.appendingPathComponent("accounts/kessler").path)
        #expect(locator.root(forDocumentAt: base.appendingPathComponent("accounts/acme/de/de.md").path) == base.appendingPathComponent("accounts/acme").path)

        var plain = WorkspaceLocator(folders: [base.appendingPathComponent("accounts/acme").path])
        #expect(plain.root(forDocumentAt: base.appendingPathComponent("accounts/acme/de/de.md").path) == base.appendingPathComponent("accounts/acme").path)

        var none = WorkspaceLocator()
        #expect(none.root(forDocumentAt: base.appendingPathComponent("accounts/bosch/fr.md").path) == base.appendingPathComponent("accounts/bosch").path)
    }
}
