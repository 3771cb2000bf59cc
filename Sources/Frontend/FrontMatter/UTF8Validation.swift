/// Strict UTF-8 validation that, unlike `String(validating:)`, says where the first bad
/// byte is, so the diagnostic can point at it.
enum UTF8Validation {
    /// The byte offset of the first byte that does not belong to a valid UTF-8 sequence
    /// (overlong forms, surrogates and code points above U+10FFFF are invalid), or nil.
    static func firstInvalidByte(in bytes: [UInt8]) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            // The second byte carries the overlong/surrogate/range limits; the rest are
            // plain continuation bytes.
            for offset in 1..<length {
                let position = index + offset
                guard position < count else { return index }
                let byte = bytes[position]
                let (low, high) = offset == 1 ? (lower, upper) : (0x80, 0xBF)
                guard byte >= low, byte <= high else { return offset == 1 ? index : position }
            }
            index += length
        }
        return nil
    }

    /// 1-based line and UTF-8 column of a byte offset.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
