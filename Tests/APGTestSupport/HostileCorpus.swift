import Foundation

/// Workspaces no author writes on purpose, generated at test time (the big ones would not
/// belong in git): every command that reads input runs over each, and must end — with an
/// exit status and diagnostics, never a crash or a hang. Shared so that a new command
/// (`lsp`) runs over the same cases.
public struct HostileCase: Sendable, CustomStringConvertible {
    public var name: String
    /// Commands this case is run through; nil for all. The big cases run through one, to
    /// keep the suite within CI's time on two cores.
    public var onlyCommands: Set<String>?
    /// What `apg check` must say about it (diagnostic codes, words).
    public var checkMentions: [String]
    public var make: @Sendable (URL) throws -> Void

    public init(_ name: String, only: Set<String>? = nil, checkMentions: [String] = [], make: @escaping @Sendable (URL) throws -> Void) {
        self.name = name
        self.onlyCommands = only
        self.checkMentions = checkMentions
        self.make = make
    }

    public var description: String { name }

    public func runs(_ command: String) -> Bool { onlyCommands?.contains(command) ?? true }
}

public enum HostileCorpus {
    static func write(_ folder: URL, _ name: String, _ bytes: [UInt8]) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    static func write(_ folder: URL, _ name: String, _ text: String) throws {
        try write(folder, name, Array(text.utf8))
    }

    static let frontMatter = "---\naccount: Hostile\ncountry: DE\nlanguage: en\n---\n"

    /// A valid guide beside the hostile one, so that every command has something to do.
    static func withGlobal(_ folder: URL) throws {
        try write(folder, "global.md", """
            ---
            account: Hostile
            language: en
            ---

            # Hostile

            ## Team

            - Eva Steiner (@esteiner) — Key Account Manager

            ## Actions

            * [ ] A1: Visit the plant
              * Owner: @esteiner
              * Due: 2027-03-01

            """)
    }

    /// A deterministic byte generator (no two runs differ).
    static func noise(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 56)
        }
    }

    static func billionLaughs(_ key: String) -> String {
        var lines = ["\(key): &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            let previous = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            lines.append("x\(level): &a\(level) [\(previous)]")
        }
        return lines.joined(separator: "\n")
    }

    public static let cases: [HostileCase] = [
        HostileCase("invalid-utf8", checkMentions: ["APG001"]) { folder in
            try withGlobal(folder)
            try write(folder, "de.md", Array(frontMatter.utf8) + [0x23, 0x20, 0xC3, 0x28, 0xFF, 0xFE, 0x0A])
        },
        HostileCase("utf16-with-bom", checkMentions: ["APG001"]) { folder in
            try withGlobal(folder)
            var bytes: [UInt8] = [0xFF, 0xFE]
            for unit in (frontMatter + "## Actions\n- [ ] A2: x\n").utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
            try write(folder, "de.md", bytes)
        },
        HostileCase("nul-bytes") { folder in
            try withGlobal(folder)
            try write(folder, "de.md", Array((frontMatter + "## Actions\n- [ ] A2: a\0b\n  - Owner: @esteiner\0\n").utf8) + [0, 0, 0])
        },
        HostileCase("cr-only-line-ends") { folder in
            try withGlobal(folder)
            try write(folder, "de.md", (frontMatter + "\n## Actions\n\n* [ ] A2: Call\n  * Owner: @esteiner\n").replacingOccurrences(of: "\n", with: "\r"))
        },
        HostileCase("binary-md", checkMentions: ["APG001"]) { folder in
            try withGlobal(folder)
            try write(folder, "image.md", noise(65_536, seed: 7))
            try write(folder, "front.md", Array(frontMatter.utf8) + noise(4_096, seed: 8))
        },
        HostileCase("empty-files", checkMentions: ["APG003"]) { folder in
            try withGlobal(folder)
            try write(folder, "apg.yaml", "")
            try write(folder, "empty.md", "")
            try write(folder, "blank.md", "\n\n\n")
        },
        HostileCase("unterminated-front-matter", checkMentions: ["APG004"]) { folder in
            try withGlobal(folder)
            try write(folder, "de.md", "---\naccount: Hostile\ncountry: DE\n## Actions\n- [ ] A2: x\n")
        },
        HostileCase("yaml-alias-bomb") { folder in
            try withGlobal(folder)
            try write(folder, "apg.yaml", "account: Hostile\n" + billionLaughs("ignore"))
            try write(folder, "de.md", "---\naccount: Hostile\ncountry: DE\n" + billionLaughs("authors") + "\n---\n## Actions\n- [ ] A2: x\n")
        },
        HostileCase("yaml-tags") { folder in
            try withGlobal(folder)
            try write(folder, "apg.yaml", "account: !!binary aGVsbG8=\nhorizon: !!python/object:os.system { start: 2026-01-01 }\nrules: !custom { a: b }\n")
            try write(folder, "de.md", "---\naccount: !!str Hostile\ncountry: !!int 49\nupdated: !!timestamp 2026-13-45\nauthors: !!set { ? a }\n---\n## Actions\n- [ ] A2: x\n")
        },
        HostileCase("deep-nesting", checkMentions: ["APG034"]) { folder in
            try withGlobal(folder)
            let depth = 100_000
            try write(folder, "lists.md", frontMatter + "## Actions\n" + String(repeating: "- ", count: depth) + "[ ] A2: deep\n")
            try write(folder, "quotes.md", frontMatter.replacingOccurrences(of: "DE", with: "FR") + "## Notes\n" + String(repeating: ">", count: depth) + " deep\n")
            try write(folder, "yaml.md", "---\naccount: Hostile\ncountry: IT\nauthors: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n---\n")
            try write(folder, "apg.yaml", "account: Hostile\nrules: " + String(repeating: "{a: ", count: depth) + "b" + String(repeating: "}", count: depth) + "\n")
        },
        HostileCase("duplicate-ids-10000", only: ["check", "fmt"], checkMentions: ["APG100"]) { folder in
            try withGlobal(folder)
            let actions = (1...10_000).map { _ in "- [ ] A1: Same id\n" }.joined()
            try write(folder, "de.md", frontMatter + "## Actions\n" + actions)
        },
        HostileCase("reference-cycles") { folder in
            try withGlobal(folder)
            try write(folder, "de.md", frontMatter + """

                ## Customer Organization

                - Plant A {#a}
                  - Parent: #b
                - Plant B {#b}
                  - Parent: #a
                - Plant C {#c}
                  - Parent: #c

                ## Issues and Opportunities

                ### Issues

                - DE-I1: Lead times
                  - Same as: DE-I2
                - DE-I2: Lead times again
                  - Same as: DE-I1
                  - Not same as: DE-I1

                """)
        },
        HostileCase("symlink-loops-and-escapes", checkMentions: ["APG049"]) { folder in
            try withGlobal(folder)
            let links = [("self", "."), ("up", ".."), ("root", "/"), ("ping.md", "pong.md"), ("pong.md", "ping.md"),
                         ("passwd.md", "/etc/passwd"), ("zero.md", "/dev/zero"), ("sub/back", "..")]
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
            for (name, target) in links {
                try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(name).path, withDestinationPath: target)
            }
        },
        HostileCase("named-pipe", checkMentions: ["not a regular file"]) { folder in
            try withGlobal(folder)
            guard mkfifo(folder.appendingPathComponent("pipe.md").path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
        },
        HostileCase("odd-file-names") { folder in
            try withGlobal(folder)
            let names = ["with space.md", "new\nline.md", "-rf.md", "%s%n.md", "über-ünïcødé.md", "tab\there.md", "back\\slash.md",
                         "quote\"'.md", String(repeating: "l", count: 250) + ".md", "emoji-🚀.md", "rtl-\u{202E}dm.exe.md"]
            for (index, name) in names.enumerated() {
                try write(folder, name, frontMatter.replacingOccurrences(of: "DE", with: ["FR", "IT", "ES", "US", "GB", "CN", "JP", "BR", "AT", "CH", "NL"][index]) + "## Actions\n- [ ] A\(index + 10): x\n")
            }
            // A name that is not UTF-8 (Linux allows any byte but / and NUL).
            let raw: [UInt8] = Array(folder.path.utf8) + Array("/latin1-".utf8) + [0xE9] + Array(".md".utf8) + [0]
            let descriptor = raw.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
            if descriptor >= 0 {
                let text = Array((frontMatter + "## Actions\n- [ ] A99: x\n").utf8)
                _ = text.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
            }
        },
        HostileCase("line-2-mib", checkMentions: ["APG051"]) { folder in
            try withGlobal(folder)
            try write(folder, "de.md", frontMatter + "## Actions\n- [ ] A2: " + String(repeating: "x", count: 2 << 20) + "\n")
        },
        HostileCase("file-50-mb", only: ["check"], checkMentions: ["APG002"]) { folder in
            try withGlobal(folder)
            let line = Array("- [ ] A2: padding padding padding padding padding padding padding\n".utf8)
            var bytes = Array((frontMatter + "## Actions\n").utf8)
            bytes.reserveCapacity(50 << 20)
            while bytes.count < 50 << 20 { bytes += line }
            try write(folder, "big.md", bytes)
        },
        HostileCase("files-10001", only: ["check"], checkMentions: ["APG050"]) { folder in
            try withGlobal(folder)
            let text = Data((frontMatter + "## Actions\n- [ ] A2: x\n").utf8)
            for index in 1...10_001 {
                try text.write(to: folder.appendingPathComponent(String(format: "g%05d.md", index)))
            }
        },
    ]
}
