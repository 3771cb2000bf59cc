import Compiler
import Diagnostics
import PlanModel

/// What an action looked like when a workbook was exported, as a short fingerprint: the
/// hidden sheet keeps one per row, and an import compares it with the guides to tell
/// whether the row changed in the meantime. Only what an owner sees and edits counts
/// (status, box, due, actual, done, the latest dated line), so that an edit elsewhere in
/// the file, or a comment left out of a customer edition, does not block an update.
public enum ActionRowChecksum {
    public static func checksum(of action: ActionItem) -> String {
        var fields = [
            action.key,
            action.effectiveStatus.rawValue,
            action.checked ? "x" : " ",
            action.due?.iso ?? "",
            action.actual.map { "\($0.value) \($0.unit ?? "")" } ?? "",
            action.done?.iso ?? "",
        ]
        if let latest = action.history.max(by: { $0.date < $1.date }) {
            fields.append("\(latest.date.iso) \(latest.status?.rawValue ?? "")")
        }
        fields.append(String(action.history.count))
        return hex(fnv1a(fields.joined(separator: "\u{1F}")))
    }

    /// The plan's revision: a fingerprint of every guide's text, in path order.
    public static func revision(of sources: [String: SourceText]) -> String {
        var text = ""
        for path in sources.keys.sorted() {
            text += path + "\u{1E}" + (sources[path]?.text ?? "") + "\u{1D}"
        }
        return hex(fnv1a(text))
    }

    /// FNV-1a, 64 bits: stable across runs and platforms, unlike `Hasher`.
    static func fnv1a(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
