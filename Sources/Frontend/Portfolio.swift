import Foundation

/// A folder of account workspaces, one per subfolder (`accounts/acme/`, `accounts/bosch/`),
/// which `check`, `build` and `report` treat as that many separate workspaces.
///
/// A folder is a portfolio when it has no `apg.yaml` and no guide of its own and at
/// least two subfolders each hold an account: an `apg.yaml`, or guides of one account.
/// Subfolders without an `apg.yaml` whose guides name the same account are one
/// workspace split into folders (`kessler/de/`, `kessler/fr/`), not a portfolio.
public struct Portfolio: Sendable {
    /// One account workspace of the portfolio.
    public struct Account: Sendable, Hashable {
        /// The subfolder's name, which is also the account's output folder name.
        public var folder: String
        public var root: URL
        /// Bytes of its `apg.yaml` and guides: what `--shard` balances.
        public var size: Int

        public init(folder: String, root: URL, size: Int) {
            self.folder = folder
            self.root = root
            self.size = size
        }
    }

    /// Absolute root folder.
    public var root: URL
    /// Accounts sorted byte-wise by folder name.
    public var accounts: [Account]

    public init(root: URL, accounts: [Account]) {
        self.root = root
        self.accounts = accounts
    }

    /// The portfolio at `root`, or nil when `root` is one account workspace (or not a
    /// readable folder: loading it as a workspace says why). `outputFolder` and folders
    /// apg wrote output to are not accounts.
    public static func detect(at root: URL, outputFolder: URL? = nil) -> Portfolio? {
        let fileManager = FileManager.default
        let rootURL = root.standardizedFileURL
        guard !fileManager.fileExists(atPath: rootURL.appendingPathComponent(Workspace.configFileName).path),
              let names = try? fileManager.contentsOfDirectory(atPath: rootURL.path)
        else { return nil }
        let output = outputFolder.map { $0.standardizedFileURL.resolvingSymlinksInPath().path }

        // A guide of its own makes the folder one workspace, whatever its subfolders hold:
        // decided before any subfolder is walked.
        for name in names where Self.isGuideName(name) {
            var isFolder: ObjCBool = false
            if fileManager.fileExists(atPath: rootURL.appendingPathComponent(name).path, isDirectory: &isFolder), !isFolder.boolValue {
                return nil
            }
        }

        var candidates: [(account: Account, hasConfig: Bool, accountNames: Set<String>)] = []
        for name in names.sorted(by: Self.bytewise) where !name.hasPrefix(".") {
            let url = rootURL.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard fileManager.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else { continue }
            if let output, url.resolvingSymlinksInPath().path == output { continue }
            if fileManager.fileExists(atPath: url.appendingPathComponent(Workspace.outputMarkerName).path) { continue }

            var walker = WorkspaceWalker(root: url, outputFolder: output, ignore: IgnoreList([]))
            walker.walk()
            let configURL = url.appendingPathComponent(Workspace.configFileName)
            let hasConfig = fileManager.fileExists(atPath: configURL.path)
            guard hasConfig || !walker.paths.isEmpty else { continue }
            var size = hasConfig ? Self.fileSize(configURL) : 0
            var accountNames: Set<String> = []
            for path in walker.paths {
                let guide = url.appendingPathComponent(path)
                size += Self.fileSize(guide)
                // A folder with apg.yaml is an account whatever its guides say.
                if !hasConfig, let name = Self.accountName(ofGuideAt: guide) { accountNames.insert(name) }
            }
            candidates.append((Account(folder: name, root: url, size: size), hasConfig, accountNames))
        }
        guard candidates.count >= 2 else { return nil }

        // The same account named in two folders without apg.yaml: one workspace whose
        // guides are sorted into folders.
        var seen: Set<String> = []
        for candidate in candidates where !candidate.hasConfig {
            guard seen.isDisjoint(with: candidate.accountNames) else { return nil }
            seen.formUnion(candidate.accountNames)
        }
        return Portfolio(root: rootURL, accounts: candidates.map(\.account))
    }

    /// A name the workspace reader would read as a guide.
    static func isGuideName(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasSuffix(".md") && lowered != "readme.md" && !name.hasPrefix(".")
    }

    /// Byte-wise order of UTF-8 names, the order the workspace reader sorts paths in.
    public static func bytewise(_ a: String, _ b: String) -> Bool {
        Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8))
    }

    private static func fileSize(_ url: URL) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// The `account:` of a guide's front matter, folded as the linker compares names
    /// (case and surrounding spaces ignored). A line scan, not YAML: detection only needs
    /// to tell accounts apart, and the compiler reads the front matter properly later.
    static func accountName(ofGuideAt url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        return accountName(inFrontMatterOf: [UInt8](data))
    }

    static func accountName(inFrontMatterOf bytes: [UInt8]) -> String? {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var lines = body.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).makeIterator()
        func text(_ line: ArraySlice<UInt8>) -> String {
            String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line, as: UTF8.self)
        }
        guard let first = lines.next(), text(first).trimmingCharacters(in: .whitespaces) == "---" else { return nil }
        while let line = lines.next() {
            let content = text(line)
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            if trimmed == "---" || trimmed == "..." { return nil }
            guard content.hasPrefix("account:") else { continue }
            var value = String(content.dropFirst("account:".count)).trimmingCharacters(in: .whitespaces)
            if let quote = value.first, quote == "\"" || quote == "'" {
                value = String(value.dropFirst().prefix { $0 != quote })
            } else if let comment = value.range(of: " #") {
                value = String(value[..<comment.lowerBound])
            }
            value = value.trimmingCharacters(in: .whitespaces).lowercased()
            return value.isEmpty ? nil : value
        }
        return nil
    }
}
