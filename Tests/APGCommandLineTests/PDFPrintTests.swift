@testable import APGCommandLine
import Foundation
import Testing

/// `apg build --pdf` and `apg report --pdf` with the installed Chromium: page numbers on
/// every page, page numbers in the contents, no org-map text lost. Skipped (with a
/// message) where Chromium or poppler's pdftotext is not installed; `.ci/run` installs both.
@Suite(.serialized) struct PDFPrintTests {
    static let tools: (browser: URL, pdfToText: URL)? = {
        guard let browser = PDFPrinter.browserNames.lazy.compactMap(PDFPrinter.findOnPath).first,
              let pdfToText = PDFPrinter.findOnPath("pdftotext") else { return nil }
        return (browser, pdfToText)
    }()

    static func skipMessage() -> Bool {
        if tools == nil { print("PDFPrintTests: skipped, needs 'chromium' and 'pdftotext' (apt-get install chromium poppler-utils)") }
        return tools == nil
    }

    /// The text of each page of a PDF.
    static func pages(of pdf: URL, layout: Bool = false) throws -> [String] {
        let tools = try #require(tools)
        let process = Process()
        process.executableURL = tools.pdfToText
        process.arguments = (layout ? ["-layout"] : []) + ["-enc", "UTF-8", pdf.path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var pages = String(decoding: data, as: UTF8.self).components(separatedBy: "\u{0C}")
        if pages.last?.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty == true { pages.removeLast() }
        return pages
    }

    func buildPDF(_ extra: [String]) async throws -> (folder: URL, pages: [String], html: String) {
        let folder = try BuildCommandTests.temporaryFolder()
        let result = await APGMain.runCaptured(["build", SampleBuildTests.sample.path, "--output", folder.path, "--as-of", "2026-12-01", "--pdf"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = folder.appendingPathComponent("workshop-pack.pdf")
        let html = try String(contentsOf: folder.appendingPathComponent("workshop-pack.html"), encoding: .utf8)
        return (folder, try Self.pages(of: pdf), html)
    }

    @Test(arguments: [("en", "of"), ("de", "von")])
    func everyPageButTheCoverIsNumberedInWords(language: String, word: String) async throws {
        if Self.skipMessage() { return }
        let built = try await buildPDF(["--lang", language])
        defer { try? FileManager.default.removeItem(at: built.folder) }
        let pages = built.pages
        #expect(pages.count > 15, "the sample printed to \(pages.count) pages")
        for (index, page) in pages.enumerated().dropFirst() {
            #expect(page.contains("\(index + 1) \(word) \(pages.count)"), "page \(index + 1) has no '\(index + 1) \(word) \(pages.count)'")
            #expect(page.contains("Kessler Group"), "page \(index + 1) has no running footer")
        }
        #expect(!pages.joined().contains("@@page:"), "a page mark was left in the PDF")
    }

    @Test func twoPrintsAreByteIdenticalAndDatedByTheAsOfDate() async throws {
        if Self.skipMessage() { return }
        let first = try await buildPDF([])
        defer { try? FileManager.default.removeItem(at: first.folder) }
        let second = try await buildPDF([])
        defer { try? FileManager.default.removeItem(at: second.folder) }
        let a = try Data(contentsOf: first.folder.appendingPathComponent("workshop-pack.pdf"))
        let b = try Data(contentsOf: second.folder.appendingPathComponent("workshop-pack.pdf"))
        #expect(a == b)
        #expect(String(decoding: a, as: UTF8.self).contains("/CreationDate (D:20261201000000"))
    }

    @Test func contentsGivePageNumbersWhereTheChaptersStart() async throws {
        if Self.skipMessage() { return }
        let built = try await buildPDF([])
        defer { try? FileManager.default.removeItem(at: built.folder) }
        let pages = built.pages
        let cover = try #require(try Self.pages(of: built.folder.appendingPathComponent("workshop-pack.pdf"), layout: true).first)
        // "5. Customer organization    5": listed with the page its chapter starts on.
        let line = try #require(cover.split(separator: "\n").first { $0.contains("Customer organization") })
        let entry = try #require(line.components(separatedBy: "Customer organization").last)
        let number = try #require(entry.split(separator: " ").first.flatMap { Int($0) }, "no page number in '\(line)'")
        #expect(pages.indices.contains(number - 1))
        #expect(pages[number - 1].contains("Customer organization"), "the contents say page \(number)")
    }

    @Test func everyThemeOfTheOrganizationMapIsInThePDF() async throws {
        if Self.skipMessage() { return }
        for audience in ["team", "customer"] {
            let built = try await buildPDF(["--audience", audience, "--lang", "de"])
            defer { try? FileManager.default.removeItem(at: built.folder) }
            // The map's text, as pdftotext reads it, with line breaks and wrap hyphens removed.
            func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace && $0 != "-" && $0 != "•" } }
            let text = squeezed(built.pages.joined())
            // Every line the map draws is in the PDF's text (nothing fell off a box) …
            let chart = try #require(built.html.range(of: "class=\"org-chart\"").map { String(built.html[$0.lowerBound...]) })
            let lines = chart.components(separatedBy: "class=\"theme\">").dropFirst().compactMap { $0.components(separatedBy: "</text>").first }
                .map { $0.replacingOccurrences(of: "&amp;", with: "&") }
            #expect(lines.count > 10)
            #expect(!lines.contains { $0.contains("…") }, "a theme was cut")
            for line in lines {
                #expect(text.contains(squeezed(line)), "'\(line)' of the map is not in the \(audience) PDF")
            }
            // … and the lines hold every theme whole, as the guides wrote it.
            let drawn = squeezed(lines.joined())
            let themes = try Self.unitThemes(in: built.html)
            #expect(themes.count > 10)
            for theme in themes {
                #expect(drawn.contains(squeezed(theme)), "'\(theme)' is cut in the \(audience) map")
            }
        }
    }

    /// The key themes of every unit, from the organization table's third column.
    static func unitThemes(in html: String) throws -> [String] {
        let start = try #require(html.range(of: "id=\"organization\""))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        let rows = html[start.upperBound..<end.lowerBound].components(separatedBy: "<tr><td class=\"unit").dropFirst()
        return rows.flatMap { row -> [String] in
            let cells = row.components(separatedBy: "<td>")
            guard cells.count > 2, let themes = cells[2].components(separatedBy: "</td>").first else { return [] }
            return themes.components(separatedBy: "; ").map { $0.replacingOccurrences(of: "&amp;", with: "&") }.filter { !$0.isEmpty }
        }
    }

    @Test func theReportPrintsToo_onLetterWhenAskedFor() async throws {
        if Self.skipMessage() { return }
        let folder = try BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = await APGMain.runCaptured(["report", SampleBuildTests.sample.path, "--output", folder.path, "--as-of", "2027-01-15", "--pdf", "--paper", "letter"])
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = folder.appendingPathComponent("follow-up-report.pdf")
        let pages = try Self.pages(of: pdf)
        #expect(pages.count >= 2)
        #expect(pages.joined().contains("Kessler Group"))
        // Letter is 612 × 792 points; Skia writes each page's MediaBox.
        let bytes = try String(decoding: Data(contentsOf: pdf), as: UTF8.self)
        #expect(bytes.contains("/MediaBox [0 0 612 792]"), "not printed on Letter")
    }

    @Test func noBrowserIsAClearErrorNamingTheDebianPackage() async throws {
        let folder = try BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = await APGMain.runCaptured(["build", SampleBuildTests.sample.path, "--output", folder.path, "--pdf", "--browser", folder.appendingPathComponent("no-such-browser").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--browser"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("workshop-pack.html").path), "nothing is written when the PDF cannot be printed")
    }

    @Test func marksAreFoundPerPageAndFilledIntoTheContents() {
        let text = "Cover\n\u{0C}@@page:agenda@@ Agenda\n\u{0C}x @@page:items@@ y @@page:whitespace@@\n\u{0C}"
        let pages = PDFPrinter.pagesOfMarks(in: text)
        #expect(pages == ["agenda": 2, "items": 3, "whitespace": 3])
        let html = "<li><a href=\"#items\">Items</a><span class=\"toc-page\" data-anchor=\"items\"></span></li><li><span class=\"toc-page\" data-anchor=\"team\"></span></li><h2><span class=\"page-mark\">@@page:items@@</span>Items</h2>"
        let filled = PDFPrinter.withoutMarks(PDFPrinter.fillingContents(html, pages: pages))
        #expect(filled == "<li><a href=\"#items\">Items</a><span class=\"toc-page\" data-anchor=\"items\">3</span></li><li><span class=\"toc-page\" data-anchor=\"team\"></span></li><h2><span class=\"page-mark\"></span>Items</h2>")
        #expect(PDFPrinter.withPaper("<head></head>", paper: .letter) == "<head><style>@page { size: letter; }</style>\n</head>")
    }
}
