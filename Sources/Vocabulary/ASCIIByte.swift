extension UInt8 {
    /// `A`–`Z` lowered; every other byte as it is. For ASCII, that is the whole of case
    /// folding, which is why the byte paths of the folds need no Foundation.
    @inlinable public var asciiLowercased: UInt8 {
        self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z") ? self + 32 : self
    }

    /// `a`–`z`, `A`–`Z` or `0`–`9`: exactly the ASCII characters that are letters or numbers.
    @inlinable public var isASCIILetterOrDigit: Bool {
        (self >= UInt8(ascii: "a") && self <= UInt8(ascii: "z")) || (self >= UInt8(ascii: "A") && self <= UInt8(ascii: "Z"))
            || (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9"))
    }
}
