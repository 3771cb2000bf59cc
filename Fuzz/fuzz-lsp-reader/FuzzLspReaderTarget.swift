import FuzzHarness

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLspReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzEntryPoint.run(data, size, LanguageServerFuzzing.run)
}
