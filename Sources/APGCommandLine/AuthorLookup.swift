import Foundation
import PlanModel

/// Finds the handle of the person running apg among the team, from git's configured
/// name and e-mail.
enum AuthorLookup {
    /// The `authors:` front matter line: the handle when git's user is a team member,
    /// else a commented placeholder the author fills in.
    static func authorsLine(workspace: URL, members: [Member]) -> String {
        let name = gitConfig("user.name", in: workspace)
        let email = gitConfig("user.email", in: workspace)
        if let handle = handle(name: name, email: email, members: members) {
            return "authors: [\(handle)]"
        }
        return "# authors: [yourhandle]   # your @handle from a Team section, without the @"
    }

    static func handle(name: String?, email: String?, members: [Member]) -> String? {
        let fold: (String) -> String = { $0.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).trimmingCharacters(in: .whitespaces) }
        if let email = email.map(fold), !email.isEmpty,
           let member = members.first(where: { $0.email.map(fold) == email }) {
            return member.handle
        }
        if let name = name.map(fold), !name.isEmpty,
           let member = members.first(where: { fold($0.title) == name }) {
            return member.handle
        }
        return nil
    }

    /// `git config KEY` as git sees it in the workspace; nil when git or the key is missing.
    static func gitConfig(_ key: String, in folder: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path, "config", "--get", key]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let value = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return value.isEmpty ? nil : value
    }
}
