/// How many terminal cells text occupies, so that a caret lines up under the character
/// it points at: East Asian wide and fullwidth characters take two cells, combining
/// marks and zero-width characters none, tabs advance to the next stop.
enum TerminalWidth {
    static let tabWidth = 4

    /// Ranges of wide characters (East Asian Width W and F), simplified from Unicode's
    /// EastAsianWidth.txt to the blocks that occur in practice.
    static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initials
        0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693,
        0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE,
        0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA,
        0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728, 0x274C...0x274C,
        0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797, 0x27B0...0x27B0,
        0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E,   // CJK radicals, Kangxi, CJK symbols and punctuation
        0x3041...0x33FF,   // Hiragana, Katakana, Bopomofo, Hangul compatibility, CJK compatibility
        0x3400...0x4DBF,   // CJK extension A
        0x4E00...0x9FFF,   // CJK unified ideographs
        0xA000...0xA4CF,   // Yi
        0xA960...0xA97F,   // Hangul Jamo extended A
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19, 0xFE30...0xFE6F,  // vertical forms, CJK compatibility forms
        0xFF00...0xFF60, 0xFFE0...0xFFE6,  // fullwidth forms
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,  // Tangut, Kana supplement
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F7E0...0x1F7EB,
        0x1F90C...0x1F9FF, 0x1FA70...0x1FAFF,  // emoji
        0x20000...0x3FFFD,  // CJK extensions B and later
    ]

    static let zeroWidthRanges: [ClosedRange<UInt32>] = [
        0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
        0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064,
        0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF...0xFEFF, 0xE0100...0xE01EF,
    ]

    static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return 1 }
        if contains(zeroWidthRanges, value) { return 0 }
        if contains(wideRanges, value) { return 2 }
        return 1
    }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        // Binary search: the tables are sorted and disjoint.
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if value < ranges[middle].lowerBound {
                high = middle - 1
            } else if value > ranges[middle].upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// The widest source line shown under a diagnostic; a longer one (a minified table,
    /// a pasted blob of a megabyte) is cut to a window around the caret.
    static let maximumLineWidth = 160

    /// A source line made safe and regular for a terminal: tabs expanded to stops,
    /// control characters (which could drive the terminal) shown as U+FFFD, cut to
    /// `maximumLineWidth` cells around the caret with `…` where text is left out; plus
    /// the display width before the 1-based code-point `column`.
    static func displayLine(_ line: String, caretColumn column: Int) -> (text: String, caretOffset: Int) {
        DisplayLine(line).window(caretColumn: column)
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}

extension String {
    /// The longest message a terminal format prints; messages quote what the author
    /// wrote, which can be a megabyte on one line.
    public static let maximumMessageLength = 400

    /// The text with its middle left out when it is longer than `maximum` code points:
    /// the specifics at the start and the explanation at the end both stay.
    public func clippedInTheMiddle(maximum: Int = String.maximumMessageLength) -> String {
        let scalars = unicodeScalars
        guard scalars.count > maximum else { return self }
        let head = maximum * 2 / 3, tail = maximum - head - 3
        return String(String.UnicodeScalarView(scalars.prefix(head))) + " … " + String(String.UnicodeScalarView(scalars.suffix(tail)))
    }
}
