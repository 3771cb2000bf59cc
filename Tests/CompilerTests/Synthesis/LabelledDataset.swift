import Diagnostics
import Foundation
import PlanModel
import Yams

/// `Fixtures/synthesis/labelled-items.yaml`: items with a reviewer's cluster label, turned
/// into an `AccountModel` without the Markdown front end.
struct LabelledDataset {
    var model: AccountModel
    /// Item id → expected cluster label.
    var labels: [String: String]

    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/synthesis")

    static func load() throws -> LabelledDataset {
        let text = try String(contentsOf: fixtures.appendingPathComponent("labelled-items.yaml"), encoding: .utf8)
        guard let root = try Yams.load(yaml: text) as? [String: Any] else { throw DatasetError.malformed("root") }
        var model = AccountModel(account: root["account"] as? String ?? "")
        var labels: [String: String] = [:]
        var files: Set<String> = []
        for (line, entry) in ((root["units"] as? [[String: Any]]) ?? []).enumerated() {
            guard let id = entry["id"] as? String else { throw DatasetError.malformed("unit") }
            var unit = OrgUnit(id: id, title: entry["title"] as? String ?? id, idSource: .explicit,
                               location: SourceLocation(file: "global.md", line: line + 1, column: 1))
            unit.parent = (entry["parent"] as? String).map { Reference(id: $0, location: unit.location) }
            model.units.append(unit)
        }
        for (line, entry) in ((root["items"] as? [[String: Any]]) ?? []).enumerated() {
            guard let id = entry["id"] as? String, let title = entry["title"] as? String,
                  let label = entry["cluster"] as? String
            else { throw DatasetError.malformed("item \(line)") }
            let country = entry["country"] as? String
            let file = country.map { "\($0.lowercased()).md" } ?? "global.md"
            files.insert(file)
            let location = SourceLocation(file: file, line: line + 1, column: 3)
            var item = Item(id: id, title: title, idSource: .code, location: location)
            item.language = entry["language"] as? String ?? "en"
            item.kind = (entry["kind"] as? String).flatMap(ItemKind.init(rawValue:))
            item.unit = (entry["unit"] as? String).map { Reference(id: $0, location: location) }
            item.themes = entry["themes"] as? [String] ?? []
            item.products = entry["products"] as? [String] ?? []
            item.priority = (entry["priority"] as? String).flatMap(Priority.init(rawValue:))
            if let value = entry["value"] as? Int {
                let currency = entry["currency"] as? String
                item.value = Quantity(value: Double(value), unit: currency, text: "\(currency ?? "") \(value)")
            }
            item.countries = country.map { [$0] } ?? []
            model.items.append(item)
            labels[id] = label
        }
        model.sources = files.sorted().map { path in
            let country = path == "global.md" ? nil : String(path.dropLast(3)).uppercased()
            return SourceFileInfo(path: path, country: country, region: nil, language: "en", updated: nil, authors: [], isGlobal: country == nil)
        }
        return LabelledDataset(model: model, labels: labels)
    }
}

enum DatasetError: Error {
    case malformed(String)
}

/// Pairwise agreement between predicted clusters and labels: a pair of items is a true
/// positive when both put them together.
struct PairwiseQuality: CustomStringConvertible {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var falsePairs: [String] = []
    var missedPairs: [String] = []

    init(predicted: [[String]], labels: [String: String]) {
        var clusterOf: [String: Int] = [:]
        for (index, members) in predicted.enumerated() {
            for member in members { clusterOf[member] = index }
        }
        let ids = labels.keys.sorted()
        for (position, a) in ids.enumerated() {
            for b in ids[(position + 1)...] {
                let together = clusterOf[a] != nil && clusterOf[a] == clusterOf[b]
                let expected = labels[a] == labels[b]
                switch (together, expected) {
                case (true, true): truePositives += 1
                case (true, false):
                    falsePositives += 1
                    falsePairs.append("\(a)+\(b)")
                case (false, true):
                    falseNegatives += 1
                    missedPairs.append("\(a)+\(b)")
                case (false, false): break
                }
            }
        }
    }

    var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
    var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }

    var description: String {
        "precision \(precision) (\(truePositives)/\(truePositives + falsePositives)), recall \(recall) (\(truePositives)/\(truePositives + falseNegatives)); wrongly merged: \(falsePairs.joined(separator: " ")); missed: \(missedPairs.joined(separator: " "))"
    }
}
