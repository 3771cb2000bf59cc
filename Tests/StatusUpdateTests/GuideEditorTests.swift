import Diagnostics
import Foundation
import PlanModel
import Render
import StatusUpdate
import Testing

@Suite struct GuideEditorTests {
    static func action(title line: Int, attributes: [String: Int], checked: Bool = false) -> ActionItem {
        var action = ActionItem(id: "A1", title: "Run", idSource: .code, location: SourceLocation(file: "g.md", line: line, column: 1))
        action.checked = checked
        for (key, line) in attributes { action.attributeLocations[key] = SourceLocation(file: "g.md", line: line, column: 3) }
        return action
    }

    @Test func windowsLineEndingsAndUntouchedBytesStay() {
        let text = "# G\r\n\r\n- [x] A1: Run\r\n  * Owner: @a\r\n  * Status : done\r\n- [ ] A2: Other\r\n"
        var editor = GuideEditor(text: text, language: "fr")
        let change = StatusChange(actionID: "A1", location: SourceLocation(file: "g.md", line: 3, column: 1), status: .blocked, due: PlanDate(year: 2027, month: 6, day: 1), actual: nil, comment: "attente", row: 2)
        editor.apply(change, to: Self.action(title: 3, attributes: ["owner": 4, "status": 5], checked: true), asOf: PlanDate(year: 2027, month: 3, day: 10)!)
        #expect(editor.text == "# G\r\n\r\n- [ ] A1: Run\r\n  * Owner: @a\r\n  * Status : bloquée\r\n  * Échéance: 2027-06-01\r\n  * 2027-03-10: bloquée — attente\r\n- [ ] A2: Other\r\n")
    }

    @Test func anActionWithoutAttributesAtTheEndOfAFileWithoutFinalNewline() {
        var editor = GuideEditor(text: "## Actions\n  - [ ] A1: Run", language: "en")
        let change = StatusChange(actionID: "A1", location: SourceLocation(file: "g.md", line: 2, column: 3), status: .done, due: nil, actual: nil, comment: nil, row: 2)
        editor.apply(change, to: Self.action(title: 2, attributes: [:]), asOf: PlanDate(year: 2027, month: 3, day: 10)!)
        #expect(editor.text == "## Actions\n  - [x] A1: Run\n    - Done: 2027-03-10\n    - 2027-03-10: done")
    }

    @Test func writingKeepsThePermissionsAndLeavesNoTemporaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-editor-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("de.md")
        try Data("old\n".utf8).write(to: file)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: file.path)
        try GuideEditor.write("new\n", to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "new\n")
        #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? NSNumber)?.intValue == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["de.md"])
    }

    @Test func unifiedDiffShowsOnlyTheTouchedLinesWithContext() {
        let old = (1...12).map { "line \($0)\n" }.joined()
        let new = old.replacingOccurrences(of: "line 6\n", with: "line six\n").replacingOccurrences(of: "line 11\n", with: "line 11\nadded\n")
        #expect(UnifiedDiff.diff(old: old, new: new, path: "de.md") == """
        --- a/de.md
        +++ b/de.md
        @@ -3,10 +3,11 @@
         line 3
         line 4
         line 5
        -line 6
        +line six
         line 7
         line 8
         line 9
         line 10
         line 11
        +added
         line 12

        """)
        #expect(UnifiedDiff.diff(old: old, new: old, path: "de.md").isEmpty)
    }
}
