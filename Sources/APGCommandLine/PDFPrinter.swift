import ArgumentParser
import Foundation
import PlanModel
import Render

/// Prints a self-contained HTML page (a pack or a report) to PDF with headless
/// Chromium. Shared by `apg build --pdf` and `apg report --pdf`.
///
/// The table of contents gets its page numbers from a first print: every chapter heading
/// carries a hidden mark (`@@page:ANCHOR@@`, shown only in that first print), `pdftotext`
/// tells on which page each mark landed, and the second print fills the numbers into the
/// contents' `toc-page` spans. Filling in numbers does not move a page break (the cover
/// ends with one), so the numbers are those of the final print. Without `pdftotext` the
/// PDF is printed once and its contents have no numbers.
struct PDFPrinter: Sendable {
    enum Paper: String, CaseIterable, ExpressibleByArgument, Sendable {
        case a4, letter

        /// The CSS `@page` size keyword; Chromium takes the paper from it.
        var cssSize: String { self == .a4 ? "A4" : "letter" }
    }

    let browser: URL
    let paper: Paper
    /// The pdftotext program, when installed: numbers in the contents need it.
    let pdfToText: URL?
    /// Longest a browser (or pdftotext) may take before it is stopped.
    var timeout: TimeInterval = 120

    static let browserNames = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The browser named by `--browser`, else the first Chromium on PATH.
    static func findBrowser(explicit: String?) throws -> URL {
        if let explicit {
            let url = URL(literalPath: explicit)
            guard FileManager.default.isExecutableFile(atPath: url.path) else {
                throw CommandFailure("--browser '\(explicit)' is not an executable file; give the path of Chromium or Google Chrome, or leave --browser out to use 'chromium' from PATH")
            }
            return url
        }
        for name in browserNames {
            if let found = findOnPath(name) { return found }
        }
        throw CommandFailure("cannot write a PDF: no Chromium found on PATH (looked for \(browserNames.joined(separator: ", "))); install the Debian package 'chromium' (apt-get install chromium) or name a browser with --browser PATH")
    }

    static func findOnPath(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin:/usr/local/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// The PDF of `html`, with page numbers in its contents when pdftotext is installed.
    func print(html: String) throws -> [UInt8] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("apg-print-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = Self.withPaper(html, paper: paper)
        guard let pdfToText, page.contains(Self.markPrefix) else {
            return try printOnce(Self.withoutMarks(page), in: folder)
        }
        let draft = try printOnce(Self.showingMarks(page), in: folder)
        let draftURL = folder.appendingPathComponent("draft.pdf")
        try Data(draft).write(to: draftURL)
        let text = try run(pdfToText, ["-enc", "UTF-8", draftURL.path, "-"], in: folder)
        let pages = Self.pagesOfMarks(in: String(decoding: text, as: UTF8.self))
        return try printOnce(Self.withoutMarks(Self.fillingContents(page, pages: pages)), in: folder)
    }

    private func printOnce(_ html: String, in folder: URL) throws -> [UInt8] {
        let input = folder.appendingPathComponent("page-\(UUID().uuidString).html")
        let output = folder.appendingPathComponent("page.pdf")
        try? FileManager.default.removeItem(at: output)
        try Data(html.utf8).write(to: input)
        var arguments = [
            "--headless", "--disable-gpu", "--no-pdf-header-footer", "--hide-scrollbars",
            "--disable-background-networking", "--disable-extensions", "--no-first-run",
            "--user-data-dir=\(folder.appendingPathComponent("profile").path)",
            "--print-to-pdf=\(output.path)",
        ]
        // Chromium refuses to start as root without it, as in CI containers.
        if geteuid() == 0 { arguments.append("--no-sandbox") }
        arguments.append(input.absoluteString)
        _ = try run(browser, arguments, in: folder)
        guard let pdf = FileManager.default.contents(atPath: output.path), pdf.starts(with: Array("%PDF".utf8)) else {
            throw CommandFailure("'\(browser.path)' wrote no PDF; is it Chromium or Google Chrome (version 112 or later)?")
        }
        return Array(pdf)
    }

    /// Runs a program with a deadline and returns its standard output; a program that
    /// overruns is stopped, one that fails is reported with the end of its error output.
    private func run(_ program: URL, _ arguments: [String], in folder: URL) throws -> [UInt8] {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let outputURL = folder.appendingPathComponent("stdout-\(UUID().uuidString)")
        let errorURL = folder.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        // Files, not pipes: a browser that writes much to stderr never blocks on a full pipe.
        let output = try FileHandle(forWritingTo: outputURL), errors = try FileHandle(forWritingTo: errorURL)
        defer { try? output.close(); try? errors.close() }
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw CommandFailure("cannot start '\(program.path)': \(OutputFolder.describe(error))")
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if finished.wait(timeout: .now() + 5) == .timedOut { kill(process.processIdentifier, SIGKILL); finished.wait() }
            throw CommandFailure("'\(program.lastPathComponent)' did not finish within \(Int(timeout)) s and was stopped; nothing written")
        }
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let tail = (FileManager.default.contents(atPath: errorURL.path).map { String(decoding: $0, as: UTF8.self) } ?? "")
                .split(separator: "\n").suffix(3).joined(separator: "\n")
            throw CommandFailure("'\(program.lastPathComponent)' failed (status \(process.terminationStatus))\(tail.isEmpty ? "" : ":\n\(tail)")")
        }
        return Array(FileManager.default.contents(atPath: outputURL.path) ?? Data())
    }

    /// The PDF with its creation and modification time set to `date` (midnight, UTC).
    /// Chromium writes the clock's time, and everything else it writes is the same for the
    /// same page: so the PDF is byte-identical for the same input, like every other
    /// output. The stamp keeps its length, so the PDF's byte offsets stay valid.
    static func dating(_ pdf: [UInt8], _ date: PlanDate) -> [UInt8] {
        let stamp = Array(date.iso.replacingOccurrences(of: "-", with: "").utf8) + Array("000000".utf8)
        var result = pdf
        for key in ["/CreationDate (D:", "/ModDate (D:"] {
            let needle = Array(key.utf8)
            var index = 0
            // Only the document's information dictionary has these keys, near the end.
            while let found = firstIndex(of: needle, in: result, from: index) {
                let start = found + needle.count
                guard start + stamp.count <= result.count,
                      result[start..<start + stamp.count].allSatisfy({ (0x30...0x39).contains($0) }) else { index = start; continue }
                result.replaceSubrange(start..<start + stamp.count, with: stamp)
                index = start + stamp.count
            }
        }
        return result
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    // MARK: The page's text

    static let markPrefix = "@@page:"

    /// The paper size goes last in the head, after the page's own `@page` rules.
    static func withPaper(_ html: String, paper: Paper) -> String {
        let style = "<style>@page { size: \(paper.cssSize); }</style>\n"
        guard let head = html.range(of: "</head>") else { return style + html }
        return html.replacingCharacters(in: head.lowerBound..<head.lowerBound, with: style)
    }

    /// The marks are hidden in every print but the first, where they are tiny and white.
    static func showingMarks(_ html: String) -> String {
        let style = "<style>.page-mark { display: inline !important; position: absolute; font-size: 1pt; line-height: 1; color: #fff; }</style>\n"
        guard let head = html.range(of: "</head>") else { return style + html }
        return html.replacingCharacters(in: head.lowerBound..<head.lowerBound, with: style)
    }

    /// Drops the marks' text, so that the final PDF's text (search, copy) has none.
    static func withoutMarks(_ html: String) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var rest = Substring(html)
        while let start = rest.range(of: markPrefix) {
            result += rest[..<start.lowerBound]
            let afterPrefix = rest[start.upperBound...]
            guard let end = afterPrefix.range(of: "@@") else { rest = afterPrefix; break }
            rest = afterPrefix[end.upperBound...]
        }
        result += rest
        return result
    }

    /// Page of each mark (anchor → first page it is on), from pdftotext's text whose
    /// pages are separated by form feeds.
    static func pagesOfMarks(in text: String) -> [String: Int] {
        var pages: [String: Int] = [:]
        for (index, page) in text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated() {
            var rest = page[...]
            while let start = rest.range(of: markPrefix) {
                let afterPrefix = rest[start.upperBound...]
                guard let end = afterPrefix.range(of: "@@") else { break }
                let anchor = String(afterPrefix[..<end.lowerBound])
                if pages[anchor] == nil { pages[anchor] = index + 1 }
                rest = afterPrefix[end.upperBound...]
            }
        }
        return pages
    }

    /// Writes each page number into its `<span class="toc-page" data-anchor="A"></span>`.
    static func fillingContents(_ html: String, pages: [String: Int]) -> String {
        let opening = "<span class=\"toc-page\" data-anchor=\""
        var result = ""
        result.reserveCapacity(html.utf8.count + pages.count * 4)
        var rest = Substring(html)
        while let start = rest.range(of: opening) {
            result += rest[..<start.upperBound]
            rest = rest[start.upperBound...]
            guard let quote = rest.firstIndex(of: "\""), let close = rest.range(of: "></span>"), quote < close.lowerBound else { continue }
            let anchor = String(rest[..<quote])
            result += rest[..<close.lowerBound]
            result += ">" + (pages[anchor].map(String.init) ?? "") + "</span>"
            rest = rest[close.upperBound...]
        }
        result += rest
        return result
    }
}

/// `--pdf`, `--paper` and `--browser`, the same for `build` and `report`.
struct PrintOptions: ParsableArguments {
    @Flag(help: "Also print the HTML to PDF with headless Chromium (needs 'chromium' on PATH or --browser).")
    var pdf = false

    @Option(help: "Paper of the PDF: a4 or letter.")
    var paper: PDFPrinter.Paper = .a4

    @Option(help: "The Chromium or Google Chrome program that prints the PDF (default: chromium on PATH).")
    var browser: String?

    func validate() throws {
        if browser?.isEmpty == true { throw ValidationError.emptyPath("--browser", takes: "the path of a Chromium program") }
    }

    /// The printer, or nil without `--pdf`; fails before anything is compiled when no
    /// browser is found, so a long build does not end in that error.
    func printer() throws -> PDFPrinter? {
        guard pdf else { return nil }
        return PDFPrinter(browser: try PDFPrinter.findBrowser(explicit: browser), paper: paper, pdfToText: PDFPrinter.findOnPath("pdftotext"))
    }

    /// `files` plus the PDF of the HTML file named `html`, as `pdfName`, dated `date`.
    static func adding(_ pdfName: String, printing html: String, of files: [OutputFile], with printer: PDFPrinter?, dated date: PlanDate) throws -> [OutputFile] {
        guard let printer, let page = files.first(where: { $0.path == html }) else { return files }
        let pdf = try printer.print(html: String(decoding: page.contents, as: UTF8.self))
        return files + [OutputFile(path: pdfName, contents: PDFPrinter.dating(pdf, date))]
    }
}
