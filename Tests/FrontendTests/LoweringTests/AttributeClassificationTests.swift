@testable import Frontend
import PlanModel
import Testing
import Vocabulary

@Suite struct AttributeClassificationTests {
    @Test(arguments: [
        "Owner: @jweber", "Verantwortlich: @jweber", "Responsable : @jweber", "负责人：@jweber",
        "**Owner:** @jweber", "OWNER: @jweber",
    ])
    func ownerInAnyLanguageAndSeparator(line: String) {
        let lowered = lowerText("""
        ## Actions
        - [ ] A1: Action
          - \(line)
        """)
        #expect(lowered.file.actions.first?.owners.map(\.handle) == ["jweber"])
        #expect(lowered.diagnostics.isEmpty)
    }

    @Test func paragraphLinesAfterTheTitleAreAttributes() {
        let lowered = lowerText("""
        ## Actions
        - [ ] A1: Action
          Owner: @jweber
          Fälligkeit gibt es nicht: 2027-01-01
          Due: 2027-02-15
        """)
        let action = lowered.file.actions.first
        #expect(action?.owners.map(\.handle) == ["jweber"])
        #expect(action?.due?.iso == "2027-02-15")
        #expect(action?.customFields.map(\.key) == ["Fälligkeit gibt es nicht"])
        #expect(lowered.diagnostics(LoweringRules.customField).first?.location?.line == 4)
    }

    @Test func codeIsNeverAKeyAndDateKeyIsHistory() {
        let lowered = lowerText("""
        ## Goals
        ### G1: Goal
        #### S1: Strategy
        - Status: selected
        - T1.1.1: Owner of the tactic is a title here
          - 2027-01-10: on track
        """)
        #expect(lowered.file.tactics.map(\.id) == ["T1.1.1"])
        #expect(lowered.file.tactics.first?.history.first?.status == .onTrack)
        #expect(lowered.file.strategies.first?.status == .selected)
    }

    @Test func customFieldSuggestsTheNearestKey() {
        let lowered = lowerText("""
        ## Actions
        - [ ] A1: Action
          - Ownr: @jweber
        """)
        let note = lowered.diagnostics(LoweringRules.customField).first
        #expect(note?.severity == .note)
        #expect(note?.message.contains("did you mean 'Owner'?") == true)
        #expect(note?.fix?.replacement == "Owner")
        #expect(note?.location?.column == 5)
    }

    @Test func vocabularyExtensionsAreHonoured() {
        let vocabulary = Vocabulary.bundled.extended(with: ["de": ["attributes": ["owner": ["Zuständig"]], "sections": ["items": ["Themen und Chancen"]]]])
        let lowered = lowerText("""
        ## Themen und Chancen
        - I-1: Thema
          - Typ: Chance
        ## Maßnahmen
        - [ ] A1: Aktion
          - Zuständig: @jweber
        """, vocabulary: vocabulary)
        #expect(lowered.file.items.first?.kind == .opportunity)
        #expect(lowered.file.actions.first?.owners.map(\.handle) == ["jweber"])
        #expect(lowered.diagnostics.isEmpty)
    }

    @Test func emptyValueWarns() {
        let lowered = lowerText("""
        ## Actions
        - [ ] A1: Action
          - Due:
        """)
        #expect(lowered.diagnostics(LoweringRules.emptyAttribute).count == 1)
        #expect(lowered.file.actions.first?.due == nil)
    }

    @Test func historyLineOnANonPlanEntityIsACustomField() {
        let lowered = lowerText("""
        ## Team
        - Anna (@anna)
          - 2027-01-10: joined
        """)
        #expect(lowered.file.members.first?.customFields.first?.key == "2027-01-10")
    }

    @Test func messagesUseTheRightArticle() {
        let lowered = lowerText("""
        ## Actions
        - [ ] A1: Action
          - Priority: high
          - speaks French
        """)
        #expect(lowered.diagnostics(LoweringRules.misplacedAttribute).first?.message == "'Priority' is not an attribute of an action, kept as a custom field")
        #expect(lowered.diagnostics(LoweringRules.unexpectedEntity).first?.message.contains("nor an entity an action can contain") == true)
    }
}
