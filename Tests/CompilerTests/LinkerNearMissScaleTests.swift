@testable import Compiler
import Diagnostics
import Foundation
import PlanModel
import Testing

/// "Did you mean …?" must stay cheap however many names are unknown or however long they
/// are: a quadratic search took 30 s on 8,000 unknown references and 22 s on one
/// 90,000-character handle. The time limits are generous; only a quadratic search hits them.
@Suite struct LinkerNearMissScaleTests {
    @Test func tenThousandUnknownReferencesAgainstTenThousandNamesLinkQuickly() {
        let count = 10_000
        let global = Guide.global { file in
            file.members += (1...count).map { Guide.member(String(format: "member-%05d", $0), "global.md", 100 + $0) }
            file.items = (1...count).map { Guide.item(String(format: "I-%05d", $0), "global.md", 20_000 + $0) }
            file.strategies[0].addresses = (1...count).map { Guide.ref(String(format: "X-%05d", $0), "global.md", 40_000 + $0) }
            file.strategies[0].owners = (1...count).map { Guide.person(String(format: "owner-%05d", $0), "global.md", 60_000 + $0) }
        }
        let start = Date()
        let result = link([global])
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 20, "linking took \(elapsed) s")
        #expect(result.diagnostics(LinkerRules.unresolvedReference).count == count)
        #expect(result.diagnostics(LinkerRules.unknownPerson).count == count)
        // A name one edit away is found however many came before.
        let last = result.diagnostics(LinkerRules.unresolvedReference).first { $0.location == Guide.at("global.md", 40_000 + count, 3) }
        #expect(last?.fix?.replacement == "I-10000")
    }

    @Test func aNinetyThousandCharacterHandleOneLetterOffLinksQuickly() {
        let long = String(repeating: "a", count: 90_000)
        let global = Guide.global { file in
            file.members.append(Guide.member(long + "b", "global.md", 7))
            file.actions = [Guide.action("A1", "global.md", 30, strategy: "S1.1", owner: long + "c")]
        }
        let start = Date()
        let result = link([global])
        let elapsed = Date().timeIntervalSince(start)
        #expect(elapsed < 20, "linking took \(elapsed) s")
        #expect(result.diagnostics(LinkerRules.unknownPerson).count == 1)
    }
}
