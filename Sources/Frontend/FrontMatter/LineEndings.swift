/// Line endings as cmark reads them: `\n`, `\r\n` and a lone `\r` (classic Mac OS, some
/// exports) all end a line. The front matter reader and the diagnostic printer split on
/// `\n` only, so a lone `\r` becomes `\n` before either sees the file; line numbers stay
/// those cmark and an editor show.
enum LineEndings {
    static func normalizingLoneCarriageReturns(_ bytes: [UInt8]) -> [UInt8] {
        let carriageReturn = UInt8(ascii: "\r"), lineFeed = UInt8(ascii: "\n")
        guard bytes.contains(carriageReturn) else { return bytes }
        var result = bytes
        for index in result.indices where result[index] == carriageReturn {
            let next = index + 1
            if next == result.count || result[next] != lineFeed { result[index] = lineFeed }
        }
        return result
    }
}
